package dev.gomoddoctor.goenv.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleModeOffTest {
  @TempDir Path tmp;

  @Test
  void offOutsideGopathIsAnError() {
    List<Finding> f = EnvFixture.go122(tmp).module("").env("GO111MODULE", "off").run("GMD205");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).message()).contains("go: modules disabled by GO111MODULE=off; see 'go help modules'");
  }

  @Test
  void offUnderGopathSrcIsAWarning() {
    EnvFixture fx = EnvFixture.go122(tmp).module("");
    List<Finding> f = fx.env("GO111MODULE", "off").env("GOPATH", tmp.toString()).run("GMD205");
    // the project lives in tmp/project, not tmp/src: still an error
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    List<Finding> w = EnvFixture.go122(tmp).module("").env("GO111MODULE", "off")
        .env("GOPATH", "/nowhere:" + tmp.getParent()).run("GMD205");
    assertThat(w.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void offInsideGopathSrc(@TempDir Path other) {
    Path gopath = other;
    EnvFixture fx = new EnvFixture(gopath.resolve("src/example.com"), "go1.22.5", EnvFixture.STANDARD_GO_ENV);
    List<Finding> f = fx.module("").env("GO111MODULE", "off").env("GOPATH", gopath.toString()).run("GMD205");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).message()).contains("go.mod is ignored");
  }

  @Test
  void unknownValueFromACrlfEnvFile() {
    List<Finding> f = EnvFixture.go122(tmp).module("").goenvFile("GO111MODULE=on\r\n").run("GMD205");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("\"on\\r\"").contains("GOENV file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "on", "auto"})
  void quiet(String value) {
    assertThat(EnvFixture.go122(tmp).module("").env("GO111MODULE", value).run("GMD205")).isEmpty();
  }

  @Test
  void quietWithoutGoMod() {
    assertThat(EnvFixture.go122(tmp).file("main.go", "package main\n").env("GO111MODULE", "off").run("GMD205")).isEmpty();
  }
}
