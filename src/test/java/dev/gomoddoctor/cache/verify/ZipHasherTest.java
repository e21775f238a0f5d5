package dev.gomoddoctor.cache.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken zips are findings with Go's words, never crashes or unbounded reads. */
class ZipHasherTest {
  @TempDir Path tmp;

  private Path zip(String... nameThenContent) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (int i = 0; i < nameThenContent.length; i += 2) {
        z.putNextEntry(new ZipEntry(nameThenContent[i]));
        z.write(nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    Path p = Files.createTempFile(tmp, "m", ".zip");
    Files.write(p, bytes.toByteArray());
    return p;
  }

  private static ZipHasher.ZipHash hash(Path zip) {
    return ZipHasher.hash(zip, "example.com/m", "v1.0.0");
  }

  @Test
  void wellFormedZipHashesWithoutViolations() throws Exception {
    Path z = zip("example.com/m@v1.0.0/go.mod", "module example.com/m\n", "example.com/m@v1.0.0/a.go", "package m\n");
    ZipHasher.ZipHash h = hash(z);
    assertThat(h.violations()).isEmpty();
    assertThat(h.h1()).isPresent();
    assertThat(ZipHasher.countCentralDirectoryEntries(z, Files.size(z))).isEqualTo(2);
  }

  @Test
  void namesOutsideThePrefixUncleanOrCollidingAreReportedInGoWords() throws Exception {
    ZipHasher.ZipHash h = hash(zip(
        "example.com/other@v1.0.0/a.go", "x",
        "example.com/m@v1.0.0/sub/../b.go", "x",
        "example.com/m@v1.0.0/README", "x",
        "example.com/m@v1.0.0/readme", "x",
        "example.com/m@v1.0.0/con.txt", "x",
        "example.com/m@v1.0.0/sub/go.mod", "x",
        "example.com/m@v1.0.0/K.txt", "x",
        "example.com/m@v1.0.0/\u212A.txt", "x"));
    assertThat(h.violations()).anyMatch(v -> v.contains("path does not have prefix \"example.com/m@v1.0.0/\""))
        .anyMatch(v -> v.contains("file path is not clean"))
        .anyMatch(v -> v.contains("case-insensitive file name collision: \"README\" and \"readme\""))
        .anyMatch(v -> v.contains("disallowed as path element component on Windows"))
        .anyMatch(v -> v.contains("go.mod file not in module root directory"))
        .anyMatch(v -> v.contains("case-insensitive file name collision: \"K.txt\" and \"\u212A.txt\""));
    // Go still hashes such a zip (go mod verify compares it), and so do we
    assertThat(h.h1()).isPresent();
  }

  @Test
  void entryLargerThanItsDeclaredSizeIsCutOffAndReported() throws Exception {
    String big = "x".repeat(100_000);
    Path z = zip("example.com/m@v1.0.0/bomb.txt", big);
    patchCentralDirectorySize(z, 10);
    ZipHasher.ZipHash h = hash(z);
    assertThat(h.h1()).isEmpty();
    assertThat(h.violations()).anyMatch(v -> v.contains(
        "uncompressed size of file example.com/m@v1.0.0/bomb.txt is larger than declared size (10 bytes)"));
  }

  @Test
  void declaredTotalBeyondFiveHundredMiBIsNotRead() throws Exception {
    Path z = zip("example.com/m@v1.0.0/huge.bin", "small");
    patchCentralDirectorySize(z, 600L << 20);
    ZipHasher.ZipHash h = hash(z);
    assertThat(h.h1()).isEmpty();
    assertThat(h.violations()).anyMatch(v -> v.startsWith("total uncompressed size of module contents too large"));
  }

  @Test
  void zipFileBeyondFiveHundredMiBIsNotOpened() throws Exception {
    Path z = tmp.resolve("sparse.zip");
    try (RandomAccessFile f = new RandomAccessFile(z.toFile(), "rw")) {
      f.setLength(ZipRules.MAX_ZIP_FILE + 1); // sparse: costs no disk
    }
    assertThat(hash(z).violations()).containsExactly(
        "module zip file is too large (524288001 bytes; limit is 524288000 bytes)");
  }

  @Test
  void garbageIsAnInvalidZipNotACrash() throws Exception {
    Path z = tmp.resolve("garbage.zip");
    Files.writeString(z, "this is not a zip");
    assertThat(hash(z).violations()).singleElement().asString().startsWith("zip: not a valid zip file");
  }

  @Test
  void wrongCrcIsAChecksumError() throws Exception {
    Path z = zip("example.com/m@v1.0.0/a.txt", "hello");
    byte[] b = Files.readAllBytes(z);
    int cd = indexOf(b, new byte[] {0x50, 0x4b, 0x01, 0x02});
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(cd + 16, 12345);
    Files.write(z, b);
    assertThat(hash(z).violations()).anyMatch(v -> v.endsWith("zip: checksum error"));
  }

  /** Sets the first central-directory entry's uncompressed size (what readers trust). */
  private static void patchCentralDirectorySize(Path z, long size) throws IOException {
    byte[] b = Files.readAllBytes(z);
    int cd = indexOf(b, new byte[] {0x50, 0x4b, 0x01, 0x02});
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(cd + 24, (int) size);
    Files.write(z, b);
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
