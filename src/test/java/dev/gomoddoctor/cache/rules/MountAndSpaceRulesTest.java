package dev.gomoddoctor.cache.rules;

import static dev.gomoddoctor.cache.rules.CacheScan.dir;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.cache.CacheChecker;
import dev.gomoddoctor.cache.perm.AclReader;
import dev.gomoddoctor.cache.perm.LinuxFsFacts;
import dev.gomoddoctor.cache.perm.MountTable;
import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.GoTool;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GMD303 tmp-noexec and GMD304 low-disk-space. */
class MountAndSpaceRulesTest {
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
  void tmpdirOnANoexecMountFires() {
    Path t = tmp.resolve("noexec");
    try (CacheScan.Mount m = CacheScan.tmpfs(t, "noexec,mode=1777")) {
      List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("TMPDIR", t.toString()).run("GMD303");
      assertThat(f).singleElement().satisfies(x ->
          assertThat(x.message()).contains("TMPDIR " + t + " is on a noexec mount").contains("permission denied"));
      List<Finding> g = CacheScan.project(tmp).defaults(tmp).env("GOTMPDIR", t.resolve("go").toString()).run("GMD303");
      assertThat(g).singleElement().satisfies(x -> assertThat(x.message()).startsWith("GOTMPDIR "));
    }
  }

  @Test
  void executableTempDirectoryIsQuiet() {
    assertThat(CacheScan.project(tmp).defaults(tmp).run("GMD303")).isEmpty();
  }

  @Test
  void unknownMountTableIsNeverAFinding() {
    Path t = tmp.resolve("noexec");
    try (CacheScan.Mount m = CacheScan.tmpfs(t, "noexec,mode=1777")) {
      CacheChecker nonLinux = new CacheChecker(ctx -> new LinuxFsFacts(AclReader.fromPath(), MountTable.unknown(), false, 65534));
      assertThat(CacheScan.project(tmp).defaults(tmp).env("TMPDIR", t.toString()).env("GOCACHE", t.resolve("c").toString())
          .checker(nonLinux).runAll()).extracting(Finding::ruleId).doesNotContain("GMD303");
    }
  }

  @Test
  void gocacheOnNoexecMattersFromGo124() {
    Path t = tmp.resolve("noexec");
    try (CacheScan.Mount m = CacheScan.tmpfs(t, "noexec,mode=1777")) {
      // no go on PATH: the resolver assumes a current Go (>= 1.24)
      List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOCACHE", t.resolve("go-build").toString()).run("GMD303");
      assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("GOCACHE").contains("(assumed)"));
    }
  }

  @Test
  void gocacheOnNoexecIsQuietBeforeGo124() {
    GoTool go = GoTool.require();
    Path t = tmp.resolve("noexec");
    try (CacheScan.Mount m = CacheScan.tmpfs(t, "noexec,mode=1777")) {
      String path = go.path().getParent().toString();
      List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("PATH", path)
          .env("GOCACHE", t.resolve("go-build").toString()).run("GMD303");
      // Debian's golang-go is Go 1.19: only the temp directory matters there
      assertThat(f).isEmpty();
    }
  }

  @Test
  void lowSpaceFiresBelowTheConfiguredThreshold() {
    Config huge = withMinFree(Long.MAX_VALUE / (4L << 20));
    List<Finding> f = CacheScan.project(tmp).defaults(tmp).env("GOMODCACHE", tmp.resolve("gopath/pkg/mod").toString())
        .config(huge).run("GMD304");
    // both caches live on the same filesystem: one finding names both
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("GOMODCACHE").contains("GOCACHE")
        .contains("MiB free"));
  }

  @Test
  void enoughSpaceIsQuiet() {
    assertThat(CacheScan.project(tmp).defaults(tmp).config(withMinFree(0)).run("GMD304")).isEmpty();
  }

  static Config withMinFree(long mib) {
    Config d = Config.defaults();
    return new Config(d.rules(), d.exclude(), d.privatePatterns(), d.failOn(), d.docker(), mib,
        d.onlineTimeoutMillis(), Optional.empty());
  }
}
