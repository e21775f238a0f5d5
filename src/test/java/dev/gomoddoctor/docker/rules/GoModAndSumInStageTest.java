package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GMD401 go-mod-not-in-stage and GMD403 go-sum-not-copied over the build-context model. */
class GoModAndSumInStageTest {
  @TempDir Path dir;

  @Test
  void gmd401FiresWhenBuildingBeforeGoModArrives() {
    var f = run(project(dir, """
        FROM golang:1.22 AS build
        WORKDIR /src
        RUN go mod download
        COPY . .
        RUN go build -o /app .
        """), "GMD401");
    assertThat(lines(f)).containsExactly(3);
    assertThat(f.get(0).message()).contains("/src").contains("go.mod file not found");
  }

  @Test
  void gmd401FiresInAWorkdirBesideTheModuleAndAfterCd() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY go.mod go.sum main.go ./
        WORKDIR /out
        RUN go build ./...
        RUN cd /tmp && go vet ./...
        """), "GMD401");
    assertThat(lines(f)).containsExactly(5, 6);
  }

  @Test
  void gmd401QuietLookAlikes() {
    var f = run(project(dir, """
        FROM golang:1.22
        RUN go install golang.org/x/tools/cmd/goimports@v0.20.0
        RUN go version && go env GOPATH
        RUN go mod download golang.org/x/text@v0.14.0
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN go mod download
        WORKDIR /src/cmd/tool
        RUN go build ./...
        RUN cd /src && go build -C /src ./...
        RUN GO111MODULE=off go build ./...
        """), "GMD401");
    assertThat(f).isEmpty();
  }

  @Test
  void gmd401QuietWhenADirectoryCopyMayBringGoModFromTheRealContext() {
    // `docker build -f sub/Dockerfile .`: the inferred context may not be the real one
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src/app
        COPY ./cmd/ ./
        RUN go build .
        RUN git clone https://example.com/x /x && cd /x && go build ./...
        """), "GMD401");
    assertThat(f).isEmpty();
  }

  @Test
  void gmd401FiresWhenTheWholeContextLandsBesideTheWorkdir() {
    // corpus mutation (dapr tests/apps/perf/jobs, grpc-go interop/xds/server): COPY . . sent to another directory
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /app
        COPY . /src/
        RUN go get -d -v
        RUN cd /app/cmd && go build .
        """), "GMD401");
    assertThat(lines(f)).containsExactly(4, 5);
  }

  @Test
  void gmd401FiresWhenOnlyGoFilesAreGlobbedIn() {
    // corpus mutation (dapr tests/apps/perf/actorfeatures): `COPY *.go go.mod go.sum ./` without go.mod and go.sum
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /app
        COPY *.go ./
        RUN go get -d -v && go build -o tester .
        """), "GMD401");
    assertThat(lines(f)).containsExactly(4, 4);
  }

  @Test
  void gmd401QuietWhenAGlobOrADirectoryMayBringGoModIntoAParent() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src/app
        COPY go.* /src/
        RUN go build .
        COPY s* ./
        RUN go build .
        """), "GMD401");
    assertThat(f).isEmpty();
  }

  @Test
  void gmd401QuietWhenFilesComeFromAnImage() {
    var f = run(project(dir, """
        FROM golang:1.22
        COPY --from=example.com/sources:1 /src /src
        WORKDIR /src
        RUN go build ./...
        """), "GMD401");
    assertThat(f).isEmpty();
  }

  @Test
  void gmd403ErrorWhenBuildingWithoutGoSum() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY go.mod ./
        COPY main.go ./
        RUN go build -o /app .
        """), "GMD403");
    assertThat(lines(f)).containsExactly(5);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void gmd403ErrorWhenDockerignoreDropsGoSum() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN go build -o /app .
        """).file(".dockerignore", "go.sum\n"), "GMD403");
    assertThat(lines(f)).containsExactly(4);
  }

  @Test
  void gmd403WarningForADownloadBeforeGoSumWithoutChecksums() {
    var f = run(project(dir, """
        FROM golang:1.22
        ENV GOSUMDB=off
        WORKDIR /src
        COPY go.mod ./
        RUN go mod download
        COPY . .
        RUN go build -o /app .
        """), "GMD403");
    assertThat(lines(f)).containsExactly(5);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void gmd403QuietLookAlikes() {
    // go.sum copied with go.mod; a download before go.sum that a later COPY . . fixes before the
    // build, with the checksum database on
    assertThat(run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN go mod download
        COPY . .
        RUN go build -o /app .
        """), "GMD403")).isEmpty();
    assertThat(run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY go.mod ./
        RUN go mod download
        COPY . .
        RUN go build -o /app .
        """), "GMD403")).isEmpty();
  }

  // --- variants: heredoc, continuation with a comment line, indexed stage, ARG-expanded tag ---

  @Test
  void gmd401FiresForAGoCommandInAHeredoc() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY main.go ./
        RUN <<EOF
        set -e
        go build -o /app .
        EOF
        """), "GMD401");
    assertThat(lines(f)).containsExactly(6);
    assertThat(f.get(0).message()).contains("go.mod file not found");
  }

  @Test
  void gmd401FiresAfterACdOnAnEarlierHeredocLineWithChompedTabs() {
    var f = run(project(dir, "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN <<-EOT\n\tcd /tmp\n\tgo vet ./...\n\tEOT\n"),
        "GMD401");
    assertThat(lines(f)).containsExactly(6);
    assertThat(f.get(0).message()).contains("/tmp");
  }

  @Test
  void gmd401FiresForAGoCommandInAShellHeredocBesideAnotherHeredoc() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY main.go ./
        RUN sh <<A && sh <<B
        echo building
        A
        go build -o /app .
        B
        """), "GMD401");
    assertThat(lines(f)).containsExactly(7);
  }

  @Test
  void gmd401FiresOnAContinuationWithACommentLine() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY main.go ./
        RUN echo building && \\
            # the binary
            go build -o /app .
        """), "GMD401");
    assertThat(lines(f)).containsExactly(6);
  }

  @Test
  void gmd403FiresInAHeredocOfAnIndexedStageWithAnArgTag() {
    var f = run(project(dir, """
        ARG GO=1.22
        FROM golang:${GO}
        WORKDIR /src
        COPY go.mod main.go ./
        RUN <<EOF
        go build -o /app .
        EOF
        FROM scratch
        COPY --from=0 /app /app
        """), "GMD403");
    assertThat(lines(f)).containsExactly(6);
    assertThat(f.get(0).message()).contains("go.sum");
  }

  @Test
  void gmd403FiresOnAContinuationWithACommentLine() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY go.mod main.go ./
        RUN --mount=type=cache,target=/root/.cache/go-build \\
            # build
            go build -o /app .
        """), "GMD403");
    assertThat(lines(f)).containsExactly(6);
  }
}
