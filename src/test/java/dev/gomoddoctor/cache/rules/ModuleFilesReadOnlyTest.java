package dev.gomoddoctor.cache.rules;

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

/** GMD308 module-files-read-only. */
class ModuleFilesReadOnlyTest {
  static final String GO_MOD = "module example.com/p\n\ngo 1.19\n\nrequire example.com/dep v1.0.0\n";
  static final String GO_SUM = "example.com/dep v1.0.0 h1:" + "A".repeat(43) + "=\n"
      + "example.com/dep v1.0.0/go.mod h1:" + "B".repeat(43) + "=\n";

  @TempDir Path tmp;

  @BeforeEach
  void needsRoot() {
    CacheScan.assumeRoot();
  }

  @AfterEach
  void unlock() {
    CacheScan.unlock(tmp);
  }

  CacheScan rootOwnedCheckout(String goSum) {
    CacheScan s = CacheScan.project(tmp).defaults(tmp);
    file(s.root().resolve("go.mod"), GO_MOD, 0, 0, 0644);
    if (goSum != null) {
      file(s.root().resolve("go.sum"), goSum, 0, 0, 0644);
    }
    return s;
  }

  @Test
  void firesWhenSumsAreMissingAndTheFilesBelongToSomeoneElse() {
    List<Finding> f = rootOwnedCheckout(null).user("1001").run("GMD308");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.location().path()).isEqualTo("go.mod");
      assertThat(x.message()).contains("`example.com/dep v1.0.0/go.mod` line").contains("not writable by uid 1001")
          .contains("permission denied");
    });
  }

  @Test
  void quietWhenGoSumIsComplete() {
    assertThat(rootOwnedCheckout(GO_SUM).user("1001").run("GMD308")).isEmpty();
  }

  @Test
  void quietWhenTheOwnerBuilds() {
    assertThat(rootOwnedCheckout(null).user("0").run("GMD308")).isEmpty();
  }

  @Test
  void firesOnAReadOnlyMountEvenForRoot() throws Exception {
    Path src = tmp.resolve("src");
    try (CacheScan.Mount m = CacheScan.tmpfs(src, "mode=0755")) {
      file(src.resolve("go.mod"), GO_MOD, 0, 0, 0644);
      org.junit.jupiter.api.Assumptions.assumeTrue(
          CacheScan.exec(List.of("mount", "-o", "remount,ro", src.toString())) == 0, "skipped: cannot remount read-only");
      List<Finding> f = dev.gomoddoctor.testing.TestProject.in(src)
          .options(new dev.gomoddoctor.scan.ScanOptions(java.util.Map.of("HOME", tmp.toString()),
              dev.gomoddoctor.scan.TargetUser.current(), false, false))
          .run(new dev.gomoddoctor.cache.CacheChecker(), "GMD308");
      assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("read-only file system"));
    }
  }
}
