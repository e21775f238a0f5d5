package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildMutatesModuleFilesTest {
  @TempDir Path dir;

  @Test
  void firesOnTidyGetEditAndModMod() {
    var f = run(project(dir, """
        FROM golang:1.22 AS build
        WORKDIR /src
        COPY . .
        RUN go mod tidy && \\
            go get example.com/x@v1.0.0
        RUN go mod edit -replace example.com/x=../x
        RUN go build -mod=mod -o /app .
        FROM build AS test
        ENV GOFLAGS=-mod=mod
        RUN go test ./...
        """), "GMD416");
    assertThat(lines(f)).containsExactly(4, 5, 6, 7, 10);
    assertThat(f.get(0).message()).contains("go mod tidy").contains("stage 'build'");
  }

  @Test
  void quietLookAlikes() {
    var f = run(project(dir, """
        FROM golang:1.22 AS tools
        RUN go mod init tools && go get golang.org/x/tools/cmd/stringer@v0.1.0
        FROM golang:1.22 AS gopath
        RUN GO111MODULE=off go get github.com/x/y
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN go mod download && go mod verify && go mod edit -json && go mod tidy -diff
        RUN go build -o /app .
        """), "GMD416");
    assertThat(f).isEmpty();
  }

  @Test
  void firesInAHeredocOfAnIndexedStageAndOnAContinuationWithACommentLine() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN <<EOF
        go mod tidy
        go build -o /app .
        EOF
        RUN go mod download && \\
            # refresh
            go get example.com/x@v1.0.0
        FROM scratch
        COPY --from=0 /app /app
        """), "GMD416");
    assertThat(lines(f)).containsExactly(5, 10);
    assertThat(f.get(0).message()).contains("go mod tidy");
    assertThat(f.get(1).message()).contains("go get");
  }

  @Test
  void firesInAHeredocGivenToBashAndInOneAfterAContinuedFlag() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN <<EOF bash
        go mod tidy
        EOF
        RUN --mount=type=cache,target=/go/pkg/mod \\
            <<EOF
        set -e
        go get example.com/x@v1.0.0
        EOF
        """), "GMD416");
    assertThat(lines(f)).containsExactly(5, 10);
  }
}
