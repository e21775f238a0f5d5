package dev.gomoddoctor.gomod.rules;

import static dev.gomoddoctor.gomod.rules.RuleTestSupport.H;
import static dev.gomoddoctor.gomod.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.model.GoSum;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoSumMalformedTest {
  @TempDir Path dir;

  @Test
  void firesOnFieldCountHashAndVersion() {
    List<Finding> f = run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n")
        .file("go.sum", "example.com/b v1.0.0\n"
            + "example.com/c v1.0.0 h1:tooshort=\n"
            + "example.com/d 1.0.0 " + H + "\n"
            + "example.com/e v1.0.0 h9:whatever\n"), "GMD104");
    assertThat(f).extracting(x -> x.location().line()).containsExactly(1, 2, 3, 4);
    assertThat(f.get(0).message()).isEqualTo("malformed go.sum: go.sum:1: wrong number of fields 2");
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(3).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void quietOnBlankLinesCrlfAndTheEmptyGoModHash() {
    assertThat(run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n")
        .file("go.sum", "example.com/b v1.0.0 " + H + "\r\n\r\n"
            + "example.com/b v1.0.0/go.mod " + GoSum.EMPTY_GO_MOD_HASH + "\r\n"
            + "example.com/c v2.0.0+incompatible " + H + "\n"), "GMD104")).isEmpty();
  }

  @Test
  void checksGoWorkSum() {
    List<Finding> f = run(TestProject.in(dir)
        .file("go.work", "go 1.21\n\nuse ./a\n")
        .file("go.work.sum", "a b c d\n")
        .file("a/go.mod", "module example.com/a\n"), "GMD104");
    assertThat(f).extracting(x -> x.location().path()).containsExactly("go.work.sum");
  }
}
