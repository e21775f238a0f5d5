package dev.gomoddoctor.gomod.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.ModuleFilesChecker;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GoVersionInvalidTest {
  @TempDir
  Path dir;

  private List<Finding> gmd106(String goMod) {
    return TestProject.in(dir).file("go.mod", goMod).run(new ModuleFilesChecker(), "GMD106");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.21.0.1", "1.x", "v1.21", "1", "1.21-rc1", "go1.21"})
  void firesOnGoLinesGoRejects(String v) {
    List<Finding> f = gmd106("module example.com/a\n\ngo " + v + "\n");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).isEqualTo("go.mod:3: invalid go version '" + v + "': must match format 1.23.0");
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void firesOnToolchainLinesGoRejects() {
    assertThat(gmd106("module a\ntoolchain v1.22\n")).extracting(Finding::message)
        .containsExactly("go.mod:2: invalid toolchain version 'v1.22': must match format go1.23.0 or default");
    assertThat(gmd106("module a\ntoolchain go1.x\n")).hasSize(1);
  }

  @Test
  void warnsOnLanguageVersionToolchain() {
    List<Finding> f = gmd106("module a\ngo 1.22\ntoolchain go1.22\n");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).location().line()).isEqualTo(3);
    assertThat(f.get(0).hint()).contains("go1.22.0");
  }

  @Test
  void firesInGoWork() {
    List<Finding> f = TestProject.in(dir).file("go.work", "go 1.22rc\nuse .\n").file("go.mod", "module a\n")
        .run(new ModuleFilesChecker(), "GMD106");
    assertThat(f).extracting(x -> x.location().path()).containsExactly("go.work");
  }

  @ParameterizedTest
  @ValueSource(strings = {"go 1.21", "go 1.21.0", "go 1.21rc1", "toolchain go1.20", "toolchain go1.21.0",
      "toolchain go1.21rc1", "toolchain go1.22.3", "toolchain default", "toolchain go1.21.1-bigcorp", "go 1.16"})
  void quietOnValidVersions(String line) {
    assertThat(gmd106("module a\n" + line + "\n")).isEmpty();
  }
}
