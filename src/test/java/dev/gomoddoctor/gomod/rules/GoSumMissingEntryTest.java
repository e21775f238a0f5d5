package dev.gomoddoctor.gomod.rules;

import static dev.gomoddoctor.gomod.rules.RuleTestSupport.goModLine;
import static dev.gomoddoctor.gomod.rules.RuleTestSupport.run;
import static dev.gomoddoctor.gomod.rules.RuleTestSupport.sums;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoSumMissingEntryTest {
  @TempDir Path dir;

  private static final String MAIN_GO = "package main\n\nimport (\n\t\"fmt\"\n\t\"example.com/b/pkg\"\n)\n\nfunc main() {}\n";

  @Test
  void firesForAMissingGoModLine() {
    List<Finding> f = run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n\ngo 1.21\n\nrequire (\n\texample.com/b v1.0.0\n\texample.com/c v1.1.0 // indirect\n)\n")
        .file("go.sum", sums("example.com/b", "v1.0.0")), "GMD103");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).location().line()).isEqualTo(7);
    assertThat(f.get(0).message()).contains("example.com/c v1.1.0/go.mod");
    assertThat(f.get(0).hint()).contains("go mod download example.com/c");
  }

  @Test
  void keysByTheReplacement() {
    String mod = "module example.com/a\n\ngo 1.21\n\nrequire example.com/e v1.0.0\n\nreplace example.com/e v1.0.0 => example.com/fork v1.2.0\n";
    // lines for the original only: the replacement's are missing
    List<Finding> f = run(TestProject.in(dir).file("go.mod", mod).file("go.sum", sums("example.com/e", "v1.0.0")), "GMD103");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("example.com/fork v1.2.0/go.mod").contains("replacement of example.com/e v1.0.0");
  }

  @Test
  void quietWithTheReplacementsLinesOnly(@TempDir Path d2) {
    String mod = "module example.com/a\n\ngo 1.21\n\nrequire example.com/e v1.0.0\n\nreplace example.com/e => example.com/fork v1.2.0\n";
    assertThat(run(TestProject.in(d2).file("go.mod", mod).file("go.sum", goModLine("example.com/fork", "v1.2.0")), "GMD103")).isEmpty();
  }

  @Test
  void quietForFilesystemReplacementsAndExcludedVersions() {
    assertThat(run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n\ngo 1.21\n\nrequire (\n\texample.com/lib v0.0.0\n\texample.com/x v1.0.0\n)\n\n"
            + "exclude example.com/x v1.0.0\n\nreplace example.com/lib => ./lib\n")
        .file("lib/go.mod", "module example.com/lib\n")
        .file("go.sum", ""), "GMD103")).isEmpty();
  }

  @Test
  void firesForAMissingZipLineOfAnImportedModule() {
    List<Finding> f = run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n\ngo 1.21\n\nrequire example.com/b v1.0.0 // indirect\n")
        .file("go.sum", goModLine("example.com/b", "v1.0.0"))
        .file("main.go", MAIN_GO), "GMD103");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("no zip line for example.com/b v1.0.0").contains("main.go:5");
  }

  @Test
  void quietForZipLinesOfModulesNothingImports() {
    assertThat(run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n\ngo 1.21\n\nrequire (\n\texample.com/b v1.0.0\n\texample.com/unused v1.0.0\n)\n")
        .file("go.sum", sums("example.com/b", "v1.0.0") + goModLine("example.com/unused", "v1.0.0"))
        .file("main.go", MAIN_GO), "GMD103")).isEmpty();
  }

  @Test
  void quietBefore117ForZipLines() {
    assertThat(run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n\ngo 1.16\n\nrequire example.com/b v1.0.0\n")
        .file("go.sum", goModLine("example.com/b", "v1.0.0"))
        .file("main.go", MAIN_GO), "GMD103")).isEmpty();
  }

  @Test
  void workspaceModeCountsEveryWorkspaceSum() {
    assertThat(run(TestProject.in(dir)
        .file("go.work", "go 1.21\n\nuse (\n\t./a\n\t./b\n)\n")
        .file("go.work.sum", goModLine("example.com/x", "v1.0.0"))
        .file("a/go.mod", "module example.com/a\n\ngo 1.21\n\nrequire (\n\texample.com/x v1.0.0\n\texample.com/y v1.0.0\n)\n")
        .file("a/go.sum", "")
        .file("b/go.mod", "module example.com/b\n\ngo 1.21\n")
        .file("b/go.sum", goModLine("example.com/y", "v1.0.0")), "GMD103")).isEmpty();
  }

  @Test
  void workspaceOffUsesTheModulesOwnGoSum() {
    List<Finding> f = run(TestProject.in(dir)
        .env("GOWORK", "off")
        .file("go.work", "go 1.21\n\nuse ./a\n")
        .file("go.work.sum", goModLine("example.com/x", "v1.0.0"))
        .file("a/go.mod", "module example.com/a\n\ngo 1.21\n\nrequire example.com/x v1.0.0\n")
        .file("a/go.sum", ""), "GMD103");
    assertThat(f).hasSize(1);
  }

  @Test
  void quietInVendorMode() {
    assertThat(run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n\ngo 1.21\n\nrequire example.com/b v1.0.0\n")
        .file("go.sum", "")
        .file("vendor/modules.txt", "# example.com/b v1.0.0\n## explicit\nexample.com/b\n"), "GMD103")).isEmpty();
  }
}
