package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossCompilePlatformMismatchTest {
  @TempDir Path dir;

  @Test
  void firesWithoutGoarch() {
    var f = run(project(dir, """
        FROM --platform=$BUILDPLATFORM golang:1.22 AS build
        WORKDIR /src
        COPY . .
        RUN CGO_ENABLED=0 go build -o /out/app .
        FROM gcr.io/distroless/static
        COPY --from=build /out/app /app
        """), "GMD414");
    assertThat(lines(f)).containsExactly(4);
  }

  @Test
  void firesWhenTargetArgIsNotDeclaredInTheStage() {
    var f = run(project(dir, """
        ARG TARGETARCH
        FROM --platform=${BUILDPLATFORM} golang:1.22 AS build
        COPY . .
        RUN GOARCH=$TARGETARCH go build -o /out/app .
        FROM scratch
        COPY --from=build /out/app /app
        """), "GMD414");
    assertThat(lines(f)).containsExactly(4);
    assertThat(f.get(0).message()).contains("without ARG TARGETARCH");
  }

  @Test
  void quietLookAlikes() {
    assertThat(run(project(dir, """
        FROM --platform=$BUILDPLATFORM golang:1.22 AS build
        ARG TARGETOS TARGETARCH
        COPY . .
        RUN --mount=type=cache,target=/go/pkg/mod \\
            GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
        FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx
        FROM --platform=$BUILDPLATFORM golang:1.22 AS build2
        COPY --from=xx / /
        ARG TARGETPLATFORM
        RUN xx-go build -o /out/app2 .
        FROM --platform=$BUILDPLATFORM golang:1.22 AS gen
        RUN go build -o /out/gen ./ && go test ./...
        FROM scratch
        COPY --from=build /out/app /app
        COPY --from=build2 /out/app2 /app2
        """), "GMD414")).isEmpty();
  }

  @Test
  void firesForAHeredocBuildInAnIndexedStageAndOnAContinuation() {
    var f = run(project(dir, """
        FROM --platform=$BUILDPLATFORM golang:1.22
        WORKDIR /src
        COPY . .
        RUN <<EOF
        set -e
        CGO_ENABLED=0 go build -o /out/app .
        EOF
        RUN echo again && \\
            # without GOARCH
            CGO_ENABLED=0 go build -o /out/app2 .
        FROM scratch
        COPY --from=0 /out/app /app
        """), "GMD414");
    assertThat(lines(f)).containsExactly(6, 10);
  }
}
