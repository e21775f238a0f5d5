package dev.gomoddoctor.gomod.rules;

import static dev.gomoddoctor.gomod.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoMainModuleTest {
  @TempDir Path dir;

  private static final String PROG = "package main\n\nimport \"github.com/x/y\"\n\nfunc main() {}\n";

  @Test
  void firesForPackagesWithoutGoMod() {
    List<Finding> f = run(TestProject.in(dir.resolve("repo")).file("cmd/app/main.go", PROG), "GMD101");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).location().path()).isEqualTo("cmd/app/main.go");
    assertThat(f.get(0).message()).contains("go.mod file not found");
  }

  @Test
  void quietCases() {
    // std-only program, testdata and _/. dirs, GOPATH mode, a module
    assertThat(run(TestProject.in(dir.resolve("r1")).file("main.go", "package main\n\nimport \"fmt\"\n")
        .file("testdata/a.go", PROG).file("_x/a.go", PROG).file(".y/a.go", PROG), "GMD101")).isEmpty();
    assertThat(run(TestProject.in(dir.resolve("r2")).file("main.go", PROG).env("GO111MODULE", "off"), "GMD101")).isEmpty();
    assertThat(run(TestProject.in(dir.resolve("r3")).file("go.mod", "module example.com/m\n").file("a/main.go", PROG), "GMD101")).isEmpty();
    assertThat(run(TestProject.in(dir.resolve("r4")).file("gen.go", "//go:build ignore\n\n" + PROG), "GMD101")).isEmpty();
  }

  @Test
  void quietWithAGoModAboveTheScanRoot() {
    TestProject.in(dir).file("go.mod", "module example.com/m\n");
    assertThat(run(TestProject.in(dir.resolve("sub")).file("main.go", PROG), "GMD101")).isEmpty();
  }
}
