package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GolangImageTooOldTest {
  @TempDir Path dir;

  private static final String MOD = "module example.com/app\n\ngo 1.23.0\n\ntoolchain go1.23.4\n";

  @Test
  void firesOnOlderImageThroughArg() {
    var f = run(project(dir, """
        ARG GO_VERSION=1.22.5
        FROM golang:${GO_VERSION}-alpine AS build
        WORKDIR /src
        COPY . .
        RUN go build -o /app .
        """).file("go.mod", MOD), "GMD405");
    assertThat(lines(f)).containsExactly(2);
    assertThat(f.get(0).message()).contains("go.mod requires go >= 1.23.0 (running go 1.22.5; GOTOOLCHAIN=local)");
    assertThat(f.get(0).hint()).contains("golang:1.23-alpine");
  }

  @Test
  void floatingMinorOlderThanGoLineFires() {
    var f = run(project(dir, "FROM golang:1.22\nCOPY . .\nRUN go build .\n").file("go.mod", MOD), "GMD405");
    assertThat(lines(f)).containsExactly(1);
  }

  @Test
  void preGo121ImageWarnsOrFails() {
    var f = run(project(dir, "FROM golang:1.20.3\nCOPY . .\nRUN go build .\n")
        .file("go.mod", "module example.com/app\n\ngo 1.21\n"), "GMD405");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    var g = run(project(dir, "FROM golang:1.20\nCOPY . .\nRUN go build .\n")
        .file("go.mod", "module example.com/app\n\ngo 1.21.0\n"), "GMD405");
    assertThat(g.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void toolchainAutoIsANote() {
    var f = run(project(dir, "FROM golang:1.22\nENV GOTOOLCHAIN=auto\nCOPY . .\nRUN go build .\n").file("go.mod", MOD),
        "GMD405");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.NOTE);
  }

  @Test
  void floatingSameMinorIsANote() {
    var f = run(project(dir, "FROM golang:1.23\nCOPY . .\nRUN go build .\n")
        .file("go.mod", "module example.com/app\n\ngo 1.23.4\n"), "GMD405");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.NOTE);
    // go 1.23.0 is satisfied by every 1.23.x
    assertThat(run(project(dir, "FROM golang:1.23\nCOPY . .\nRUN go build .\n").file("go.mod", MOD), "GMD405")).isEmpty();
  }

  @Test
  void quietLookAlikes() {
    assertThat(run(project(dir, "FROM golang:1.23.4\nCOPY . .\nRUN go build .\n").file("go.mod", MOD), "GMD405")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.24-alpine\nCOPY . .\nRUN go build .\n").file("go.mod", MOD), "GMD405")).isEmpty();
    assertThat(run(project(dir, "ARG V\nFROM golang:${V}\nCOPY . .\nRUN go build .\n").file("go.mod", MOD), "GMD405")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22\nRUN go install golang.org/x/tools/cmd/stringer@v0.1.0\n")
        .file("go.mod", MOD), "GMD405")).isEmpty();
    // go 1.22.0 + toolchain go1.23.4 on golang:1.22 is fine
    assertThat(run(project(dir, "FROM golang:1.22\nCOPY . .\nRUN go build .\n")
        .file("go.mod", "module example.com/app\n\ngo 1.22.0\n\ntoolchain go1.23.4\n"), "GMD405")).isEmpty();
  }
}
