package dev.gomoddoctor.cache.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.cache.CacheChecker;
import dev.gomoddoctor.cache.verify.CacheLayout;
import dev.gomoddoctor.cache.verify.CacheWriter;
import dev.gomoddoctor.cache.verify.Hash1;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.scan.ScanOptions;
import dev.gomoddoctor.scan.TargetUser;
import dev.gomoddoctor.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModcacheCorruptTest {
  @TempDir Path tmp;
  Path cache;
  String hashA;
  String hashB;
  CacheLayout layout;

  @BeforeEach
  void cache() throws IOException {
    cache = tmp.resolve("gopath/pkg/mod");
    CacheWriter w = new CacheWriter(cache);
    hashA = w.put("example.com/a", "v1.0.0", CacheWriter.text("a.go", "package a\n", "sub/s.go", "package sub\n"));
    hashB = w.put("example.com/B", "v1.2.0", CacheWriter.text("b.go", "package b\n"));
    layout = new CacheLayout(cache);
  }

  private static String modHash(String path) {
    return Hash1.ofGoMod(("module " + path + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private TestProject project(boolean verifyCache) {
    Path root = tmp.resolve("project");
    Map<String, String> env = Map.of("GOMODCACHE", cache.toString(), "HOME", tmp.toString());
    return TestProject.in(root)
        .file("go.mod", "module example.com/main\n\ngo 1.19\n\nrequire (\n\texample.com/a v1.0.0\n\texample.com/B v1.2.0\n)\n")
        .file("go.sum", String.join("\n",
            "example.com/B v1.2.0 " + hashB,
            "example.com/B v1.2.0/go.mod " + modHash("example.com/B"),
            "example.com/a v1.0.0 " + hashA,
            "example.com/a v1.0.0/go.mod " + modHash("example.com/a"), ""))
        .file("main.go", "package main\n")
        .options(new ScanOptions(env, TargetUser.current(), false, verifyCache));
  }

  private List<Finding> gmd307(TestProject p) {
    return p.run(new CacheChecker(), "GMD307");
  }

  @Test
  void firesOnAModifiedExtractedFileNamingModuleVersionAndFile() throws IOException {
    Path s = layout.files("example.com/a", "v1.0.0").orElseThrow().dir().resolve("sub/s.go");
    Files.writeString(s, "// changed\n", StandardOpenOption.APPEND);
    List<Finding> f = gmd307(project(true));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).contains("example.com/a v1.0.0: dir has been modified").contains("sub/s.go");
      assertThat(x.location().path()).isEqualTo("go.sum");
      assertThat(x.location().line()).isEqualTo(3);
      assertThat(x.hint()).contains("go clean -modcache");
    });
  }

  @Test
  void firesOnAModifiedZip() throws IOException {
    Path zip = layout.files("example.com/B", "v1.2.0").orElseThrow().zip();
    byte[] b = Files.readAllBytes(zip);
    new CacheWriter(tmp.resolve("other")).put("example.com/B", "v1.2.0", CacheWriter.text("b.go", "package evil\n"));
    Files.copy(new CacheLayout(tmp.resolve("other")).files("example.com/B", "v1.2.0").orElseThrow().zip(), zip,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.readAllBytes(zip)).isNotEqualTo(b);
    assertThat(gmd307(project(true))).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("example.com/B v1.2.0: zip has been modified").contains("b.go"));
  }

  @Test
  void firesOnTheGoSumLineThatDisagreesWithTheCache() {
    TestProject p = project(true).file("go.sum", String.join("\n",
        "example.com/B v1.2.0 " + hashB,
        "example.com/B v1.2.0/go.mod " + modHash("example.com/B"),
        "example.com/a v1.0.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "example.com/a v1.0.0/go.mod " + modHash("example.com/a"), ""));
    assertThat(gmd307(p)).singleElement().satisfies(x -> {
      assertThat(x.message()).contains("verifying example.com/a@v1.0.0: checksum mismatch");
      assertThat(x.location().line()).isEqualTo(3);
    });
  }

  @Test
  void firesOnAModifiedModFile() throws IOException {
    Files.writeString(layout.files("example.com/B", "v1.2.0").orElseThrow().mod(), "require x v1.0.0\n",
        StandardOpenOption.APPEND);
    assertThat(gmd307(project(true))).singleElement().satisfies(x -> {
      assertThat(x.message()).contains("verifying example.com/B@v1.2.0/go.mod: checksum mismatch");
      assertThat(x.location().line()).isEqualTo(2);
    });
  }

  @Test
  void quietOnAnUnmodifiedCacheEvenWithGosReadOnlyModes() throws IOException {
    try (Stream<Path> s = Files.walk(cache)) {
      for (Path p : s.filter(p -> p.toString().contains("@v1") && !p.toString().contains("cache/download")).toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
      }
    }
    assertThat(gmd307(project(true))).isEmpty();
  }

  @Test
  void quietForAnExtractedTreeWhoseZipWasDeleted() throws IOException {
    Files.delete(layout.files("example.com/a", "v1.0.0").orElseThrow().zip());
    assertThat(gmd307(project(true))).isEmpty();
  }

  @Test
  void quietForModulesNotDownloadedAndForAMissingZiphashWhichIsGmd306s() throws IOException {
    Files.delete(layout.files("example.com/a", "v1.0.0").orElseThrow().ziphash());
    TestProject p = project(true).file("go.mod",
        "module example.com/main\n\ngo 1.19\n\nrequire (\n\texample.com/a v1.0.0\n\texample.com/B v1.2.0\n"
            + "\texample.com/never v0.1.0\n)\n");
    assertThat(gmd307(p)).isEmpty();
  }

  @Test
  void quietWithoutVerifyCache() throws IOException {
    Files.writeString(layout.files("example.com/a", "v1.0.0").orElseThrow().dir().resolve("a.go"), "changed");
    assertThat(gmd307(project(false))).isEmpty();
  }
}
