package dev.gomoddoctor.gomod.rules;

import static dev.gomoddoctor.gomod.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportWithoutRequirementTest {
  @TempDir Path dir;

  private static final String MOD = "module example.com/a\n\ngo 1.21\n\nrequire example.com/b v1.0.0\n\n"
      + "replace example.com/local => ./local\n";

  @Test
  void firesForAnUnrequiredImport() {
    List<Finding> f = run(TestProject.in(dir).file("go.mod", MOD)
        .file("cmd/main.go", "package main\n\nimport (\n\t\"os\"\n\t\"example.com/b/x\"\n\t\"example.com/missing/pkg\"\n)\n"), "GMD112");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).location().path()).isEqualTo("cmd/main.go");
    assertThat(f.get(0).location().line()).isEqualTo(6);
    assertThat(f.get(0).message()).contains("no required module provides package example.com/missing/pkg");
    assertThat(f.get(0).hint()).contains("go get example.com/missing/pkg");
  }

  @Test
  void warningWhenOnlyACustomTagBuildsTheFile() {
    List<Finding> f = run(TestProject.in(dir).file("go.mod", MOD)
        .file("e2e_test.go", "//go:build integration\n\npackage a\n\nimport \"example.com/missing\"\n"), "GMD112");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void quietForStdCgoOwnLocalWorkspaceAndIgnoredFiles() {
    assertThat(run(TestProject.in(dir)
        .file("go.work", "go 1.21\n\nuse (\n\t.\n\t./other\n)\n")
        .file("go.mod", MOD)
        .file("other/go.mod", "module example.com/other\n\ngo 1.21\n")
        .file("local/go.mod", "module example.com/local\n")
        .file("main.go", "package main\n\nimport (\n\t\"C\"\n\t\"net/http\"\n\t\"example.com/a/internal/x\"\n"
            + "\t\"example.com/local/y\"\n\t\"example.com/other/z\"\n\t\"example.com/b\"\n)\n")
        .file("gen.go", "//go:build ignore\n\npackage main\n\nimport \"example.com/generator\"\n")
        .file("testdata/x.go", "package x\n\nimport \"example.com/nothere\"\n")
        .file("_tools/x.go", "package x\n\nimport \"example.com/nothere\"\n"), "GMD112")).isEmpty();
  }

  @Test
  void nestedModulesJudgeTheirOwnFiles() {
    List<Finding> f = run(TestProject.in(dir).file("go.mod", MOD)
        .file("sub/go.mod", "module example.com/a/sub\n\ngo 1.21\n")
        .file("sub/x.go", "package sub\n\nimport \"example.com/b\"\n"), "GMD112");
    assertThat(f).extracting(x -> x.location().path()).containsExactly("sub/x.go");
  }
}
