package dev.gomoddoctor.cache.verify;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The SHA-256 of one file of a module, under the name {@code dirhash.Hash1} gives it
 * ({@code module@version/relative/path}).
 *
 * @param rawName the name's bytes as Go sees them (the zip entry's stored bytes); they decide the
 *     sort order and are what goes into the summary
 * @param name the same name decoded for display
 */
public record FileDigest(byte[] rawName, String name, byte[] sha256) {

  public FileDigest {
    rawName = rawName.clone();
    sha256 = sha256.clone();
  }

  public static FileDigest of(String name, byte[] sha256) {
    return new FileDigest(name.getBytes(StandardCharsets.UTF_8), name, sha256);
  }

  @Override
  public byte[] rawName() {
    return rawName.clone();
  }

  @Override
  public byte[] sha256() {
    return sha256.clone();
  }

  public String hex() {
    return HexFormat.of().formatHex(sha256);
  }

  boolean sameContent(FileDigest o) {
    return Arrays.equals(sha256, o.sha256);
  }

  /** Go sorts names as byte strings: unsigned lexicographic order of the UTF-8 bytes. */
  static int compareNames(FileDigest a, FileDigest b) {
    return Arrays.compareUnsigned(a.rawName, b.rawName);
  }

  byte[] rawNameUnsafe() {
    return rawName;
  }

  byte[] sha256Unsafe() {
    return sha256;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileDigest d && Arrays.equals(rawName, d.rawName) && Arrays.equals(sha256, d.sha256);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(rawName) + Arrays.hashCode(sha256);
  }

  @Override
  public String toString() {
    return hex() + "  " + name;
  }
}
