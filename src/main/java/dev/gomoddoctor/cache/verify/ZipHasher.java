package dev.gomoddoctor.cache.verify;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * Hashes a cached module zip the way {@code dirhash.HashZip} does (every entry, names as stored,
 * including the {@code module@version/} prefix), reading the entries in place with commons-compress
 * and never extracting them. Go's module zip limits are applied first, so a hostile zip (a zip
 * bomb, a central directory with millions of entries, entries larger than they claim) becomes a
 * list of violations instead of exhausted memory, disk or time.
 */
public final class ZipHasher {
  /**
   * More entries than any real module has; bounds the memory the central directory takes (Go has
   * no such limit, but Go only reads zips it checked at download time).
   */
  public static final int MAX_ENTRIES = 1 << 20;

  private static final int EOCD_SIG = 0x06054b50;
  private static final int EOCD64_LOCATOR_SIG = 0x07064b50;
  private static final int EOCD64_SIG = 0x06064b50;
  private static final int CFH_SIG = 0x02014b50;

  /**
   * The result of hashing one zip.
   *
   * @param h1 the {@code h1:} hash, when every entry could be read
   * @param files each entry's digest (for naming the files that differ from the extracted tree)
   * @param violations what breaks Go's module zip rules or the zip's own integrity, in Go's words
   * @param unreadable why the zip could not be read at all (permissions, I/O), making the run
   *     incomplete rather than the module corrupt
   */
  public record ZipHash(Optional<String> h1, List<FileDigest> files, List<String> violations, Optional<String> unreadable) {
    public ZipHash {
      files = List.copyOf(files);
      violations = List.copyOf(violations);
    }

    static ZipHash unreadable(String why) {
      return new ZipHash(Optional.empty(), List.of(), List.of(), Optional.of(why));
    }

    static ZipHash invalid(String why) {
      return new ZipHash(Optional.empty(), List.of(), List.of(why), Optional.empty());
    }
  }

  private ZipHasher() {}

  /** Hashes {@code zip}, checking its names against {@code path@version/}. */
  public static ZipHash hash(Path zip, String modulePath, String version) {
    String prefix = modulePath + "@" + version + "/";
    long size;
    try {
      size = Files.size(zip);
    } catch (IOException e) {
      return ZipHash.unreadable(describe(e));
    }
    if (size > ZipRules.MAX_ZIP_FILE) {
      return ZipHash.invalid("module zip file is too large (" + size + " bytes; limit is "
          + ZipRules.MAX_ZIP_FILE + " bytes)");
    }
    try {
      long entries = countCentralDirectoryEntries(zip, size);
      if (entries > MAX_ENTRIES) {
        return ZipHash.invalid("zip has more than " + MAX_ENTRIES + " entries; not read");
      }
    } catch (AccessDeniedException e) {
      return ZipHash.unreadable(describe(e));
    } catch (IOException e) {
      return ZipHash.invalid("zip: not a valid zip file (" + e.getMessage() + ")");
    }
    try (ZipFile zf = ZipFile.builder()
        .setPath(zip)
        .setCharset(StandardCharsets.UTF_8)
        .setUseUnicodeExtraFields(false)
        .get()) {
      return hashEntries(zf, prefix);
    } catch (AccessDeniedException e) {
      return ZipHash.unreadable(describe(e));
    } catch (IOException | RuntimeException e) {
      // commons-compress signals malformed archives with IOExceptions and a few runtime exceptions
      return ZipHash.invalid("zip: not a valid zip file (" + e.getMessage() + ")");
    }
  }

  private static ZipHash hashEntries(ZipFile zf, String prefix) throws IOException {
    List<ZipArchiveEntry> entries = Collections.list(zf.getEntries());
    List<String> violations = new ArrayList<>(checkNames(entries, prefix));
    long total = 0;
    for (ZipArchiveEntry e : entries) {
      long sz = e.getSize();
      if (sz < 0 || ZipRules.MAX_ZIP_FILE - total < sz) {
        // the content would exceed what any module may hold: reading it is what a zip bomb wants
        violations.add("total uncompressed size of module contents too large (max size is "
            + ZipRules.MAX_ZIP_FILE + " bytes)");
        return new ZipHash(Optional.empty(), List.of(), violations, Optional.empty());
      }
      total += sz;
    }
    List<FileDigest> digests = new ArrayList<>(entries.size());
    Map<String, FileDigest> lastByName = new HashMap<>();
    boolean complete = true;
    for (ZipArchiveEntry e : entries) {
      Optional<String> problem = unreadableEntry(zf, e);
      if (problem.isPresent()) {
        violations.add(problem.get());
        complete = false;
        continue;
      }
      CRC32 crc = new CRC32();
      Hash1.StreamDigest d;
      try (InputStream in = zf.getInputStream(e)) {
        d = Hash1.digest(in, e.getSize(), crc);
      } catch (IOException ex) {
        violations.add(e.getName() + ": zip: not a valid zip file (" + ex.getMessage() + ")");
        complete = false;
        continue;
      }
      if (d.overLimit()) {
        violations.add("uncompressed size of file " + e.getName() + " is larger than declared size ("
            + e.getSize() + " bytes)");
        complete = false;
        continue;
      }
      if (d.length() != e.getSize()) {
        violations.add(e.getName() + ": zip: not a valid zip file (" + d.length() + " bytes instead of the declared "
            + e.getSize() + ")");
        complete = false;
        continue;
      }
      if (e.getCrc() > 0 && crc.getValue() != e.getCrc()) {
        violations.add(e.getName() + ": zip: checksum error");
        complete = false;
        continue;
      }
      FileDigest fd = new FileDigest(e.getRawName(), e.getName(), d.sha256());
      digests.add(fd);
      lastByName.put(latin1(e.getRawName()), fd);
    }
    if (!complete) {
      return new ZipHash(Optional.empty(), digests, violations, Optional.empty());
    }
    // Go hashes by name from a map, so with duplicate names the last entry's content counts twice
    List<FileDigest> forHash = new ArrayList<>(digests.size());
    for (FileDigest fd : digests) {
      forHash.add(lastByName.get(latin1(fd.rawNameUnsafe())));
    }
    Optional<String> h1 = Hash1.of(forHash);
    if (h1.isEmpty()) {
      violations.add("dirhash: filenames with newlines are not supported");
    }
    return new ZipHash(h1, digests, violations, Optional.empty());
  }

