package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.DockerChecker;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;

/** Helpers shared by the Go-aware Dockerfile rule tests. */
final class DockerRuleTesting {
  private DockerRuleTesting() {}

  static final String GO_MOD = """
      module example.com/app

      go 1.22

      require github.com/google/uuid v1.6.0
      """;

  static final String GO_SUM = """
      github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=
      github.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=
      """;

  static final String MAIN = """
      package main

      import "fmt"

      func main() { fmt.Println("hi") }
      """;

  /** A module with go.mod, go.sum and a main package, plus the given Dockerfile. */
  static TestProject project(Path dir, String dockerfile) {
    return TestProject.in(dir)
        .file("go.mod", GO_MOD)
        .file("go.sum", GO_SUM)
        .file("main.go", MAIN)
        .file("Dockerfile", dockerfile);
  }

  static List<Finding> run(TestProject p, String code) {
    return p.run(new DockerChecker(), code);
  }

  static List<Integer> lines(List<Finding> f) {
    return f.stream().map(x -> x.location().line()).toList();
  }
}
