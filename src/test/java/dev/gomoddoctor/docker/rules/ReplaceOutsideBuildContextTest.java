package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaceOutsideBuildContextTest {
  @TempDir Path dir;

  private static final String DOCKERFILE = """
      FROM golang:1.22
      WORKDIR /src
      COPY . .
      RUN go build -o /app .
      """;

  private TestProject module(String root, String replaceTarget) {
    String prefix = root.isEmpty() ? "" : root + "/";
    return TestProject.in(dir)
        .file(prefix + "go.mod", "module example.com/app\n\ngo 1.22\n\nrequire example.com/lib v0.0.0\n\n"
            + "replace example.com/lib => " + replaceTarget + "\n")
        .file(prefix + "main.go", "package main\n\nimport _ \"example.com/lib\"\n\nfunc main() {}\n")
        .file(prefix + "Dockerfile", DOCKERFILE);
  }

  private static Config withContext(String dockerfile, String context) {
    return new Config(Map.of(), List.of(), List.of(), Optional.empty(),
        List.of(new Config.DockerTarget(dockerfile, context)), 1024, 5000, Optional.empty());
  }

  @Test
  void firesWhenTheReplaceLeavesTheScannedTree() {
    var f = run(module("", "../lib"), "GMD412");
    assertThat(lines(f)).containsExactly(4);
    assertThat(f.get(0).message()).contains("../lib").contains("outside the build context");
  }

  @Test
  void firesWhenTheDeclaredContextDoesNotHoldTheTarget() {
    var p = module("app", "../lib").file("lib/go.mod", "module example.com/lib\n")
        .config(withContext("app/Dockerfile", "app"));
    assertThat(lines(run(p, "GMD412"))).containsExactly(4);
  }

  @Test
  void quietWhenTheDeclaredContextHoldsTheTarget() {
    var p = module("app", "../lib").file("lib/go.mod", "module example.com/lib\n")
        .config(withContext("app/Dockerfile", "."));
    assertThat(run(p, "GMD412")).isEmpty();
  }

  @Test
  void quietLookAlikes() {
    assertThat(run(module("", "./lib").file("lib/go.mod", "module example.com/lib\n"), "GMD412")).isEmpty();
    assertThat(run(module("", "/opt/lib"), "GMD412")).isEmpty();
    // inferred context inside the tree: the real context may be the parent
    assertThat(run(module("app", "../lib").file("lib/go.mod", "module example.com/lib\n"), "GMD412")).isEmpty();
  }

  @Test
  void quietInVendorMode() {
    var p = module("", "../lib").file("vendor/modules.txt", "# example.com/lib v0.0.0 => ../lib\n## explicit\nexample.com/lib\n");
    assertThat(run(p, "GMD412")).isEmpty();
  }
}
