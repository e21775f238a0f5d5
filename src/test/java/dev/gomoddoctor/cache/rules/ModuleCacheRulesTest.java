package dev.gomoddoctor.cache.rules;

import static dev.gomoddoctor.cache.rules.CacheScan.dir;
import static dev.gomoddoctor.cache.rules.CacheScan.file;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GMD305 cache-foreign-owner and GMD306 modcache-incomplete over hand-made cache layouts. */
class ModuleCacheRulesTest {
  static final String HASH = "h1:" + "A".repeat(43) + "=";

  @TempDir Path tmp;

  @BeforeEach
  void needsRoot() {
    CacheScan.assumeRoot();
  }

  @AfterEach
  void unlock() {
    CacheScan.unlock(tmp);
  }

  /**
   * A complete cache entry as Go leaves it for {@code uid}: download files, lock, and the
   * extracted directory with Go's read-only modes (files 0444, directories 0555).
   */
  static void complete(Path mod, String escPath, String v, int uid) {
    Path at = dir(mod.resolve("cache/download").resolve(escPath).resolve("@v"), uid, uid, 0755);
    file(at.resolve(v + ".mod"), "module x\n", uid, uid, 0644);
    file(at.resolve(v + ".info"), "{}\n", uid, uid, 0644);
    file(at.resolve(v + ".zip"), "PK", uid, uid, 0644);
    file(at.resolve(v + ".ziphash"), HASH, uid, uid, 0644);
    file(at.resolve(v + ".lock"), "", uid, uid, 0644);
    Path x = mod.resolve(escPath + "@" + v);
    file(x.resolve("go.mod"), "module x\n", uid, uid, 0444);
    file(x.resolve("sub/a.go"), "package sub\n", uid, uid, 0444);
    dir(x.resolve("sub"), uid, uid, 0555);
    dir(x, uid, uid, 0555);
    for (Path p = x.getParent(); !p.equals(mod.getParent()); p = p.getParent()) {
      dir(p, uid, uid, 0755);
    }
    for (Path p = at; !p.equals(mod); p = p.getParent()) {
      dir(p, uid, uid, 0755);
    }
  }

  // ---- GMD305 ----

