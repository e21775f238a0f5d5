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

class LocalReplaceCommittedTest {
  @TempDir Path dir;

  @Test
  void outsideTheRepositoryAndInside() {
    List<Finding> f = run(TestProject.in(dir.resolve("repo")).dir(".git")
        .file("go.mod", "module example.com/a\n\nreplace example.com/x => ../x\n\nreplace example.com/y => ./y\n")
        .file("y/go.mod", "module example.com/y\n"), "GMD111");
    assertThat(f).hasSize(2).allMatch(x -> x.severity() == Severity.NOTE);
    assertThat(f.get(0).message()).contains("outside the repository").contains("CI and Docker builds lack the path");
    assertThat(f.get(1).message()).contains("ignore its replace directives");
  }

  @Test
  void quietInGoWorkAndForModulePathReplacements() {
    assertThat(run(TestProject.in(dir)
        .file("go.work", "go 1.21\n\nuse ./a\n\nreplace example.com/x => ../x\n")
        .file("a/go.mod", "module example.com/a\n\nreplace example.com/z => example.com/fork v1.0.0\n"), "GMD111")).isEmpty();
  }
}
