package dev.gomoddoctor.cache.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Go's {@code h1:} checksum (x/mod {@code dirhash.Hash1}): the SHA-256 of a summary made of one
 * line {@code <sha256 hex>  <name>\n} (two spaces) per file, names sorted as byte strings, encoded
 * with standard base64 and padding. Written from the behaviour described in
 * go-modules-reference.md section 2.2.
 */
public final class Hash1 {
  /** {@code len("h1:") + base64 of 32 bytes}: what Go accepts as a valid {@code .ziphash}. */
  public static final int LENGTH = 3 + 44;

  private Hash1() {}

  /**
   * The {@code h1:} of a set of files given by their digests; empty when a name contains a newline
   * (Go refuses those: "dirhash: filenames with newlines are not supported").
   */
  public static Optional<String> of(List<FileDigest> files) {
    List<FileDigest> sorted = new ArrayList<>(files);
    sorted.sort(FileDigest::compareNames);
    MessageDigest summary = sha256();
    HexFormat hex = HexFormat.of();
    byte[] twoSpaces = {' ', ' '};
    for (FileDigest f : sorted) {
      byte[] name = f.rawNameUnsafe();
      for (byte b : name) {
        if (b == '\n') {
          return Optional.empty();
        }
      }
      summary.update(hex.formatHex(f.sha256Unsafe()).getBytes(StandardCharsets.US_ASCII));
      summary.update(twoSpaces);
      summary.update(name);
      summary.update((byte) '\n');
    }
    return Optional.of("h1:" + Base64.getEncoder().encodeToString(summary.digest()));
  }

  /** The go.sum hash of a go.mod file's bytes, as Go stores it under {@code vX.Y.Z/go.mod}. */
  public static String ofGoMod(byte[] content) {
    return of(List.of(FileDigest.of("go.mod", sha256().digest(content)))).orElseThrow();
  }

  /** The go.sum hash of a go.mod file read from a stream (bounded by the caller). */
  public static String ofGoMod(InputStream in) throws IOException {
    return of(List.of(FileDigest.of("go.mod", digest(in, Long.MAX_VALUE).sha256()))).orElseThrow();
  }

  /** What Go accepts as a {@code .ziphash} content before trusting it (fetch.go isValidSum). */
  public static boolean isValidSum(String s) {
    return s.length() == LENGTH && s.indexOf('\0') < 0;
  }

  /** A stream's SHA-256 and length, read in constant memory, stopping after {@code limit} bytes. */
  public record StreamDigest(byte[] sha256, long length, boolean overLimit) {}

  /**
   * Digests at most {@code limit} bytes; when the stream has more, {@code overLimit} is set and
   * reading stops, so a file that lies about its size cannot make us read forever.
   */
  public static StreamDigest digest(InputStream in, long limit) throws IOException {
    return digest(in, limit, null);
  }

  static StreamDigest digest(InputStream in, long limit, java.util.zip.Checksum crc) throws IOException {
    MessageDigest md = sha256();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    while (true) {
      long room = limit - total;
      // ask for one byte past the limit so an oversized stream is noticed without reading on
      int want = room >= buf.length ? buf.length : (int) room + 1;
      int n = in.read(buf, 0, want);
      if (n < 0) {
        break;
      }
      if (total + n > limit) {
        int keep = (int) (limit - total);
        md.update(buf, 0, keep);
        if (crc != null) {
          crc.update(buf, 0, keep);
        }
        return new StreamDigest(md.digest(), limit, true);
      }
      md.update(buf, 0, n);
      if (crc != null) {
        crc.update(buf, 0, n);
      }
      total += n;
    }
    return new StreamDigest(md.digest(), total, false);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
