package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheMountTargetMismatchTest {
  @TempDir Path dir;

  @Test
  void firesWhenGopathMovedOrUserChanged() {
    var f = run(project(dir, """
        FROM golang:1.22
        ENV GOPATH=/workspace
        RUN --mount=type=cache,target=/go/pkg/mod go mod download
        FROM golang:1.22 AS b
        RUN useradd -m app
        USER app
        RUN --mount=type=cache,target=/root/.cache/go-build,uid=1000 go build -o /tmp/app .
        """), "GMD411");
    assertThat(lines(f)).containsExactly(3, 7);
    assertThat(f.get(0).message()).contains("/workspace/pkg/mod");
    assertThat(f.get(1).message()).contains("/home/app/.cache/go-build");
  }

  @Test
  void quietLookAlikes() {
    assertThat(run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        RUN --mount=type=cache,target=/go/pkg/mod/ \\
            --mount=type=cache,target=/root/.cache/go-build \\
            --mount=type=cache,target=/var/cache/apt \\
            --mount=type=cache,target=/root/.cache/golangci-lint \\
            go build -o /app .
        RUN --mount=type=cache,target=/go/pkg --mount=type=cache,target=/root/.cache go build -o /app .
        ENV GOCACHE=/cache/go-build
        RUN --mount=type=cache,target=/cache/go-build go build -o /app .
        """), "GMD411")).isEmpty();
  }

  @Test
  void firesForAHeredocAndAContinuationWithACommentLine() {
    var f = run(project(dir, """
        FROM golang:1.22
        ENV GOPATH=/workspace
        RUN --mount=type=cache,target=/go/pkg/mod <<EOF
        go mod download
        EOF
        RUN --mount=type=cache,target=/go/pkg/mod \\
            # the module cache
            go mod download
        """), "GMD411");
    assertThat(lines(f)).containsExactly(3, 6);
    assertThat(f.get(0).message()).contains("/workspace/pkg/mod");
  }
}
