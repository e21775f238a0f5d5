package dev.gomoddoctor.gomod.rules;

import static dev.gomoddoctor.gomod.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VendorInconsistentTest {
  @TempDir Path dir;

  private static String mod(String go) {
    return "module example.com/a\n\n" + go + "\nrequire example.com/b v1.2.0\n\nreplace example.com/c => ./c\n";
  }

  private static final String TXT = "# example.com/b v1.2.0\n## explicit; go 1.20\nexample.com/b\n# example.com/c => ./c\n";

  @Test
  void quietWhenConsistent() {
    assertThat(run(TestProject.in(dir).file("go.mod", mod("go 1.21\n")).file("vendor/modules.txt", TXT), "GMD107")).isEmpty();
  }

  @Test
  void firesOnAMissingExplicitMark() {
    List<Finding> f = run(TestProject.in(dir).file("go.mod", mod("go 1.21\n"))
        .file("vendor/modules.txt", TXT.replace("## explicit; go 1.20\n", "")), "GMD107");
    assertThat(f).extracting(Finding::message).containsExactly("inconsistent vendoring: example.com/b@v1.2.0: "
        + "is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt");
    assertThat(f.get(0).location().path()).isEqualTo("go.mod");
    assertThat(f.get(0).location().line()).isEqualTo(5);
    assertThat(f.get(0).hint()).contains("go mod vendor");
  }

  @Test
  void firesOnAnotherVersionAndDifferentReplacement() {
    List<Finding> f = run(TestProject.in(dir).file("go.mod", mod("go 1.21\n"))
        .file("vendor/modules.txt", TXT.replace("v1.2.0", "v1.1.0").replace("=> ./c", "=> ./c2")), "GMD107");
    assertThat(f).extracting(Finding::message).containsExactlyInAnyOrder(
        "inconsistent vendoring: example.com/b@v1.2.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt",
        "inconsistent vendoring: example.com/c: is replaced by ./c in go.mod, but marked as replaced by ./c2 in vendor/modules.txt",
        "inconsistent vendoring: example.com/b@v1.1.0: is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod");
  }

  @Test
  void pre114RelaxationsApply() {
    // go 1.13: no explicit marks and no wildcard replacement lines were written
    assertThat(run(TestProject.in(dir).file("go.mod", mod("go 1.13\n"))
        .env("GOFLAGS", "-mod=vendor")
        .file("vendor/modules.txt", "# example.com/b v1.2.0\nexample.com/b\n"), "GMD107")).isEmpty();
    // but a vendored version that differs is still caught
    assertThat(run(TestProject.in(dir).file("go.mod", mod("go 1.13\n"))
        .env("GOFLAGS", "-mod=vendor")
        .file("vendor/modules.txt", "# example.com/b v1.1.0\nexample.com/b\n"), "GMD107")).hasSize(1);
  }

  @Test
  void quietWhenVendorModeIsOff() {
    String bad = TXT.replace("## explicit; go 1.20\n", "");
    // go < 1.14 without -mod=vendor: the vendor directory is not used
    assertThat(run(TestProject.in(dir).file("go.mod", mod("go 1.13\n")).file("vendor/modules.txt", bad), "GMD107")).isEmpty();
    assertThat(run(TestProject.in(dir).file("go.mod", mod("go 1.21\n")).file("vendor/modules.txt", bad)
        .env("GOFLAGS", "-mod=mod"), "GMD107")).isEmpty();
    assertThat(run(TestProject.in(dir).file("go.mod", mod("go 1.21\n")).file("vendor/modules.txt", bad)
        .env("GOFLAGS", "-trimpath -mod=readonly"), "GMD107")).isEmpty();
  }

  @Test
  void goflagsModVendorTurnsItOnForOldGoLines() {
    assertThat(run(TestProject.in(dir).file("go.mod", mod("go 1.13\n"))
        .env("GOFLAGS", "-mod=vendor")
        .file("vendor/modules.txt", "# example.com/b v1.1.0\nexample.com/b\n"), "GMD107")).hasSize(1);
  }
}