  @Test
  void rootOwnedDownloadDirectoriesInAUsersCacheFire() {
    Path mod = tmp.resolve("mod");
    complete(mod, "example.com/a", "v1.0.0", 1001);
    complete(mod, "github.com/org/b", "v0.1.0", 0); // e.g. after `sudo go get`
    dir(mod, 1001, 1001, 0755);
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", mod.toString()).user("1001").run("GMD305");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("belong to uid 0")
        .contains("not writable by uid 1001").contains("the next new module version fails"));
  }

  @Test
  void goReadOnlyExtractedModulesOwnedByAnyoneAreQuiet() {
    Path mod = tmp.resolve("mod");
    complete(mod, "example.com/a", "v1.0.0", 1001);
    // a 0555 extracted tree owned by root inside the user's writable parents
    Path x = mod.resolve("example.com/b@v1.0.0");
    file(x.resolve("go.mod"), "module example.com/b\n", 0, 0, 0444);
    dir(x, 0, 0, 0555);
    file(mod.resolve("cache/download/example.com/b/@v/v1.0.0.ziphash"), HASH, 1001, 1001, 0644);
    dir(mod.resolve("cache/download/example.com/b/@v"), 1001, 1001, 0755);
    dir(mod.resolve("cache/download/example.com/b"), 1001, 1001, 0755);
    assertThat(CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", mod.toString()).user("1001").runAll()).isEmpty();
  }

  @Test
  void groupWritableSharedCacheIsQuiet() {
    Path mod = tmp.resolve("mod");
    complete(mod, "example.com/a", "v1.0.0", 0);
    try (var s = java.nio.file.Files.walk(mod)) {
      for (Path p : s.toList()) {
        if (java.nio.file.Files.isDirectory(p) && !p.toString().contains("@v1")) {
          CacheScan.own(p, 0, 2000);
          CacheScan.mode(p, 02775);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", mod.toString()).user("1001:2000").run("GMD305")).isEmpty();
  }

  @Test
  void targetRootIsQuiet() {
    Path mod = tmp.resolve("mod");
    complete(mod, "example.com/a", "v1.0.0", 1001);
    assertThat(CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", mod.toString()).user("0").run("GMD305")).isEmpty();
  }

  @Test
  void foreignBuildCacheSubdirectoriesAreNeverCached() {
    Path cache = dir(tmp.resolve("gocache-u"), 1001, 1001, 0755);
    for (int i = 0; i < 256; i++) {
      dir(cache.resolve(String.format("%02x", i)), i < 16 ? 0 : 1001, i < 16 ? 0 : 1001, 0755);
    }
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOCACHE", cache.toString()).user("1001").run("GMD305");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).startsWith("16 directories of 256 GOCACHE subdirectories")
        .contains("builds succeed but are never cached"));
  }

  // ---- GMD306 ----

  @Test
  void leftoversOfInterruptedDownloadsFire() {
    Path mod = tmp.resolve("mod");
    complete(mod, "example.com/a", "v1.0.0", 0);
    Path v = mod.resolve("cache/download/example.com/a/@v");
    file(v.resolve("v1.1.0.partial"), "", 0, 0, 0644);
    file(v.resolve("v1.2.0.zip123456.tmp"), "PK", 0, 0, 0644);
    file(v.resolve("v1.3.0.zip"), "PK", 0, 0, 0644);
    file(v.resolve("v1.4.0.zip"), "PK", 0, 0, 0644);
    file(v.resolve("v1.4.0.ziphash"), "h1:short", 0, 0, 0644);
    dir(mod.resolve("example.com/!upper@v1.0.0"), 0, 0, 0555);
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", mod.toString()).run("GMD306");
    assertThat(f).extracting(Finding::message).hasSize(5)
        .anySatisfy(m -> assertThat(m).contains("example.com/a@v1.1.0").contains(".partial marker"))
        .anySatisfy(m -> assertThat(m).contains("example.com/a@v1.2.0").contains("temporary download file"))
        .anySatisfy(m -> assertThat(m).contains("example.com/a@v1.3.0").contains("a .zip with no .ziphash"))
        .anySatisfy(m -> assertThat(m).contains("example.com/a@v1.4.0").contains("8 bytes instead of 47"))
        .anySatisfy(m -> assertThat(m).contains("example.com/Upper@v1.0.0").contains("no .ziphash"));
  }

  @Test
  void completeCachesLocksAndSlimmedZipsAreQuiet() {
    Path mod = tmp.resolve("mod");
    complete(mod, "example.com/a", "v1.0.0", 0);
    complete(mod, "example.com/slim", "v1.0.0", 0);
    complete(mod, "example.com/upgrade", "v2.0.0", 0);
    try {
      java.nio.file.Files.delete(mod.resolve("cache/download/example.com/slim/@v/v1.0.0.zip"));
      CacheScan.unlock(mod.resolve("example.com/upgrade@v2.0.0"));
      try (var s = java.nio.file.Files.walk(mod.resolve("example.com/upgrade@v2.0.0"))) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.delete(p);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    file(mod.resolve("cache/lock"), "", 0, 0, 0644);
    file(mod.resolve("cache/vcs/0123abcd.lock"), "", 0, 0, 0644);
    assertThat(CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", mod.toString()).run("GMD306")).isEmpty();
  }

  @Test
  void manyIncompleteVersionsAreSummedUp() {
    Path mod = tmp.resolve("mod");
    Path v = dir(mod.resolve("cache/download/example.com/many/@v"), 0, 0, 0755);
    for (int i = 0; i < 30; i++) {
      file(v.resolve("v1.0." + i + ".partial"), "", 0, 0, 0644);
    }
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", mod.toString()).run("GMD306");
    assertThat(f).hasSize(21);
    assertThat(f).extracting(Finding::message).anySatisfy(m -> assertThat(m).startsWith("10 more module versions"));
  }
}
