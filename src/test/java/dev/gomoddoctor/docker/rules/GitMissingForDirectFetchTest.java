package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitMissingForDirectFetchTest {
  @TempDir Path dir;

  private static final String PRIVATE_MOD = """
      module example.com/app

      go 1.22

      require (
      \tgit.corp.example.com/team/lib v1.2.0
      \tgithub.com/google/uuid v1.6.0
      )
      """;

  @Test
  void firesForGoprivateOnAlpine() {
    var f = run(project(dir, """
        FROM golang:1.22-alpine AS build
        ENV GOPRIVATE=git.corp.example.com/*
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN go mod download
        """).file("go.mod", PRIVATE_MOD), "GMD408");
    assertThat(lines(f)).containsExactly(5);
    assertThat(f.get(0).message()).contains("git.corp.example.com/team/lib");
    assertThat(f.get(0).hint()).contains("apk add --no-cache git");
  }

  @Test
  void firesForGoproxyDirectInline() {
    var f = run(project(dir, "FROM golang:1.22-alpine\nCOPY . .\nRUN GOPROXY=direct go build -o /app .\n"), "GMD408");
    assertThat(lines(f)).containsExactly(3);
  }

  @Test
  void quietLookAlikes() {
    // git installed; Debian image; public modules via the default proxy; vendored; no match
    assertThat(run(project(dir, "FROM golang:1.22-alpine\nRUN apk add --no-cache git\nENV GOPRIVATE=git.corp.example.com\n"
        + "COPY . .\nRUN go mod download\n").file("go.mod", PRIVATE_MOD), "GMD408")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22\nENV GOPRIVATE=git.corp.example.com\nCOPY . .\nRUN go mod download\n")
        .file("go.mod", PRIVATE_MOD), "GMD408")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22-alpine\nCOPY . .\nRUN go mod download\n"), "GMD408")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22-alpine\nENV GOPRIVATE=git.corp.example.com\nCOPY . .\n"
        + "RUN go build -mod=vendor -o /app .\n").file("go.mod", PRIVATE_MOD), "GMD408")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22-alpine\nENV GOPRIVATE=other.example.com\nCOPY . .\nRUN go mod download\n"),
        "GMD408")).isEmpty();
  }

  @Test
  void firesForAHeredocUnderAnArgExpandedAlpineTag() {
    var f = run(project(dir, """
        ARG GO=1.22-alpine
        FROM golang:${GO}
        COPY . .
        RUN <<EOF
        GOPROXY=direct go build -o /app .
        EOF
        """), "GMD408");
    assertThat(lines(f)).containsExactly(5);
    assertThat(f.get(0).hint()).contains("apk add --no-cache git");
  }

  @Test
  void firesOnAContinuationWithACommentLine() {
    var f = run(project(dir, """
        FROM golang:1.22-alpine
        ENV GOPRIVATE=git.corp.example.com/*
        COPY go.mod go.sum ./
        RUN echo fetching && \\
            # private modules
            go mod download
        """).file("go.mod", PRIVATE_MOD), "GMD408");
    assertThat(lines(f)).containsExactly(6);
    assertThat(f.get(0).message()).contains("git.corp.example.com/team/lib");
  }
}
