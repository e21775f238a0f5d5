package dev.gomoddoctor.cache.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirHasherTest {
  @TempDir Path tmp;

  @Test
  void linkToARegularFileHashesItsTargetAsGoDoes() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Files.writeString(a.resolve("x.txt"), "same\n");
    Path b = Files.createDirectories(tmp.resolve("b"));
    Files.writeString(tmp.resolve("target.txt"), "same\n");
    Files.createSymbolicLink(b.resolve("x.txt"), tmp.resolve("target.txt"));
    assertThat(DirHasher.hash(b, "m@v1.0.0").h1()).isPresent().isEqualTo(DirHasher.hash(a, "m@v1.0.0").h1());
  }

  @Test
  void linkToADeviceIsAViolationNotAnEndlessRead() throws Exception {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
    Path d = Files.createDirectories(tmp.resolve("d"));
    Files.writeString(d.resolve("ok.go"), "package d\n");
    Files.createSymbolicLink(d.resolve("zero"), zero);
    DirHasher.DirHash h = DirHasher.hash(d, "m@v1.0.0");
    assertThat(h.h1()).isEmpty();
    assertThat(h.violations()).singleElement().asString().contains("m@v1.0.0/zero is not a regular file");
  }

  @Test
  void namesCarryThePrefixAndSlashes() throws Exception {
    Path d = Files.createDirectories(tmp.resolve("d/sub"));
    Files.writeString(d.resolve("f.go"), "package sub\n");
    assertThat(DirHasher.hash(tmp.resolve("d"), "example.com/m@v1.0.0").files())
        .extracting(FileDigest::name).containsExactly("example.com/m@v1.0.0/sub/f.go");
  }
}
