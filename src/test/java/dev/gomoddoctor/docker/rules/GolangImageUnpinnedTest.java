package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GolangImageUnpinnedTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"golang", "golang:latest", "golang:alpine", "golang:alpine3.20", "golang:bookworm",
      "golang:1", "golang:1-alpine", "golang:tip-20240101", "docker.io/library/golang:alpine"})
  void firesOnTagsWithoutMinor(String image) {
    var f = run(project(dir, "FROM " + image + " AS build\nRUN go build -o /app .\n"), "GMD406");
    assertThat(lines(f)).containsExactly(1);
    assertThat(f.get(0).message()).contains(image);
  }

  @Test
  void firesThroughArgDefault() {
    var f = run(project(dir, """
        ARG GO_VERSION=1
        FROM golang:${GO_VERSION}-alpine
        RUN go build .
        """), "GMD406");
    assertThat(lines(f)).containsExactly(2);
    assertThat(f.get(0).message()).contains("golang:1-alpine").contains("${GO_VERSION}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"golang:1.22", "golang:1.22-alpine3.20", "golang:1.22.5",
      "golang@sha256:0d1d3a794be25f809dd2cb3160d8c73276c4056a9f8242a138e908ddeee7b6b6",
      "golang:alpine@sha256:0d1d3a794be25f809dd2cb3160d8c73276c4056a9f8242a138e908ddeee7b6b6",
      "golang:${GO_VERSION}", "myorg/golang:latest", "alpine:latest"})
  void quietOnPinnedOrUnknown(String image) {
    var f = run(project(dir, "ARG GO_VERSION\nFROM " + image + "\nRUN echo hi\n"), "GMD406");
    assertThat(f).isEmpty();
  }

  @Test
  void stageBuiltOnAnotherIsNotReportedTwice() {
    var f = run(project(dir, "FROM golang AS base\nFROM base AS build\nRUN go build .\n"), "GMD406");
    assertThat(lines(f)).containsExactly(1);
  }
}
