package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GMD407 and GMD420: cgo against the runtime and the builder. */
class CgoRulesTest {
  @TempDir Path dir;

  private static final String HTTP_MAIN = """
      package main

      import "net/http"

      func main() { _ = http.ListenAndServe(":8080", nil) }
      """;

  private static final String MULTI = """
      FROM golang:1.22 AS build
      WORKDIR /src
      COPY . .
      RUN go build -o /out/app .
      FROM %s
      COPY --from=build /out/app /app
      ENTRYPOINT ["/app"]
      """;

  @Test
  void gmd407FiresForNetHttpOnDebianBuilderIntoAlpineScratchAndOlderDebian() {
    for (String rt : new String[] {"alpine:3.20", "scratch", "gcr.io/distroless/static-debian12", "debian:bullseye-slim"}) {
      var f = run(project(dir, MULTI.formatted(rt)).file("main.go", HTTP_MAIN), "GMD407");
      assertThat(lines(f)).as(rt).containsExactly(6);
      assertThat(f.get(0).message()).contains("net/http");
    }
  }

  @Test
  void gmd407QuietLookAlikes() {
    // CGO_ENABLED=0, netgo, static link, std-only program, same libc newer runtime
    assertThat(run(project(dir, MULTI.formatted("alpine:3.20").replace("RUN go build", "RUN CGO_ENABLED=0 go build"))
        .file("main.go", HTTP_MAIN), "GMD407")).isEmpty();
    assertThat(run(project(dir, MULTI.formatted("alpine:3.20").replace("go build", "go build -tags netgo,osusergo"))
        .file("main.go", HTTP_MAIN), "GMD407")).isEmpty();
    assertThat(run(project(dir, MULTI.formatted("scratch").replace("go build",
        "go build -ldflags '-linkmode external -extldflags \"-static\"'")).file("main.go", HTTP_MAIN), "GMD407")).isEmpty();
    assertThat(run(project(dir, MULTI.formatted("alpine:3.20")), "GMD407")).isEmpty();
    assertThat(run(project(dir, MULTI.formatted("debian:trixie")).file("main.go", HTTP_MAIN), "GMD407")).isEmpty();
    // cross-compiled with CC unset: cgo off
    assertThat(run(project(dir, MULTI.formatted("scratch").replace("RUN go build", "RUN GOARCH=arm64 go build"))
        .file("main.go", HTTP_MAIN), "GMD407")).isEmpty();
    // alpine builder without gcc: cgo off (Go >= 1.20)
    assertThat(run(project(dir, MULTI.formatted("scratch").replace("golang:1.22 AS", "golang:1.22-alpine AS"))
        .file("main.go", HTTP_MAIN), "GMD407")).isEmpty();
  }

  @Test
  void gmd407GcompatIsANote() {
    var f = run(project(dir, """
        FROM golang:1.22 AS build
        COPY . .
        RUN go build -o /out/app .
        FROM alpine:3.20
        RUN apk add --no-cache gcompat
        COPY --from=build /out/app /app
        """).file("main.go", HTTP_MAIN), "GMD407");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.NOTE);
  }

  @Test
  void gmd420FiresOnRaceAndExplicitCgoOnAlpine() {
    var f = run(project(dir, """
        FROM golang:1.22-alpine
        WORKDIR /src
        COPY . .
        RUN go test -race ./...
        """), "GMD420");
    assertThat(lines(f)).containsExactly(4);
    var g = run(project(dir, """
        FROM golang:1.22-alpine
        ENV CGO_ENABLED=1
        COPY . .
        RUN go build -o /app .
        """).file("main.go", HTTP_MAIN), "GMD420");
    assertThat(lines(g)).containsExactly(4);
    assertThat(g.get(0).hint()).contains("apk add --no-cache gcc musl-dev");
  }

  @Test
  void gmd420FiresOnCgoOnlyModuleWithCgoOffByDefault() {
    var f = run(project(dir, "FROM golang:1.22-alpine\nCOPY . .\nRUN go build -o /app .\n")
        .file("main.go", "package main\n\nimport _ \"github.com/mattn/go-sqlite3\"\n\nfunc main() {}\n"), "GMD420");
    assertThat(lines(f)).containsExactly(3);
  }

  @Test
  void gmd420QuietLookAlikes() {
    assertThat(run(project(dir, "FROM golang:1.22-alpine\nRUN apk add --no-cache gcc musl-dev\nENV CGO_ENABLED=1\n"
        + "COPY . .\nRUN go test -race ./...\n").file("main.go", HTTP_MAIN), "GMD420")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22\nENV CGO_ENABLED=1\nCOPY . .\nRUN go test -race ./...\n"), "GMD420"))
        .isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22-alpine\nCOPY . .\nRUN CGO_ENABLED=0 go build .\n")
        .file("main.go", HTTP_MAIN), "GMD420")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22-alpine\nENV CGO_ENABLED=1\nCOPY . .\nRUN go build .\n"), "GMD420"))
        .isEmpty();
  }

  @Test
  void gmd407FiresForAHeredocBuildInAnIndexedStageAndAContinuation() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN <<EOF
        go build -o /out/app .
        EOF
        FROM alpine:3.20
        COPY --from=0 /out/app /app
        """).file("main.go", HTTP_MAIN), "GMD407");
    assertThat(lines(f)).containsExactly(8);
    assertThat(f.get(0).message()).contains("net/http").contains("line 5");
    var g = run(project(dir, MULTI.formatted("scratch").replace("RUN go build",
        "RUN echo building && \\\n    # the binary\n    go build")).file("main.go", HTTP_MAIN), "GMD407");
    assertThat(lines(g)).containsExactly(8);
    assertThat(g.get(0).message()).contains("line 6");
  }

  @Test
  void gmd420FiresForAHeredocUnderAnArgTagAndAContinuation() {
    var f = run(project(dir, """
        ARG GO=1.22-alpine
        FROM golang:${GO}
        COPY . .
        RUN <<EOF
        go test -race ./...
        EOF
        """), "GMD420");
    assertThat(lines(f)).containsExactly(5);
    var g = run(project(dir, "FROM golang:1.22-alpine\nCOPY . .\nRUN echo testing && \\\n    # race\n    go test -race ./...\n"),
        "GMD420");
    assertThat(lines(g)).containsExactly(5);
  }
}
