package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolchainInFinalImageTest {
  @TempDir Path dir;

  @Test
  void firesOnSingleStageGolangImage() {
    var f = run(project(dir, """
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN go build -o /app .
        CMD ["/app"]
        """), "GMD417");
    assertThat(lines(f)).containsExactly(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.NOTE);
  }

  @Test
  void quietOnMultiStageAndDevImages() {
    assertThat(run(project(dir, """
        FROM golang:1.22 AS build
        RUN go build -o /app .
        FROM gcr.io/distroless/static
        COPY --from=build /app /app
        """), "GMD417")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22 AS dev\nRUN go build .\n"), "GMD417")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22\nCOPY . .\nCMD [\"go\", \"test\", \"./...\"]\n"), "GMD417")).isEmpty();
  }

  @Test
  void firesWhenTheBuildIsInAHeredocOrAContinuationUnderAnArgTag() {
    var f = run(project(dir, """
        ARG GO=1.22
        FROM golang:${GO}
        WORKDIR /src
        COPY . .
        RUN <<EOF
        go build -o /app .
        EOF
        CMD ["/app"]
        """), "GMD417");
    assertThat(lines(f)).containsExactly(2);
    assertThat(f.get(0).message()).contains("the shipped image is golang:1.22");
    var g = run(project(dir, "FROM golang:1.22\nCOPY . .\nRUN echo x && \\\n    # build\n    go build -o /app .\n"),
        "GMD417");
    assertThat(lines(g)).containsExactly(1);
  }
}
