package dev.gomoddoctor.gomod.rules;

import static dev.gomoddoctor.gomod.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoWorkUseMissingTest {
  @TempDir Path dir;

  @Test
  void firesForMissingDirectoryAndDirectoryWithoutGoMod() {
    List<Finding> f = run(TestProject.in(dir)
        .file("go.work", "go 1.22\n\nuse (\n\t./a\n\t./gone\n\t./nomod\n)\n")
        .file("a/go.mod", "module example.com/a\n\ngo 1.22\n")
        .file("nomod/x.go", "package x\n"), "GMD108");
    assertThat(f).extracting(x -> x.location().line()).containsExactly(5, 6);
    assertThat(f.get(0).message()).contains("./gone").contains("does not exist");
    assertThat(f.get(1).message()).contains("no go.mod");
  }

  @Test
  void firesWhenAModuleGoLineIsNewerInGoOrder() {
    List<Finding> f = run(TestProject.in(dir)
        .file("go.work", "go 1.25\n\nuse ./a\n")
        .file("a/go.mod", "module example.com/a\n\ngo 1.25.0\n"), "GMD108");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("requires go >= 1.25.0, but go.work lists go 1.25");
    assertThat(f.get(0).hint()).contains("go work use");
  }

  @Test
  void implicitGoWorkVersion() {
    List<Finding> f = run(TestProject.in(dir)
        .file("go.work", "use ./a\n")
        .file("a/go.mod", "module example.com/a\n\ngo 1.21\n"), "GMD108");
    assertThat(f).extracting(Finding::message).allMatch(m -> m.contains("implicitly requires go 1.18"));
  }

  @Test
  void quietForExistingModulesNotNewer() {
    assertThat(run(TestProject.in(dir)
        .file("go.work", "go 1.22.1\n\nuse (\n\t.\n\t./a\n)\n")
        .file("go.mod", "module example.com/root\n\ngo 1.22\n")
        .file("a/go.mod", "module example.com/a\n\ngo 1.22.1\n"), "GMD108")).isEmpty();
  }
}
