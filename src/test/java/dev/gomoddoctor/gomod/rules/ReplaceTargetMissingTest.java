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

class ReplaceTargetMissingTest {
  @TempDir Path dir;

  private static final String MOD = "module example.com/a\n\ngo 1.21\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ./lib\n";

  @Test
  void firesWhenTheDirectoryIsMissing() {
    List<Finding> f = run(TestProject.in(dir).file("go.mod", MOD), "GMD105");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).location().line()).isEqualTo(7);
    assertThat(f.get(0).message()).contains("replacement directory ./lib does not exist");
  }

  @Test
  void firesWhenTheDirectoryHasNoGoMod() {
    List<Finding> f = run(TestProject.in(dir).file("go.mod", MOD).file("lib/lib.go", "package lib\n"), "GMD105");
    assertThat(f).extracting(Finding::message).allMatch(m -> m.contains("has no go.mod"));
  }

  @Test
  void firesForGoWorkReplaces() {
    List<Finding> f = run(TestProject.in(dir)
        .file("go.work", "go 1.21\n\nuse ./a\n\nreplace example.com/lib => ../elsewhere\n")
        .file("a/go.mod", "module example.com/a\n\ngo 1.21\n\nrequire example.com/lib v1.0.0\n"), "GMD105");
    assertThat(f).extracting(x -> x.location().path()).containsExactly("go.work");
  }

  @Test
  void quietForExistingModulesAndModulePathReplacements() {
    assertThat(run(TestProject.in(dir).file("go.mod", MOD + "\nreplace example.com/x => example.com/fork v1.2.3\n")
        .file("lib/go.mod", "module example.com/lib\n"), "GMD105")).isEmpty();
  }

  @Test
  void quietForReplacesOfModulesNobodyRequires() {
    assertThat(run(TestProject.in(dir).file("go.mod", "module example.com/a\n\ngo 1.21\n\nreplace example.com/lib => ./lib\n"), "GMD105")).isEmpty();
  }

  @Test
  void onlyANoteInVendorModeWhenModulesTxtRecordsIt() {
    List<Finding> f = run(TestProject.in(dir).file("go.mod", MOD)
        .file("vendor/modules.txt", "# example.com/lib v0.0.0 => ./lib\n## explicit\nexample.com/lib\n# example.com/lib => ./lib\n"), "GMD105");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.NOTE);
  }
}
