package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostAndStageEnvDivergeTest {
  @TempDir Path dir;

  private static final String MOD = """
      module example.com/app

      go 1.22

      require git.corp.example.com/team/lib v1.2.0
      """;

  @Test
  void firesWhenHostHasGoprivateAndStageDoesNot() {
    var f = run(project(dir, "FROM golang:1.22\nCOPY . .\nRUN go mod download\n").file("go.mod", MOD)
        .env("GOPRIVATE", "git.corp.example.com").env("HOME", dir.toString()), "GMD423");
    assertThat(lines(f)).containsExactly(3);
    assertThat(f.get(0).message()).contains("GOPRIVATE=git.corp.example.com");
  }

  @Test
  void quietLookAlikes() {
    assertThat(run(project(dir, "FROM golang:1.22\nARG GOPRIVATE=git.corp.example.com\nCOPY . .\nRUN go mod download\n")
        .file("go.mod", MOD).env("GOPRIVATE", "git.corp.example.com").env("HOME", dir.toString()), "GMD423")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22\nCOPY . .\nRUN go mod download\n")
        .env("GOPRIVATE", "git.corp.example.com").env("HOME", dir.toString()), "GMD423")).isEmpty();
    assertThat(run(project(dir, "FROM golang:1.22\nCOPY . .\nRUN go build -mod=vendor .\n").file("go.mod", MOD)
        .env("GOPRIVATE", "git.corp.example.com").env("HOME", dir.toString()), "GMD423")).isEmpty();
  }

  @Test
  void firesForADownloadInAHeredocAndOnAContinuation() {
    // one finding per stage: the first go command that reaches the module
    for (String run : new String[] {"RUN <<EOF\nset -e\ngo mod download\nEOF\n",
        "RUN echo x && \\\n    # fetch\n    go mod download\n"}) {
      var f = run(project(dir, "FROM golang:1.22\nCOPY . .\n" + run).file("go.mod", MOD)
          .env("GOPRIVATE", "git.corp.example.com").env("HOME", dir.toString()), "GMD423");
      assertThat(lines(f)).as(run).containsExactly(5);
      assertThat(f.get(0).message()).contains("GOPRIVATE=git.corp.example.com");
    }
  }
}
