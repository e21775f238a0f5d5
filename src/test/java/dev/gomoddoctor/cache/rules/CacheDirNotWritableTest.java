package dev.gomoddoctor.cache.rules;

import static dev.gomoddoctor.cache.rules.CacheScan.dir;
import static dev.gomoddoctor.cache.rules.CacheScan.file;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheDirNotWritableTest {
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
  void firesWhenUid1001CannotCreateTheModuleCacheUnderARootDirectory() {
    Path go = dir(tmp.resolve("go"), 0, 0, 0755);
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", go.resolve("pkg/mod").toString())
        .user("1001").run("GMD301");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).message()).contains("go: could not create module cache: mkdir " + go.resolve("pkg") + ": permission denied");
    assertThat(f.get(0).location().path()).isEqualTo("go.mod");
    assertThat(f.get(0).location().line()).isEqualTo(1);
  }

  @Test
  void quietForRootOnTheSameTree() {
    Path go = dir(tmp.resolve("go"), 0, 0, 0755);
    assertThat(CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", go.resolve("pkg/mod").toString())
        .user("0").run("GMD301")).isEmpty();
    assertThat(CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", go.resolve("pkg/mod").toString())
        .run("GMD301")).as("the current user (root)").isEmpty();
  }

  @Test
  void quietForTheGolangImage1777GoDirectory() {
    Path go = dir(tmp.resolve("go"), 0, 0, 01777);
    dir(go.resolve("bin"), 0, 0, 0777);
    assertThat(CacheScan.project(tmp).defaults(tmp).env("GOPATH", go.toString()).env("GOMODCACHE", "")
        .user("1001").run("GMD301")).isEmpty();
  }

  @Test
  void firesForARootCreatedChildOfThe1777Directory() {
    Path go = dir(tmp.resolve("go"), 0, 0, 01777);
    dir(go.resolve("pkg"), 0, 0, 0755);
    dir(go.resolve("pkg/mod"), 0, 0, 0755);
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOPATH", go.toString()).env("GOMODCACHE", "")
        .user("1001").run("GMD301");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("GOMODCACHE " + go.resolve("pkg/mod")).contains("not writable by uid 1001")
        .contains("the first download fails");
  }

  @Test
  void populatedButReadOnlyModuleCacheIsAWarning() {
    Path mod = dir(tmp.resolve("mod"), 0, 0, 0755);
    dir(mod.resolve("cache/download/example.com/a/@v"), 0, 0, 0755);
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", mod.toString()).user("1001").run("GMD301");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.message()).contains("builds work only while every needed module version is already in the cache");
    });
  }

  @Test
  void quietWhenOwnedByTheTargetOrWritableThroughItsGroup() {
    Path mine = dir(tmp.resolve("mine"), 1001, 1001, 0755);
    assertThat(CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", mine.toString()).user("1001").run("GMD301")).isEmpty();
    Path shared = dir(tmp.resolve("shared"), 0, 2000, 02775);
    assertThat(CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", shared.toString()).user("1001:2000").run("GMD301")).isEmpty();
    assertThat(CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", shared.toString()).user("1001:1001").run("GMD301")).hasSize(1);
  }

  @Test
  void usedButReadOnlyBuildCacheIsAWarning() {
    Path cache = dir(tmp.resolve("gocache-ro"), 0, 0, 0755);
    for (int i = 0; i < 256; i++) {
      dir(cache.resolve(String.format("%02x", i)), 0, 0, 0755);
    }
    file(cache.resolve("3f/3f0123-a"), "x", 0, 0, 0644);
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOCACHE", cache.toString()).user("1001").run("GMD301");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.message()).contains("builds work, nothing new is cached");
    });
  }

  @Test
  void freshReadOnlyBuildCacheIsAnError() {
    Path cache = dir(tmp.resolve("gocache-ro"), 0, 0, 0755);
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOCACHE", cache.toString()).user("1001").run("GMD301");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.message()).contains("failed to initialize build cache at " + cache + ": mkdir " + cache.resolve("00") + ": permission denied");
    });
  }

  @Test
  void missingExplicitBuildCacheUnderAForeignDirectory() {
    Path root = dir(tmp.resolve("rootonly"), 0, 0, 0700);
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOCACHE", root.resolve("go-build").toString())
        .user("1001").run("GMD301");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("does not exist and uid 1001"));
  }

  @Test
  void readOnlyGopathMattersOnlyForWhatLivesUnderIt() {
    Path gopath = dir(tmp.resolve("gopath-ro"), 0, 0, 0755);
    Path mod = dir(tmp.resolve("mod"), 1001, 1001, 0755);
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOPATH", gopath.toString()).env("GOMODCACHE", mod.toString())
        .user("1001").run("GMD301");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("checksum-database lookups write"));
    Path bin = dir(tmp.resolve("bin"), 1001, 1001, 0755);
    assertThat(CacheScan.project(tmp).defaults(tmp).env("GOPATH", gopath.toString()).env("GOMODCACHE", mod.toString())
        .env("GOBIN", bin.toString()).env("GOSUMDB", "off").user("1001").run("GMD301")).isEmpty();
  }

  @Test
  void readOnlyMountFiresEvenForRoot() {
    Path ro = tmp.resolve("ro");
    try (CacheScan.Mount m = CacheScan.tmpfs(ro, "ro,mode=0777")) {
      List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", ro.resolve("mod").toString())
          .user("0").run("GMD301");
      assertThat(f).singleElement().satisfies(x ->
          assertThat(x.message()).contains("mkdir " + ro.resolve("mod") + ": read-only file system").contains("read-only mount"));
    }
  }
}
