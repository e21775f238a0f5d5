package dev.gomoddoctor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InlineSuppressionsTest {
  @TempDir Path dir;

  private static Finding at(String path, int line, String code, String name) {
    return new Finding(code, name, Severity.ERROR, "m", "", Location.line(path, line));
  }

  @Test
  void directivesCoverTheirLineTheNextLineOrTheFile() {
    TestProject.in(dir)
        .file("Dockerfile", """
            # gomod-doctor:ignore GMD406 -- pinned by digest in CI
            FROM golang:1.22
            COPY go.mod ./
            RUN go mod download   # gomod-doctor:ignore go-sum-not-copied, GMD404

            RUN go build ./...
            """)
        .file("go.mod", "// gomod-doctor:ignore-file GMD111\nmodule a\n\nreplace x => ../x\n");
    List<Finding> findings = List.of(
        at("Dockerfile", 2, "GMD406", "golang-image-unpinned"),
        at("Dockerfile", 2, "GMD405", "golang-image-too-old"),
        at("Dockerfile", 4, "GMD403", "go-sum-not-copied"),
        at("Dockerfile", 4, "GMD404", "download-layer-not-cached"),
        at("Dockerfile", 6, "GMD404", "download-layer-not-cached"),
        at("go.mod", 4, "GMD111", "local-replace-committed"),
        at("go.mod", 4, "GMD105", "replace-target-missing"),
        at("missing.txt", 1, "GMD105", "replace-target-missing"));
    List<Finding> kept = new InlineSuppressions(dir).filter(findings);
    assertThat(kept).extracting(f -> f.location().path() + ":" + f.location().line() + ":" + f.ruleId())
        .containsExactly("Dockerfile:2:GMD405", "Dockerfile:6:GMD404", "go.mod:4:GMD105", "missing.txt:1:GMD105");
  }

  @Test
  void aMentionOutsideACommentSuppressesNothing() {
    TestProject.in(dir).file("Dockerfile", "RUN echo gomod-doctor:ignore GMD403\n");
    List<Finding> f = List.of(at("Dockerfile", 1, "GMD403", "go-sum-not-copied"));
    assertThat(new InlineSuppressions(dir).filter(f)).hasSize(1);
  }
}
