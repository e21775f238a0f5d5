package dev.gomoddoctor.docker.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.docker.DockerProject;
import dev.gomoddoctor.docker.model.Stage;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-step file model: what COPY/ADD/--from/bind mounts bring where, honouring .dockerignore. */
class DockerBuildTest {
  @TempDir
  Path dir;

  private DockerBuild build(TestProject p) {
    return DockerProject.of(p.context()).builds().get(0);
  }

  private TestProject project(String dockerfile) {
    return TestProject.in(dir)
        .file("go.mod", "module example.com/app\n")
        .file("go.sum", "")
        .file("cmd/app/main.go", "package main\n")
        .file("internal/x/x.go", "package x\n")
        .file(".dockerignore", "*.md\ninternal/x\n")
        .file("README.md", "")
        .file("Dockerfile", dockerfile);
  }

  @Test
  void goModIsInTheWorkdirWhenTheRunRuns() {
    DockerBuild b = build(project("""
        FROM golang:1.22 AS build
        WORKDIR /src
        RUN go mod download
        COPY go.mod go.sum ./
        RUN go mod download
        COPY . .
        RUN go build -o /out/app ./cmd/app
        FROM gcr.io/distroless/static
        COPY --from=build /out/app /app
        COPY --from=build /src/cmd /cmd
        """));
    Stage s = b.dockerfile().stages().get(0);
    assertThat(b.filesBefore(s, 1).presence("/src/go.mod")).isEqualTo(Presence.ABSENT);
    assertThat(b.filesBefore(s, 3).presence("/src/go.mod")).isEqualTo(Presence.PRESENT);
    assertThat(b.filesBefore(s, 3).findUpwards("/src/cmd/app", "go.mod")).contains("/src/go.mod");
    assertThat(b.filesBefore(s, 5).presence("/src/cmd/app/main.go")).isEqualTo(Presence.PRESENT);
    assertThat(b.filesBefore(s, 5).presence("/src/internal/x/x.go")).isEqualTo(Presence.IGNORED);
    assertThat(b.filesBefore(s, 5).presence("/src/README.md")).isEqualTo(Presence.IGNORED);
    assertThat(b.contextSourceOf(0, 5, "/src/cmd/app/main.go")).contains("cmd/app/main.go");
    Stage runtime = b.dockerfile().stages().get(1);
    assertThat(b.filesAfter(runtime).presence("/app")).isEqualTo(Presence.UNKNOWN);
    assertThat(b.filesAfter(runtime).presence("/cmd/app/main.go")).isEqualTo(Presence.PRESENT);
    assertThat(b.filesAfter(runtime).origin("/cmd/app/main.go").get().kind()).isEqualTo(FileOrigin.Kind.STAGE);
    assertThat(b.filesAfter(runtime).presence("/go.mod")).isEqualTo(Presence.ABSENT);
  }

  @Test
  void bindAndCacheMountsExistOnlyDuringTheirRun() {
    DockerBuild b = build(project("""
        FROM golang:1.22
        WORKDIR /src
        RUN --mount=type=bind,target=. --mount=type=cache,target=/go/pkg/mod go build ./...
        RUN --mount=type=bind,source=go.mod,target=go.mod ls
        RUN true
        """));
    Stage s = b.dockerfile().stages().get(0);
    assertThat(b.filesBefore(s, 1).presence("/src/go.mod")).isEqualTo(Presence.PRESENT);
    assertThat(b.filesBefore(s, 1).presence("/go/pkg/mod/cache")).isEqualTo(Presence.UNKNOWN);
    assertThat(b.filesBefore(s, 2).presence("/src/go.mod")).isEqualTo(Presence.PRESENT);
    assertThat(b.filesBefore(s, 2).presence("/src/go.sum")).isEqualTo(Presence.ABSENT);
    assertThat(b.filesBefore(s, 3).presence("/src/go.mod")).isEqualTo(Presence.ABSENT);
  }

  @Test
  void globsDirectoriesHeredocsExcludesAndDerivedStages() {
    DockerBuild b = build(project("""
        FROM golang:1.22 AS base
        WORKDIR /src
        COPY go.* ./
        COPY --exclude=**/*.go cmd /src/cmd
        COPY <<EOF /etc/x.conf
        a=1
        EOF
        FROM base AS test
        COPY internal/ ./internal/
        """));
    Stage base = b.dockerfile().stages().get(0);
    assertThat(b.filesAfter(base).presence("/src/go.sum")).isEqualTo(Presence.PRESENT);
    assertThat(b.filesAfter(base).presence("/src/cmd/app/main.go")).isEqualTo(Presence.ABSENT);
    assertThat(b.filesAfter(base).presence("/etc/x.conf")).isEqualTo(Presence.PRESENT);
    Stage test = b.dockerfile().stages().get(1);
    assertThat(b.filesAfter(test).presence("/src/go.mod")).isEqualTo(Presence.PRESENT);
    assertThat(b.filesAfter(test).presence("/src/internal/x/x.go")).isEqualTo(Presence.IGNORED);
    assertThat(b.copySources()).extracting(CopySource::resolution).containsExactly(
        CopySource.Resolution.FOUND, CopySource.Resolution.FOUND, CopySource.Resolution.FOUND);
    assertThat(b.context().origin()).isEqualTo(BuildContext.Origin.INFERRED);
    assertThat(b.dockerignore().path()).isEqualTo(".dockerignore");
  }
}
