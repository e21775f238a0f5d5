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

class DuplicateRequirementTest {
  @TempDir Path dir;

  @Test
  void differentVersionsAcrossBlocksAndConflictingReplaces() {
    List<Finding> f = run(TestProject.in(dir).file("go.mod", """
        module example.com/a

        go 1.21

        require (
        \texample.com/b v1.0.0
        )

        require (
        \texample.com/b v1.2.0 // indirect
        )

        replace example.com/e v1.0.0 => example.com/fork v1.2.0

        replace example.com/e v1.0.0 => ../e
        """), "GMD110");
    assertThat(f).hasSize(2);
    assertThat(f).allMatch(x -> x.severity() == Severity.ERROR);
    assertThat(f.get(0).location().line()).isEqualTo(10);
    assertThat(f.get(0).message()).contains("v1.0.0 (line 6) and v1.2.0");
    assertThat(f.get(1).message()).contains("conflicting replacements for example.com/e@v1.0.0");
  }

  @Test
  void exactDuplicatesAreWarnings() {
    List<Finding> f = run(TestProject.in(dir).file("go.mod", """
        module example.com/a

        require example.com/b v1.0.0
        require example.com/b v1.0.0

        replace example.com/c => ../c
        replace example.com/c => ../c
        """), "GMD110");
    assertThat(f).hasSize(2).allMatch(x -> x.severity() == Severity.WARNING);
  }

  @Test
  void quietForMajorVersionsAndSpecificNextToWildcard() {
    assertThat(run(TestProject.in(dir).file("go.mod", """
        module example.com/a

        require (
        \texample.com/b v1.0.0
        \texample.com/b/v2 v2.1.0
        )

        replace example.com/c => ../c
        replace example.com/c v1.0.0 => ../c-old
        """), "GMD110")).isEmpty();
  }
}
