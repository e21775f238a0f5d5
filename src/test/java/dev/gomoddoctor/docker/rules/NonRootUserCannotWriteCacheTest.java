package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NonRootUserCannotWriteCacheTest {
  @TempDir Path dir;

  @Test
  void numericUserWithoutPasswdEntryHasHomeSlash() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY --chown=1000 . .
        USER 1000
        RUN go build -o /tmp/app .
        """), "GMD409");
    assertThat(lines(f)).containsExactly(5);
    assertThat(f.get(0).message()).contains("HOME is /");
  }

  @Test
  void rootOwnedCacheMount() {
    var f = run(project(dir, """
        FROM golang:1.22
        RUN useradd -m -u 1000 app
        USER app
        WORKDIR /home/app/src
        RUN --mount=type=cache,target=/home/app/.cache/go-build \\
            go build -o /tmp/app .
        """), "GMD409");
    assertThat(lines(f)).containsExactly(6);
    assertThat(f.get(0).message()).contains("cache mount");
  }

  @Test
  void moduleCacheAfterRootDownload() {
    var f = run(project(dir, """
        FROM golang:1.22
        RUN go install golang.org/x/tools/cmd/stringer@v0.1.0
        RUN useradd -m app
        USER app
        RUN go install honnef.co/go/tools/cmd/staticcheck@v0.4.0
        """), "GMD409");
    assertThat(lines(f)).containsExactly(5);
  }

  @Test
  void quietLookAlikes() {
    // user with home, first writer of /go; cache mount with uid; GOCACHE env; root only
    assertThat(run(project(dir, "FROM golang:1.22\nRUN useradd -m app\nUSER app\nWORKDIR /home/app\nCOPY . .\n"
        + "RUN go mod download && go build -o /tmp/app .\n"), "GMD409")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22\nUSER 1000\n"
        + "RUN --mount=type=cache,target=/tmp/gocache,uid=1000 --mount=type=cache,target=/go/pkg/mod,uid=1000 "
        + "GOCACHE=/tmp/gocache go build -o /tmp/app .\n"), "GMD409")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22\nENV GOCACHE=/tmp/go-build\nUSER 1000\nRUN go build -o /tmp/app .\n"),
        "GMD409")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22\nRUN go mod download\nRUN useradd -m app\nUSER app\n"
        + "RUN go build -o /tmp/app .\n"), "GMD409")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22\nRUN go build -o /app .\n"), "GMD409")).isEmpty();
  }

  @Test
  void numericUserAndGroupWithAHeredocBuild() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY --chown=1000:1000 . .
        USER 1000:1000
        RUN <<EOF
        set -e
        go build -o /tmp/app .
        EOF
        """), "GMD409");
    assertThat(lines(f)).containsExactly(7);
    assertThat(f.get(0).message()).contains("HOME is /");
  }

  @Test
  void numericUserOnAContinuationWithACommentLine() {
    var f = run(project(dir, """
        ARG GO=1.22
        FROM golang:${GO}
        USER 1000:1000
        RUN echo building && \\
            # no cache mount
            go install golang.org/x/tools/cmd/stringer@v0.20.0
        """), "GMD409");
    assertThat(lines(f)).containsExactly(6);
    assertThat(f.get(0).message()).contains("HOME is /");
  }
}
