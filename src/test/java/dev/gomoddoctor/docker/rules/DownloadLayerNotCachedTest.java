package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadLayerNotCachedTest {
  @TempDir Path dir;

  @Test
  void firesOnCopyAllBeforeDownload() {
    var f = run(project(dir, """
        FROM golang:1.22 AS build
        WORKDIR /src
        COPY . .
        RUN go mod download && go build -o /app .
        """), "GMD404");
    assertThat(lines(f)).containsExactly(3);
  }

  @Test
  void firesWhenTheDownloadCacheIsNotReused() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN --mount=type=cache,target=/go/pkg/mod go mod download
        COPY . .
        RUN go build -o /app .
        """), "GMD404");
    assertThat(lines(f)).containsExactly(6);
  }

  @Test
  void quietLookAlikes() {
    assertThat(run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN go mod download
        COPY . .
        RUN go build -o /app .
        """), "GMD404")).isEmpty();
    assertThat(run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN --mount=type=cache,target=/go/pkg/mod go mod download
        RUN --mount=type=cache,target=/go/pkg/mod go build -o /app .
        """), "GMD404")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22\nCOPY . .\nRUN go build -mod=vendor -o /app .\n"), "GMD404")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22\nCOPY . .\nRUN go build -o /app .\n")
        .file("go.mod", "module example.com/app\n\ngo 1.22\n"), "GMD404")).isEmpty();
  }
}
