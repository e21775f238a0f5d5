package dev.gomoddoctor.docker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.docker.DockerChecker;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyOfMissingFileTest {
  @TempDir
  Path dir;

  private TestProject module() {
    return TestProject.in(dir).file("go.mod", "module example.com/app\n\ngo 1.22\n").file("main.go", "package main\n");
  }

  @Test
  void firesForGoSumOfAModuleWithoutDependenciesWithItsHint() {
    List<Finding> f = module().file("Dockerfile", """
        FROM golang:1.22 AS build
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN go mod download
        """).run(new DockerChecker(), "GMD418");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).location().line()).isEqualTo(3);
    assertThat(f.get(0).message()).contains("COPY source \"go.sum\" does not exist").contains("stage build");
    assertThat(f.get(0).hint()).contains("COPY go.* ./");
  }

  @Test
  void firesForTheDockerInitBindMountOfGoSum() {
    List<Finding> f = module().file("Dockerfile", """
        FROM golang:1.22
        WORKDIR /src
        RUN --mount=type=cache,target=/go/pkg/mod \\
            --mount=type=bind,source=go.sum,target=go.sum \\
            --mount=type=bind,source=go.mod,target=go.mod \\
            go mod download -x
        """).run(new DockerChecker(), "GMD418");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("RUN --mount=type=bind source \"go.sum\"");
    assertThat(f.get(0).hint()).contains("drop this bind mount");
  }

  @Test
  void firesForArgExpandedSourcesInAnIndexedStage() {
    List<Finding> f = module().file("Dockerfile", """
        FROM golang:1.22
        ARG APP=server
        COPY cmd/${APP} /src/
        """).run(new DockerChecker(), "GMD418");
    assertThat(f).singleElement().extracting(Finding::message).asString()
        .contains("\"cmd/${APP}\" (\"cmd/server\")").contains("stage 0");
  }

  @Test
  void quietForPresentSourcesWildcardsOtherStagesAndUnknownVariables() {
    assertThat(module().file("go.sum", "").file("Dockerfile", """
        FROM golang:1.22 AS build
        WORKDIR /src
        COPY go.* ./
        COPY --from=tools /bin/tool /bin/
        COPY --from=golang:1.22 /usr/local/go /usr/local/go
        COPY . .
        COPY ./main.go /src/main.go
        COPY ${UNKNOWN}/x /x
        RUN --mount=type=bind,source=go.sum,target=go.sum --mount=type=bind,from=build,source=/src,target=/t true
        FROM scratch
        COPY --from=build /src/app /app
        """).run(new DockerChecker(), "GMD418")).isEmpty();
  }

  @Test
  void usesTheContextTheConfigDeclares() {
    TestProject p = TestProject.in(dir)
        .file("go.mod", "module example.com/app\n\ngo 1.22\n")
        .file("build/docker/Dockerfile", "FROM golang:1.22\nCOPY go.mod ./\n")
        .config(new Config(Map.of(), List.of(), List.of(), Optional.empty(),
            List.of(new Config.DockerTarget("build/docker/Dockerfile", "build")), 1024, 5000, Optional.empty()));
    List<Finding> f = p.run(new DockerChecker(), "GMD418");
    assertThat(f).singleElement().extracting(Finding::message).asString()
        .contains("build context \"build\" (from .gomod-doctor.yaml)");
  }

  @Test
  void infersTheNearestDirectoryWhereTheSourcesExist() {
    assertThat(TestProject.in(dir)
        .file("go.mod", "module example.com/app\n\ngo 1.22\n")
        .file("go.sum", "")
        .file("deploy/docker/Dockerfile", "FROM golang:1.22\nCOPY go.mod go.sum ./\nCOPY deploy/docker/entry.sh /\n")
        .file("deploy/docker/entry.sh", "#!/bin/sh\n")
        .run(new DockerChecker(), "GMD418")).isEmpty();
  }

  @Test
  void usesComposeAndWorkflowContexts() {
    TestProject p = TestProject.in(dir)
        .file("go.mod", "module example.com/app\n\ngo 1.22\n")
        .file("svc/go.mod", "module example.com/svc\n\ngo 1.22\n")
        .file("svc/Dockerfile", "FROM golang:1.22\nCOPY svc/go.mod ./\n")
        .file("compose.yaml", "services:\n  svc:\n    build:\n      context: svc\n      dockerfile: Dockerfile\n")
        .file("tools/Dockerfile", "FROM golang:1.22\nCOPY go.mod ./\n")
        .file(".github/workflows/ci.yml", """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      docker buildx build --platform linux/amd64 \\
                        -f tools/Dockerfile -t x tools
            """);
    List<Finding> f = p.run(new DockerChecker(), "GMD418");
    assertThat(f).extracting(Finding::message).anyMatch(m -> m.contains("\"svc/go.mod\"") && m.contains("compose.yaml"))
        .anyMatch(m -> m.contains("\"go.mod\"") && m.contains(".github/workflows/ci.yml"));
  }

  @Test
  void quietForBuildOutputsThatGitIgnoresOrThatArePerPlatform() {
    // goreleaser / promu / make-docker layouts: the binaries exist only after the project's build
    assertThat(module().file(".gitignore", "/bin/\ndist/\n").file("Dockerfile", """
        FROM alpine:3.20
        ARG TARGETPLATFORM
        ARG ARCH="amd64"
        ARG OS="linux"
        COPY bin/app /usr/local/bin/app
        COPY dist/$TARGETPLATFORM/app /app
        COPY .build/${OS}-${ARCH}/app /bin/app
        COPY app-linux-${TARGETARCH} /bin/app2
        RUN --mount=type=bind,source=dist/app.tar,target=/tmp/app.tar tar -xf /tmp/app.tar
        """).run(new DockerChecker(), "GMD418")).isEmpty();
  }

  @Test
  void firesForAbsentFilesThatAreNeitherGitIgnoredNorPerPlatform() {
    List<Finding> f = module().file(".gitignore", "/bin/\n").file("Dockerfile", """
        FROM alpine:3.20
        ARG FLAVOR=full
        COPY bin/app /usr/local/bin/app
        COPY scripts/entrypoint.sh /entrypoint.sh
        COPY config-${FLAVOR}.yaml /etc/app.yaml
        """).run(new DockerChecker(), "GMD418");
    assertThat(f).extracting(x -> x.location().line()).containsExactly(4, 5);
  }

  @Test
  void infersTheScanRootWhenASourceNamesTheDockerfilesOwnDirectory() {
    // loki's clients/cmd/fluent-bit/Dockerfile is built from the repository root
    List<Finding> f = TestProject.in(dir)
        .file("go.mod", "module example.com/app\n\ngo 1.22\n")
        .file("clients/cmd/fluent-bit/Dockerfile", """
            FROM golang:1.22
            COPY . /src
            COPY clients/cmd/fluent-bit/fluent-bit.conf /etc/fluent-bit.conf
            """)
        .run(new DockerChecker(), "GMD418");
    assertThat(f).singleElement().extracting(Finding::message).asString()
        .contains("build context \".\" (inferred)");
  }

  @Test
  void quietForTheArtifactsGoreleaserPutsInItsContextButNotForOtherDockerfiles() {
    List<Finding> f = module()
        .file(".goreleaser.yaml", """
            version: 2
            dockers:
              - image_templates: ["example/app:{{ .Version }}"]
                dockerfile: build/release.Dockerfile
                extra_files: [LICENSE]
            """)
        .file("build/release.Dockerfile", "FROM alpine:3.20\nCOPY app /usr/bin/app\nCOPY LICENSE /\n")
        .file("Dockerfile.dev", "FROM alpine:3.20\nCOPY app /usr/bin/app\n")
        .file("LICENSE", "MIT\n")
        .run(new DockerChecker(), "GMD418");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.location().path()).isEqualTo("Dockerfile.dev"));
  }
}
