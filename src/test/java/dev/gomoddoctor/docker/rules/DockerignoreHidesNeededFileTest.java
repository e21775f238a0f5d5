package dev.gomoddoctor.docker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.docker.DockerChecker;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerignoreHidesNeededFileTest {
  @TempDir
  Path dir;

  private TestProject module(String dockerignore, String dockerfile) {
    return TestProject.in(dir)
        .file("go.mod", "module example.com/app\n\ngo 1.22\n\nrequire github.com/google/uuid v1.6.0\n")
        .file("go.sum", "github.com/google/uuid v1.6.0 h1:x=\n")
        .file("main.go", "package main\n")
        .file(".dockerignore", dockerignore)
        .file("Dockerfile", dockerfile);
  }

  @Test
  void firesForAnExplicitCopyOfAnIgnoredGoSum() {
    List<Finding> f = module("*.sum\n", "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\n")
        .run(new DockerChecker(), "GMD402");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.location().line()).isEqualTo(3);
      assertThat(x.message()).contains("\"go.sum\"").contains(".dockerignore:1: *.sum");
      assertThat(x.hint()).contains("!go.sum");
    });
  }

  @Test
  void firesWhenCopyDotSilentlyLacksGoSumOrGoMod() {
    List<Finding> f = module("**/go.sum\n", "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build\n")
        .run(new DockerChecker(), "GMD402");
    assertThat(f).singleElement().extracting(Finding::message).asString()
        .contains("go.sum is excluded").contains("/src/go.sum");
  }

  @Test
  void aDockerfileSpecificIgnoreFileWins() {
    List<Finding> f = module("", "FROM golang:1.22\nCOPY . /src\n")
        .file("Dockerfile.dockerignore", "go.mod\n")
        .run(new DockerChecker(), "GMD402");
    assertThat(f).singleElement().extracting(Finding::message).asString().contains("Dockerfile.dockerignore:1: go.mod");
  }

  @Test
  void quietWithAnExceptionOrForFilesNoCopyNeeds() {
    assertThat(module("*\n!go.mod\n!go.sum\n!*.go\n", "FROM golang:1.22\nCOPY . /src\nCOPY go.sum /x/\n")
        .run(new DockerChecker(), "GMD402")).isEmpty();
    assertThat(module("docs\n*.md\nbin/\n", "FROM golang:1.22\nCOPY . /src\n")
        .file("README.md", "x").run(new DockerChecker(), "GMD402")).isEmpty();
    // go.sum ignored but only main.go is copied: no COPY needs it
    assertThat(module("go.sum\n", "FROM golang:1.22\nCOPY main.go /src/\n")
        .run(new DockerChecker(), "GMD402")).isEmpty();
  }

  @Test
  void firesForACopyOverAContinuationWithACommentLineInAnIndexedStage() {
    List<Finding> f = module("*.sum\n", """
        FROM golang:1.22
        WORKDIR /src
        COPY go.mod \\
            # and the checksums
            go.sum ./
        RUN go build -o /app .
        FROM scratch
        COPY --from=0 /app /app
        """).run(new DockerChecker(), "GMD402");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.location().line()).isEqualTo(3);
      assertThat(x.message()).contains("\"go.sum\"");
    });
  }
}
