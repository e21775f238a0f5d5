package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoWorkInStageIncompleteTest {
  @TempDir Path dir;

  private TestProject monorepo(String dockerfile, String workGo, String libGo) {
    return TestProject.in(dir)
        .file("go.work", "go " + workGo + "\n\nuse (\n\t./app\n\t./lib\n)\n")
        .file("app/go.mod", "module example.com/app\n\ngo 1.22\n")
        .file("app/main.go", "package main\n\nfunc main() {}\n")
        .file("lib/go.mod", "module example.com/lib\n\ngo " + libGo + "\n")
        .file("lib/lib.go", "package lib\n")
        .file("Dockerfile", dockerfile);
  }

  @Test
  void firesWhenAUsedModuleIsLeftOut() {
    var f = run(monorepo("""
        FROM golang:1.23
        WORKDIR /src
        COPY go.work ./
        COPY app/ ./app/
        RUN cd app && go build -o /out/app .
        """, "1.22", "1.22"), "GMD421");
    assertThat(lines(f)).containsExactly(5);
    assertThat(f.get(0).message()).contains("./lib").contains("cannot load module");
  }

  @Test
  void firesWhenAUsedModuleIsNewerThanGoWork() {
    var f = run(monorepo("""
        FROM golang:1.23
        WORKDIR /src
        COPY go.work ./
        COPY app/ ./app/
        COPY lib/ ./lib/
        RUN cd app && go build -o /out/app .
        """, "1.22", "1.23"), "GMD421");
    assertThat(lines(f)).containsExactly(6);
    assertThat(f.get(0).message()).contains("./lib").contains("requires go >= 1.23").contains("go.work lists go 1.22");
  }

  @Test
  void quietLookAlikes() {
    // GOWORK=off, go.work not copied, everything present, pkg@version
    assertThat(run(monorepo("""
        FROM golang:1.23
        ENV GOWORK=off
        WORKDIR /src
        COPY go.work ./
        COPY app/ ./app/
        RUN cd app && go build -o /out/app .
        """, "1.22", "1.22"), "GMD421")).isEmpty();
    assertThat(run(monorepo("""
        FROM golang:1.23
        WORKDIR /src
        COPY go.work ./
        COPY app/ ./app/
        RUN cd app && GOWORK=off go build -o /out/app .
        RUN go install golang.org/x/tools/cmd/stringer@v0.20.0
        """, "1.22", "1.22"), "GMD421")).isEmpty();
    assertThat(run(monorepo("""
        FROM golang:1.23
        WORKDIR /src/app
        COPY app/ ./
        RUN go build -o /out/app .
        """, "1.22", "1.22"), "GMD421")).isEmpty();
    assertThat(run(monorepo("""
        FROM golang:1.23
        WORKDIR /src
        COPY . .
        RUN cd app && go build -o /out/app .
        """, "1.22", "1.22"), "GMD421")).isEmpty();
  }

  @Test
  void quietWhenDockerignoreDropsGoWork() {
    var p = monorepo("""
        FROM golang:1.23
        WORKDIR /src
        COPY . .
        RUN cd app && go build -o /out/app .
        """, "1.22", "1.22").file(".dockerignore", "go.work\nlib/\n");
    assertThat(run(p, "GMD421")).isEmpty();
  }

  @Test
  void firesForAGoCommandInAHeredocAfterACdInAnIndexedStage() {
    var f = run(monorepo("""
        FROM golang:1.23
        WORKDIR /src
        COPY go.work ./
        COPY app/ ./app/
        RUN <<EOF
        cd app
        go build -o /out/app .
        EOF
        FROM scratch
        COPY --from=0 /out/app /app
        """, "1.22", "1.22"), "GMD421");
    assertThat(lines(f)).containsExactly(7);
    assertThat(f.get(0).message()).contains("./lib");
  }

  @Test
  void firesOnAContinuationWithACommentLine() {
    var f = run(monorepo("""
        FROM golang:1.23
        WORKDIR /src
        COPY go.work ./
        COPY app/ ./app/
        RUN cd app && \\
            # build the app
            go build -o /out/app .
        """, "1.22", "1.22"), "GMD421");
    assertThat(lines(f)).containsExactly(7);
    assertThat(f.get(0).message()).contains("./lib");
  }
}
