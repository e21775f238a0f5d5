package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.MAIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GolangImageTooOldTest {
  @TempDir Path dir;

  private static final String MOD = "module example.com/app\n\ngo 1.23.0\n\ntoolchain go1.23.4\n";

  @Test
  void firesOnOlderImageThroughArg() {
    var f = run(project(dir, """
        ARG GO_VERSION=1.22.5
        FROM golang:${GO_VERSION}-alpine AS build
        WORKDIR /src
        COPY . .
        RUN go build -o /app .
        """).file("go.mod", MOD), "GMD405");
    assertThat(lines(f)).containsExactly(2);
    assertThat(f.get(0).message()).contains("go.mod requires go >= 1.23.0 (running go 1.22.5; GOTOOLCHAIN=local)");
    assertThat(f.get(0).hint()).contains("golang:1.23-alpine");
  }

  @Test
  void floatingMinorOlderThanGoLineFires() {
    var f = run(project(dir, "FROM golang:1.22\nCOPY . .\nRUN go build .\n").file("go.mod", MOD), "GMD405");
    assertThat(lines(f)).containsExactly(1);
  }

  @Test
  void preGo121ImageWarnsOrFails() {
    var f = run(project(dir, "FROM golang:1.20.3\nCOPY . .\nRUN go build .\n")
        .file("go.mod", "module example.com/app\n\ngo 1.21\n"), "GMD405");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    var g = run(project(dir, "FROM golang:1.20\nCOPY . .\nRUN go build .\n")
        .file("go.mod", "module example.com/app\n\ngo 1.21.0\n"), "GMD405");
    assertThat(g.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void toolchainAutoIsANote() {
    var f = run(project(dir, "FROM golang:1.22\nENV GOTOOLCHAIN=auto\nCOPY . .\nRUN go build .\n").file("go.mod", MOD),
        "GMD405");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.NOTE);
  }

  @Test
  void floatingSameMinorIsANote() {
    var f = run(project(dir, "FROM golang:1.23\nCOPY . .\nRUN go build .\n")
        .file("go.mod", "module example.com/app\n\ngo 1.23.4\n"), "GMD405");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.NOTE);
    // go 1.23.0 is satisfied by every 1.23.x
    assertThat(run(project(dir, "FROM golang:1.23\nCOPY . .\nRUN go build .\n").file("go.mod", MOD), "GMD405")).isEmpty();
  }

  @Test
  void quietLookAlikes() {
    assertThat(run(project(dir, "FROM golang:1.23.4\nCOPY . .\nRUN go build .\n").file("go.mod", MOD), "GMD405")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.24-alpine\nCOPY . .\nRUN go build .\n").file("go.mod", MOD), "GMD405")).isEmpty();
    assertThat(run(project(dir, "ARG V\nFROM golang:${V}\nCOPY . .\nRUN go build .\n").file("go.mod", MOD), "GMD405")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22\nRUN go install golang.org/x/tools/cmd/stringer@v0.1.0\n")
        .file("go.mod", MOD), "GMD405")).isEmpty();
    // go 1.22.0 + toolchain go1.23.4 on golang:1.22 is fine
    assertThat(run(project(dir, "FROM golang:1.22\nCOPY . .\nRUN go build .\n")
        .file("go.mod", "module example.com/app\n\ngo 1.22.0\n\ntoolchain go1.23.4\n"), "GMD405")).isEmpty();
  }

  // --- the go line the stage really checks (build-context model), go.work, vendored modules ---

  private static final String VENDORED_MOD = "module example.com/app\n\ngo 1.20\n\nrequire example.com/dep v1.0.0\n";
  private static final String MODULES_TXT = "# example.com/dep v1.0.0\n## explicit; go 1.23\nexample.com/dep\n";

  private int fresh;

  /** A new directory per project: files written by one case must not leak into the next. */
  private Path fresh() {
    return dir.resolve("p" + fresh++);
  }

  private TestProject vendored(String dockerfile) {
    return project(fresh(), dockerfile).file("go.mod", VENDORED_MOD).file("go.sum", "")
        .file("vendor/modules.txt", MODULES_TXT).file("vendor/example.com/dep/dep.go", "package dep\n");
  }

  @Test
  void firesWhenAVendoredModuleNeedsANewerGo() {
    var f = run(vendored("FROM golang:1.22.5 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n"), "GMD405");
    assertThat(lines(f)).containsExactly(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).message())
        .contains("vendor/modules.txt:1")
        .contains("go: example.com/dep in vendor/modules.txt requires go >= 1.23 (running go 1.22.5; GOTOOLCHAIN=local)");
    assertThat(f.get(0).hint()).contains("FROM golang:1.23 AS build");
    // -mod=vendor in GOFLAGS with a go line below 1.14 is vendor mode too
    var g = run(vendored("FROM golang:1.22\nENV GOFLAGS=-mod=vendor\nCOPY . .\nRUN go build .\n")
        .file("go.mod", "module example.com/app\n\ngo 1.13\n\nrequire example.com/dep v1.0.0\n"), "GMD405");
    assertThat(lines(g)).containsExactly(1);
  }

  @Test
  void quietWhenTheVendoredGoLineIsNotRead() {
    // not vendor mode: -mod=mod, vendor/ kept out of the context, a command that does not load packages
    assertThat(run(vendored("FROM golang:1.22.5\nCOPY . .\nRUN go build -mod=mod .\n"), "GMD405")).isEmpty();
    assertThat(run(vendored("FROM golang:1.22.5\nCOPY . .\nRUN go build .\n").file(".dockerignore", "vendor/\n"),
        "GMD405")).isEmpty();
    assertThat(run(vendored("FROM golang:1.22.5\nCOPY . .\nRUN go mod download\n"), "GMD405")).isEmpty();
    // a floating tag gets the newest patch; Go before 1.21 does not check the annotation
    assertThat(run(vendored("FROM golang:1.23\nCOPY . .\nRUN go build .\n"), "GMD405")).isEmpty();
    assertThat(run(vendored("FROM golang:1.20.14\nCOPY . .\nRUN go build .\n"), "GMD405")).isEmpty();
    // GOTOOLCHAIN=auto: a note at most, here nothing
    assertThat(run(vendored("FROM golang:1.22.5\nENV GOTOOLCHAIN=auto\nCOPY . .\nRUN go build .\n"), "GMD405"))
        .isEmpty();
  }

  private TestProject workspace(String dockerfile, String workGo) {
    return TestProject.in(fresh())
        .file("go.work", "go " + workGo + "\n\nuse ./app\n")
        .file("app/go.mod", "module example.com/app\n\ngo 1.22\n")
        .file("app/main.go", MAIN)
        .file("Dockerfile", dockerfile);
  }

  @Test
  void firesOnTheGoWorkGoLineInWorkspaceMode() {
    var f = run(workspace("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app ./app\n", "1.23.1"),
        "GMD405");
    assertThat(lines(f)).containsExactly(1);
    assertThat(f.get(0).message()).contains("in go.work").contains("`go: go.work requires go >= 1.23.1");
  }

  @Test
  void quietWhenGoWorkIsNotUsedInTheStage() {
    String copyAll = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app ./app\n";
    assertThat(run(workspace(copyAll.replace("WORKDIR", "ENV GOWORK=off\nWORKDIR"), "1.23.1"), "GMD405")).isEmpty();
    assertThat(run(workspace(copyAll, "1.23.1").file(".dockerignore", "go.work\ngo.work.sum\n"), "GMD405")).isEmpty();
    assertThat(run(workspace("FROM golang:1.22\nWORKDIR /src\nCOPY app/ ./\nRUN go build -o /out/app .\n", "1.23.1"),
        "GMD405")).isEmpty();
    assertThat(run(workspace(copyAll, "1.22"), "GMD405")).isEmpty();
  }

  @Test
  void usesTheGoModTheStageCopiesNotTheOneBesideTheDockerfile() {
    // the root module is old enough, but the stage builds services/api, whose go line is newer
    var p = project(fresh(), "FROM golang:1.22\nWORKDIR /src\nCOPY services/api/ ./\nRUN go build -o /app .\n")
        .file("go.mod", "module example.com/root\n\ngo 1.21\n")
        .file("services/api/go.mod", "module example.com/api\n\ngo 1.23.0\n")
        .file("services/api/main.go", MAIN);
    var f = run(p, "GMD405");
    assertThat(lines(f)).containsExactly(1);
    assertThat(f.get(0).message()).contains("services/api/go.mod").contains("go.mod requires go >= 1.23.0");
    // and the other way round: the Dockerfile's own module is new, the copied one is not
    var q = project(fresh(), "FROM golang:1.22\nWORKDIR /src\nCOPY tools/ ./\nRUN go build -o /tool .\n")
        .file("go.mod", MOD)
        .file("tools/go.mod", "module example.com/tools\n\ngo 1.21\n")
        .file("tools/main.go", MAIN);
    assertThat(run(q, "GMD405")).isEmpty();
  }
}
