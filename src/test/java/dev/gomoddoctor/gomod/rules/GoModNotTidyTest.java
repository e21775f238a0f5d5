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

class GoModNotTidyTest {
  @TempDir Path dir;

  private static final String MOD = "module example.com/a\n\ngo 1.24\n\nrequire (\n\texample.com/used v1.0.0\n"
      + "\texample.com/unused v1.0.0\n\texample.com/indirect v1.0.0 // indirect\n\texample.com/tooldep v1.0.0\n"
      + "\texample.com/testonly v1.0.0\n\texample.com/toolsgo v1.0.0\n)\n\ntool example.com/tooldep/cmd/gen\n";

  @Test
  void firesForADirectRequirementNothingImports() {
    List<Finding> f = run(TestProject.in(dir).file("go.mod", MOD)
        .file("main.go", "package main\n\nimport \"example.com/used/pkg\"\n")
        .file("main_test.go", "package main\n\nimport \"example.com/testonly\"\n")
        .file("tools.go", "//go:build tools\n\npackage main\n\nimport _ \"example.com/toolsgo/cmd\"\n"), "GMD113");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.NOTE);
    assertThat(f.get(0).location().line()).isEqualTo(7);
    assertThat(f.get(0).message()).contains("example.com/unused v1.0.0").contains("not tidy");
  }

  @Test
  void quietWithoutGoFiles() {
    assertThat(run(TestProject.in(dir).file("go.mod", MOD), "GMD113")).isEmpty();
  }

  @Test
  void ignoredFilesDoNotCount() {
    List<Finding> f = run(TestProject.in(dir).file("go.mod", "module example.com/a\n\nrequire example.com/gen v1.0.0\n")
        .file("main.go", "package main\n")
        .file("gen.go", "//go:build ignore\n\npackage main\n\nimport \"example.com/gen\"\n"), "GMD113");
    assertThat(f).hasSize(1);
  }
}
