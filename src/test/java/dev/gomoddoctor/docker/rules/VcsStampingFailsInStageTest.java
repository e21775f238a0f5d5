package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VcsStampingFailsInStageTest {
  @TempDir Path dir;

  private TestProject checkout(String dockerfile) {
    return project(dir, dockerfile).file(".git/HEAD", "ref: refs/heads/main\n").file(".git/config", "[core]\n");
  }

  @Test
  void firesForANonRootUserOnACopiedCheckout() {
    var f = run(checkout("""
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        USER 1001
        RUN go build -o /tmp/app .
        """), "GMD419");
    assertThat(lines(f)).containsExactly(5);
    assertThat(f.get(0).message()).contains("dubious ownership");
  }

  @Test
  void quietLookAlikes() {
    assertThat(run(checkout("""
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        USER 1001
        RUN go build -buildvcs=false -o /tmp/app .
        """), "GMD419")).isEmpty();
    assertThat(run(checkout("""
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN go build -o /app .
        """), "GMD419")).isEmpty();
    assertThat(run(checkout("""
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN git config --global --add safe.directory /src
        USER 1001
        RUN go build -o /tmp/app .
        """), "GMD419")).isEmpty();
    assertThat(run(checkout("""
        FROM golang:1.22-alpine
        WORKDIR /src
        COPY . .
        USER 1001
        RUN go build -o /tmp/app .
        """), "GMD419")).isEmpty();
  }

  @Test
  void quietWithoutACheckoutInTheContext() {
    assertThat(run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        USER 1001
        RUN go build -o /tmp/app .
        """), "GMD419")).isEmpty();
  }

  @Test
  void quietWhenDockerignoreDropsGit() {
    var f = run(checkout("""
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        USER 1001
        RUN go build -o /tmp/app .
        """).file(".dockerignore", ".git\n"), "GMD419");
    assertThat(f).isEmpty();
  }

  @Test
  void firesForANumericUserAndGroupWithAHeredocUnderAnArgTag() {
    var f = run(checkout("""
        ARG GO=1.22
        FROM golang:${GO}
        WORKDIR /src
        COPY . .
        USER 1000:1000
        RUN <<EOF
        set -e
        go build -o /tmp/app .
        EOF
        """), "GMD419");
    assertThat(lines(f)).containsExactly(8);
    assertThat(f.get(0).message()).contains("dubious ownership");
  }

  @Test
  void firesOnAContinuationWithACommentLine() {
    var f = run(checkout("""
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        USER 1000:1000
        RUN echo building && \\
            # stamped binary
            go build -o /tmp/app .
        """), "GMD419");
    assertThat(lines(f)).containsExactly(7);
  }
}
