package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyFromUnknownStageTest {
  @TempDir Path dir;

  @Test
  void firesOnTyposAndLaterIndexes() {
    var f = run(project(dir, """
        FROM golang:1.22 AS builder
        RUN go build -o /app .
        FROM alpine:3.20
        COPY --from=biulder /app /app
        COPY --from=1 /etc/hosts /x
        RUN --mount=type=cache,from=buildr,target=/x true
        FROM runtme
        """), "GMD413");
    assertThat(lines(f)).containsExactly(4, 5, 6);
    assertThat(f.get(0).hint()).contains("builder");
  }

  @Test
  void firesOnStageDeclaredLater() {
    var f = run(project(dir, """
        FROM golang:1.22 AS a
        COPY --from=runtime /x /x
        FROM alpine:3.20 AS runtime
        """), "GMD413");
    assertThat(lines(f)).containsExactly(2);
    assertThat(f.get(0).message()).contains("comes later");
  }

  @Test
  void quietLookAlikes() {
    var f = run(project(dir, """
        FROM golang:1.22 AS build
        RUN go build -o /app .
        FROM alpine:3.20 AS alpine_base
        COPY --from=build /app /app
        COPY --from=0 /app /app2
        COPY --from=busybox /bin/sh /sh
        COPY --from=docker.io/library/buidl:1 /x /x
        COPY --from=tonistiigi/xx / /
        COPY --from=BUILD /app /app3
        """), "GMD413");
    assertThat(f).isEmpty();
  }
}
