package dev.gomoddoctor.docker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.docker.DockerChecker;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules see a Dockerfile with the build args its compose file / workflow / config builds it with. */
class BuildArgsFromDeclarationsTest {
  @TempDir
  Path dir;

  private TestProject project(String compose) {
    TestProject p = TestProject.in(dir)
        .file("go.mod", "module example.com/app\n\ngo 1.23.0\n")
        .file("main.go", "package main\n")
        .file("Dockerfile", """
            ARG GO_VERSION=1.21
            FROM golang:${GO_VERSION} AS build
            WORKDIR /src
            COPY go.mod ./
            RUN go mod download
            COPY . .
            RUN go build -o /app .
            """);
    return compose == null ? p : p.file("compose.yaml", compose);
  }

  @Test
  void theDefaultIsUsedWithoutADeclaration() {
    List<Finding> f = project(null).run(new DockerChecker(), "GMD405");
    assertThat(f).singleElement().extracting(Finding::message).asString().contains("1.21");
  }

  @Test
  void aComposeBuildArgOverridesTheDefault() {
    assertThat(project("services:\n  app:\n    build:\n      context: .\n      args:\n        GO_VERSION: 1.23\n")
        .run(new DockerChecker(), "GMD405")).isEmpty();
    List<Finding> older = project("services:\n  app:\n    build:\n      context: .\n      args:\n        GO_VERSION: 1.20\n")
        .run(new DockerChecker(), "GMD405");
    assertThat(older).singleElement().extracting(Finding::message).asString().contains("1.20");
  }
}
