package dev.gomoddoctor.cache.rules;

import static dev.gomoddoctor.cache.rules.CacheScan.dir;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GMD300 go-path-invalid and GMD302 cache-location-undefined. */
class PathRulesTest {
  @TempDir Path tmp;

  @BeforeEach
  void needsRoot() {
    CacheScan.assumeRoot();
  }

  @AfterEach
  void unlock() {
    CacheScan.unlock(tmp);
  }

  // ---- GMD300 ----

  @Test
  void relativeGopathFires() {
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOPATH", "go").run("GMD300");
    assertThat(f).singleElement().satisfies(x ->
        assertThat(x.message()).contains("go: GOPATH entry is relative; must be absolute path: \"go\"."));
  }

  @Test
  void tildeGopathFires() {
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOPATH", "~/go").run("GMD300");
    assertThat(f).singleElement().satisfies(x ->
        assertThat(x.message()).contains("go: GOPATH entry cannot start with shell metacharacter '~': \"~/go\""));
  }

  @Test
  void relativeGomodcacheAndGocacheFire() {
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", "cache/mod").env("GOCACHE", "cache/build")
        .run("GMD300");
    assertThat(f).extracting(Finding::message).anySatisfy(m ->
        assertThat(m).contains("go: GOMODCACHE entry is relative; must be absolute path: \"cache/mod\"."));
    assertThat(f).extracting(Finding::message).anySatisfy(m ->
        assertThat(m).contains("\"cache/build\"").contains("GOCACHE is not an absolute path"));
  }

  @Test
  void gopathEqualToGorootFires() {
    Path goroot = dir(tmp.resolve("goroot"), 0, 0, 0755);
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOROOT", goroot.toString()).env("GOPATH", goroot + "/")
        .run("GMD300");
    assertThat(f).extracting(Finding::message).anySatisfy(m ->
        assertThat(m).contains("warning: GOPATH set to GOROOT (" + goroot + ") has no effect"));
  }

  @Test
  void cacheInsideTheProjectFires() {
    CacheScan s = CacheScan.project(tmp).defaults(tmp);
    List<Finding> f = s.env("GOMODCACHE", s.root().resolve("gocache/mod").toString()).run("GMD300");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("lies inside the project at gocache/mod"));
  }

  @Test
  void cacheUnderDotUnderscoreOrTestdataIsQuiet() {
    for (String sub : List.of(".go/pkg/mod", "_cache/mod", "build/testdata/mod")) {
      CacheScan s = CacheScan.project(tmp).defaults(tmp);
      assertThat(s.env("GOMODCACHE", s.root().resolve(sub).toString()).env("GOCACHE", s.root().resolve(sub + "-build").toString())
          .run("GMD300")).as(sub).isEmpty();
    }
  }

  @Test
  void absolutePathsOutsideTheProjectAreQuiet() {
    assertThat(CacheScan.project(tmp).defaults(tmp).run("GMD300")).isEmpty();
  }

  // ---- GMD302 ----

  @Test
  void homeUnsetWithoutGopathOrCaches() {
    List<Finding> f = CacheScan.project(tmp).env("TMPDIR", tmp.toString()).run("GMD302");
    assertThat(f).extracting(Finding::message).anySatisfy(m ->
        assertThat(m).contains("go: module cache not found: neither GOMODCACHE nor GOPATH is set"));
    assertThat(f).extracting(Finding::message).anySatisfy(m ->
        assertThat(m).contains("build cache is required, but could not be located: GOCACHE is not defined and neither $XDG_CACHE_HOME nor $HOME are defined"));
  }

  @Test
  void homeUnsetButCachesSetIsQuiet() {
    Path mod = dir(tmp.resolve("m"), 0, 0, 0777);
    Path build = dir(tmp.resolve("b"), 0, 0, 0777);
    assertThat(CacheScan.project(tmp).env("GOMODCACHE", mod.toString()).env("GOCACHE", build.toString()).run("GMD302")).isEmpty();
  }

  @Test
  void gocacheOffFires() {
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOCACHE", "off").run("GMD302");
    assertThat(f).singleElement().satisfies(x ->
        assertThat(x.message()).contains("build cache is disabled by GOCACHE=off, but required as of Go 1.12"));
  }

  @Test
  void relativeXdgCacheHomeFires() {
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOCACHE", "").env("XDG_CACHE_HOME", "cache").run("GMD302");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("XDG_CACHE_HOME is relative")
        .doesNotContain("null"));
  }

  @Test
  void homeSlashForUid1001Fires() {
    List<Finding> f = CacheScan.project(tmp).env("HOME", "/").env("GOMODCACHE", dir(tmp.resolve("m"), 0, 0, 0777).toString())
        .user("1001").run("GMD302");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.message()).contains("(HOME=/)").contains("failed to initialize build cache at /.cache/go-build: mkdir /.cache: permission denied");
    });
  }

  @Test
  void homeSlashForRootIsQuiet() {
    assertThat(CacheScan.project(tmp).env("HOME", "/").env("GOMODCACHE", dir(tmp.resolve("m"), 0, 0, 0777).toString())
        .user("0").run("GMD302")).isEmpty();
  }

  @Test
  void homeThatWasNeverCreatedFires() {
    Path homes = dir(tmp.resolve("home"), 0, 0, 0755);
    List<Finding> f = CacheScan.project(tmp).env("HOME", homes.resolve("builder").toString())
        .env("GOMODCACHE", dir(tmp.resolve("m"), 0, 0, 0777).toString()).user("1001").run("GMD302");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("does not exist")
        .contains("mkdir " + homes.resolve("builder") + ": permission denied"));
  }

  @Test
  void writableHomeIsQuiet() {
    Path home = dir(tmp.resolve("home"), 1001, 1001, 0755);
    assertThat(CacheScan.project(tmp).env("HOME", home.toString()).user("1001").run("GMD302")).isEmpty();
  }
}
