package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.testing.TestProject;
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

  // --- what the stage really has when the go command runs (build-context model) ---

  private int fresh;

  /** A new directory per project: files written by one case must not leak into the next. */
  private Path fresh() {
    return dir.resolve("p" + fresh++);
  }

  @Test
  void firesWhenSourceArrivesWithGoModInANamedCopy() {
    // not `COPY . .`, but the .go files come in before the download all the same
    var f = run(project(fresh(), """
        FROM golang:1.22
        WORKDIR /src
        COPY go.mod go.sum main.go ./
        RUN go mod download
        RUN go build -o /app .
        """), "GMD404");
    assertThat(lines(f)).containsExactly(3);
    assertThat(f.get(0).message()).contains("the module's source (/src/main.go)").contains("`go mod download` (line 4)");
    var g = run(TestProject.in(fresh())
        .file("app/go.mod", DockerRuleTesting.GO_MOD).file("app/go.sum", DockerRuleTesting.GO_SUM)
        .file("app/main.go", DockerRuleTesting.MAIN)
        .file("Dockerfile", "FROM golang:1.22\nWORKDIR /src\nCOPY app/ ./\nRUN go build -o /app .\n"), "GMD404");
    assertThat(lines(g)).containsExactly(3);
  }

  @Test
  void firesWhenDockerignoreDropsVendor() {
    // vendor/ is in the tree but not in the context: the stage is not in vendor mode and downloads
    var p = project(fresh(), "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n")
        .file("vendor/modules.txt", "# github.com/google/uuid v1.6.0\n## explicit\ngithub.com/google/uuid\n")
        .file(".dockerignore", "vendor/\n");
    assertThat(lines(run(p, "GMD404"))).containsExactly(3);
  }

  @Test
  void firesWhenAStageBuiltOnTheDownloadDoesNotMountTheCache() {
    var f = run(project(fresh(), """
        FROM golang:1.22 AS deps
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN --mount=type=cache,target=/go/pkg/mod go mod download

        FROM deps AS build
        COPY . .
        RUN go build -o /app .
        """), "GMD404");
    assertThat(lines(f)).containsExactly(8);
    assertThat(f.get(0).message()).contains("stage 'build'");
    assertThat(f.get(0).hint()).contains("--mount=type=cache,target=/go/pkg/mod go build -o /app .");
    // go test loads the same packages
    var g = run(project(fresh(), """
        FROM golang:1.22
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN --mount=type=cache,target=/go/pkg/mod go mod download
        COPY . .
        RUN go test ./...
        """), "GMD404");
    assertThat(lines(g)).containsExactly(6);
  }

  @Test
  void quietWhenTheStageHasWhatTheBuildNeeds() {
    // the stage built on the download stage mounts the same cache
    assertThat(run(project(fresh(), """
        FROM golang:1.22 AS deps
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN --mount=type=cache,target=/go/pkg/mod go mod download

        FROM deps AS build
        COPY . .
        RUN --mount=type=cache,target=/go/pkg/mod go build -o /app .
        """), "GMD404")).isEmpty();
    // vendor/ copied into the stage: vendor mode, nothing downloaded
    assertThat(run(project(fresh(), "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n")
        .file("vendor/modules.txt", "# github.com/google/uuid v1.6.0\n## explicit\ngithub.com/google/uuid\n"),
        "GMD404")).isEmpty();
    // the module the stage builds (tools/) requires nothing, whatever the root go.mod requires
    assertThat(run(project(fresh(), "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN cd tools && go build -o /t .\n")
        .file("tools/go.mod", "module example.com/tools\n\ngo 1.22\n")
        .file("tools/main.go", DockerRuleTesting.MAIN), "GMD404")).isEmpty();
    // only go.mod and go.sum before the download, sources after
    assertThat(run(project(fresh(), """
        FROM golang:1.22
        WORKDIR /src
        COPY go.* ./
        RUN go mod download
        COPY *.go ./
        RUN go build -o /app .
        """), "GMD404")).isEmpty();
  }

  @Test
  void firesForADownloadInAHeredocOfAnIndexedStage() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN <<EOF
        go mod download
        go build -o /app .
        EOF
        FROM scratch
        COPY --from=0 /app /app
        """), "GMD404");
    assertThat(lines(f)).containsExactly(3);
    assertThat(f.get(0).message()).contains("(line 5)");
  }

  @Test
  void firesForADownloadOnAContinuationWithACommentLine() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN echo fetching && \\
            # modules first
            go mod download
        """), "GMD404");
    assertThat(lines(f)).containsExactly(3);
    assertThat(f.get(0).message()).contains("(line 6)");
  }
}
