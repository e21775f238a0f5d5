package dev.gomoddoctor.docker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.docker.DockerChecker;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileSyntaxTest {
  @TempDir
  Path dir;

  private List<Finding> run(String name, String dockerfile) {
    return TestProject.in(dir).file(name, dockerfile).run(new DockerChecker(), "GMD400");
  }

  @Test
  void firesWithBuildKitsMessageAndLine() {
    List<Finding> f = run("Dockerfile", "FROM golang:1.22\nWORKDIR /src\nRUNN go build\n");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).location().line()).isEqualTo(3);
    assertThat(f.get(0).message()).contains("dockerfile parse error on line 3: unknown instruction: RUNN (did you mean run?)");
  }

  @Test
  void firesOnContinuedInstructionsAndHeredocsAndEveryDockerfileName() {
    List<Finding> f = run("build/app.Dockerfile", "FROM alpine\nCOPY --chown=1000 \\\n  go.mod\n");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).location().line()).isEqualTo(2);
    assertThat(f.get(0).location().endLine()).isEqualTo(3);
    assertThat(run("Containerfile", "FROM alpine\nRUN <<EOF\necho\n")).extracting(Finding::message)
        .anyMatch(m -> m.contains("unterminated heredoc"));
    assertThat(run("Dockerfile.dev", "# just a comment\n")).extracting(Finding::message)
        .anyMatch(m -> m.contains("file with no instructions"));
  }

  @Test
  void quietForEverythingBuildKitAccepts() {
    assertThat(run("Dockerfile", """
        # syntax=docker/dockerfile:1
        # check=error=true
        ARG GO_VERSION=1.22
        FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build
        ENV CGO_ENABLED=0 GOFLAGS="-trimpath" \\
            # a comment inside a continuation

            GOPROXY=https://proxy.golang.org
        WORKDIR /src
        RUN --mount=type=cache,target=/go/pkg/mod,sharing=locked \\
            --mount=type=bind,source=.,target=. \\
            go mod download
        COPY --link --chmod=0755 <<EOF /usr/local/bin/entry
        #!/bin/sh
        exec /app "$@"
        EOF
        FROM $BASE
        onbuild run echo hi
        HEALTHCHECK NONE
        """)).isEmpty();
  }
}
