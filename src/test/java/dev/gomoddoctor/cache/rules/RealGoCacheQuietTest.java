package dev.gomoddoctor.cache.rules;

import static dev.gomoddoctor.cache.rules.CacheScan.dir;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.testing.GoTool;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quiet cases on layouts made the real way: a module cache filled by {@code go mod download}
 * (Go's own 0444/0555 extracted trees, lock files, ziphashes) and the golang image's 1777 /go.
 */
class RealGoCacheQuietTest {
  @TempDir Path tmp;

  @BeforeEach
  void needsRoot() {
    CacheScan.assumeRoot();
  }

  @AfterEach
  void unlock() {
    CacheScan.unlock(tmp);
  }

  @Test
  void cacheDownloadedByGoIsQuietForItsOwnerAndRoot() throws Exception {
    GoTool go = GoTool.require();
    Path proxy = Files.createDirectories(tmp.resolve("proxy"));
    publish(proxy, "example.com/a", "v1.0.0");
    Path mod = tmp.resolve("modcache");
    Path gocache = tmp.resolve("gocache");
    CacheScan s = CacheScan.project(tmp);
    Files.writeString(s.root().resolve("go.mod"), "module example.com/p\n\ngo 1.19\n\nrequire example.com/a v1.0.0\n");
    GoTool.Result r = go.run(s.root(), Map.of("GOFLAGS", "-mod=mod", "GOSUMDB", "off", "GOPROXY",
        proxy.toUri().toString().replaceAll("/$", ""), "GOMODCACHE", mod.toString(), "GOCACHE", gocache.toString()),
        "mod", "download", "all");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    Path extracted = mod.resolve("example.com/a@v1.0.0");
    assertThat(Files.getAttribute(extracted, "unix:mode")).as("Go made it read-only")
        .satisfies(m -> assertThat(((Integer) m) & 0777).isEqualTo(0555));
    assertThat(s.defaults(tmp).env("GOMODCACHE", mod.toString()).runAll()).as("root, the owner").isEmpty();
    // the same cache handed to uid 1001 (chown keeps Go's read-only modes)
    chownR(tmp.resolve("modcache"), 1001);
    assertThat(CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", mod.toString()).user("1001").runAll())
        .as("uid 1001 owning a Go-made cache").isEmpty();
  }

  @Test
  void golangImageLayoutIsQuietForAnArbitraryUid() {
    Path go = dir(tmp.resolve("go"), 0, 0, 01777);
    dir(go.resolve("src"), 0, 0, 01777);
    dir(go.resolve("bin"), 0, 0, 01777);
    Path cacheRoot = dir(tmp.resolve("tmp"), 0, 0, 01777);
    assertThat(CacheScan.project(tmp).env("GOPATH", go.toString()).env("HOME", cacheRoot.toString())
        .env("TMPDIR", cacheRoot.toString()).env("GOCACHE", cacheRoot.resolve("go-build").toString())
        .user("1001").runAll()).isEmpty();
  }

  /** A {@code file://} proxy entry: list, info, mod and a zip with the module@version/ prefix. */
  static void publish(Path proxy, String path, String version) throws IOException {
    Path v = Files.createDirectories(proxy.resolve(path).resolve("@v"));
    String gomod = "module " + path + "\n\ngo 1.19\n";
    Files.writeString(v.resolve("list"), version + "\n");
    Files.writeString(v.resolve(version + ".info"), "{\"Version\":\"" + version + "\",\"Time\":\"2024-01-01T00:00:00Z\"}\n");
    Files.writeString(v.resolve(version + ".mod"), gomod);
    try (OutputStream out = Files.newOutputStream(v.resolve(version + ".zip"));
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (String[] f : new String[][] {{"go.mod", gomod}, {"a.go", "package a\n"}, {"sub/b.go", "package sub\n"}}) {
        zip.putNextEntry(new ZipEntry(path + "@" + version + "/" + f[0]));
        zip.write(f[1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  private static void chownR(Path p, int uid) throws IOException {
    try (var s = Files.walk(p)) {
      for (Path q : s.toList()) {
        Files.setAttribute(q, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(q, "unix:gid", uid, LinkOption.NOFOLLOW_LINKS);
      }
    }
  }
}