  private static Optional<String> unreadableEntry(ZipFile zf, ZipArchiveEntry e) {
    int method = e.getMethod();
    if (method != ZipMethod.STORED.getCode() && method != ZipMethod.DEFLATED.getCode()) {
      return Optional.of(e.getName() + ": zip: unsupported compression algorithm");
    }
    if (e.getGeneralPurposeBit().usesEncryption() || !zf.canReadEntryData(e)) {
      return Optional.of(e.getName() + ": zip: entry cannot be read (encrypted or unsupported)");
    }
    return Optional.empty();
  }

  /** x/mod {@code checkZip}'s per-entry name rules, in its words. */
  static List<String> checkNames(List<ZipArchiveEntry> entries, String prefix) {
    List<String> out = new ArrayList<>();
    ZipRules.Collisions collisions = new ZipRules.Collisions();
    for (ZipArchiveEntry e : entries) {
      Optional<String> decoded = ZipRules.decodeUtf8(e.getRawName());
      String shown = decoded.orElse(e.getName());
      if (decoded.isEmpty() || !shown.startsWith(prefix)) {
        out.add(shown + ": path does not have prefix \"" + prefix + "\"");
        continue;
      }
      String name = shown.substring(prefix.length());
      if (name.isEmpty()) {
        continue;
      }
      boolean isDir = name.endsWith("/");
      if (isDir) {
        name = name.substring(0, name.length() - 1);
      }
      if (!ZipRules.isClean(name)) {
        out.add(shown + ": file path is not clean");
        continue;
      }
      Optional<String> bad = ZipRules.checkFilePath(name);
      if (bad.isPresent()) {
        out.add(shown + ": " + bad.get());
        continue;
      }
      Optional<String> collision = collisions.check(name, isDir);
      if (collision.isPresent()) {
        out.add(shown + ": " + collision.get());
        continue;
      }
      if (isDir) {
        continue;
      }
      String base = name.substring(name.lastIndexOf('/') + 1);
      if (ZipRules.equalFoldAscii(base, "go.mod")) {
        if (!base.equals(name)) {
          out.add(shown + ": go.mod file not in module root directory");
          continue;
        }
        if (!name.equals("go.mod")) {
          out.add(shown + ": go.mod files must have lowercase names");
          continue;
        }
      }
      if (name.equals("go.mod") && e.getSize() > ZipRules.MAX_GO_MOD) {
        out.add(shown + ": go.mod file too large (max size is " + ZipRules.MAX_GO_MOD + " bytes)");
      }
      if (name.equals("LICENSE") && e.getSize() > ZipRules.MAX_LICENSE) {
        out.add(shown + ": LICENSE file too large (max size is " + ZipRules.MAX_LICENSE + " bytes)");
      }
    }
    return out;
  }

  /**
   * Counts the central directory records the way a reader walks them (from the offset in the end
   * record, for as long as record signatures follow), in constant memory, so that the entry list
   * is never built for a zip that claims millions of entries.
   */
  static long countCentralDirectoryEntries(Path zip, long size) throws IOException {
    try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
      int tailLen = (int) Math.min(size, 22 + 0xFFFF);
      ByteBuffer tail = ByteBuffer.allocate(tailLen).order(ByteOrder.LITTLE_ENDIAN);
      readFully(ch, tail, size - tailLen);
      int eocd = -1;
      for (int i = tailLen - 22; i >= 0; i--) {
        if (tail.getInt(i) == EOCD_SIG) {
          eocd = i;
          break;
        }
      }
      if (eocd < 0) {
        throw new IOException("no end of central directory record");
      }
      long cdOffset = Integer.toUnsignedLong(tail.getInt(eocd + 16));
      if (cdOffset == 0xFFFFFFFFL && eocd >= 20 && tail.getInt(eocd - 20) == EOCD64_LOCATOR_SIG) {
        long eocd64 = tail.getLong(eocd - 20 + 8);
        ByteBuffer rec = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
        readFully(ch, rec, eocd64);
        if (rec.getInt(0) != EOCD64_SIG) {
          throw new IOException("bad zip64 end of central directory record");
        }
        cdOffset = rec.getLong(48);
      }
      if (cdOffset < 0 || cdOffset >= size) {
        return 0;
      }
      ch.position(cdOffset);
      DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch), 64 * 1024));
      byte[] header = new byte[46];
      ByteBuffer hb = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
      long count = 0;
      while (count <= MAX_ENTRIES) {
        try {
          in.readFully(header);
        } catch (EOFException e) {
          break;
        }
        if (hb.getInt(0) != CFH_SIG) {
          break;
        }
        count++;
        long skip = Short.toUnsignedInt(hb.getShort(28)) + Short.toUnsignedInt(hb.getShort(30))
            + Short.toUnsignedInt(hb.getShort(32));
        try {
          in.skipNBytes(skip);
        } catch (EOFException e) {
          break;
        }
      }
      return count;
    }
  }

  private static void readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
    while (buf.hasRemaining()) {
      int n = ch.read(buf, pos + buf.position());
      if (n < 0) {
        throw new EOFException();
      }
    }
  }

  private static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
