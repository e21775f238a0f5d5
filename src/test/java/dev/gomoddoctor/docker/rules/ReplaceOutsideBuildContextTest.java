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

  // --- go.work in the stage: its `use` directories and filesystem replaces ---

  private int fresh;

  /** A new directory per project: files written by one case must not leak into the next. */
  private Path fresh() {
    return dir.resolve("p" + fresh++);
  }

  private static final String COPY_ALL = """
      FROM golang:1.22
      WORKDIR /src
      COPY . .
      RUN cd app && go build -o /out/app .
      """;

  /** go.work at the root using ./app and whatever else is given. */
  private TestProject workspace(String dockerfile, String workBody) {
    return TestProject.in(fresh())
        .file("go.work", "go 1.22\n\n" + workBody)
        .file("app/go.mod", "module example.com/app\n\ngo 1.22\n")
        .file("app/main.go", "package main\n\nfunc main() {}\n")
        .file("Dockerfile", dockerfile);
  }

  @Test
  void firesWhenGoWorkUsesADirectoryOutsideTheContext() {
    var f = run(workspace(COPY_ALL, "use (\n\t./app\n\t../shared\n)\n"), "GMD412");
    assertThat(lines(f)).containsExactly(4);
    assertThat(f.get(0).message())
        .contains("workspace mode (/src/go.work, copied from go.work)")
        .contains("go.work:5 `use ../shared`")
        .contains("outside the build context")
        .contains("cannot load module ../shared listed in go.work file");
    assertThat(f.get(0).hint()).contains("ENV GOWORK=off").contains("before line 4").contains(".dockerignore");
    assertThat(run(workspace(COPY_ALL, "use (\n\t./app\n\t../shared\n)\n"), "GMD421")).isEmpty();
  }

  @Test
  void firesWhenTheDeclaredContextDoesNotHoldAUsedModule() {
    var p = TestProject.in(fresh())
        .file("svc/go.work", "go 1.22\n\nuse .\nuse ../lib\n")
        .file("svc/go.mod", "module example.com/svc\n\ngo 1.22\n")
        .file("svc/main.go", "package main\n\nfunc main() {}\n")
        .file("lib/go.mod", "module example.com/lib\n\ngo 1.22\n")
        .file("svc/Dockerfile", "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/svc .\n")
        .config(withContext("svc/Dockerfile", "svc"));
    var f = run(p, "GMD412");
    assertThat(lines(f)).containsExactly(4);
    assertThat(f.get(0).message()).contains("svc/go.work:4 `use ../lib`");
    // reported once: GMD421 leaves a use target outside the context to this rule
    assertThat(run(p, "GMD421")).isEmpty();
    // the same tree with the context inferred: the real context may be the parent, so quiet
    assertThat(run(TestProject.in(p.root()).config(Config.defaults()), "GMD412")).isEmpty();
  }

  @Test
  void firesWhenAGoWorkReplaceLeavesTheContext() {
    var f = run(workspace(COPY_ALL, "use ./app\n\nreplace example.com/lib => ../lib\n"), "GMD412");
    assertThat(lines(f)).containsExactly(4);
    assertThat(f.get(0).message()).contains("go.work:5 replaces example.com/lib with the directory ../lib")
        .contains("replacement directory ../lib does not exist");
  }

  @Test
  void quietWhenGoWorkIsNotUsedInTheStage() {
    String uses = "use (\n\t./app\n\t../shared\n)\n";
    // GOWORK=off in the stage or inline
    assertThat(run(workspace(COPY_ALL.replace("WORKDIR", "ENV GOWORK=off\nWORKDIR"), uses), "GMD412")).isEmpty();
    assertThat(run(workspace(COPY_ALL.replace("go build", "GOWORK=off go build"), uses), "GMD412")).isEmpty();
    // go.work excluded by .dockerignore, or never copied
    assertThat(run(workspace(COPY_ALL, uses).file(".dockerignore", "go.work\ngo.work.sum\n"), "GMD412")).isEmpty();
    assertThat(run(workspace("FROM golang:1.22\nWORKDIR /src\nCOPY app/ ./\nRUN go build -o /out/app .\n", uses),
        "GMD412")).isEmpty();
    // go install pkg@version ignores the workspace
    assertThat(run(workspace("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go install golang.org/x/tools/cmd/stringer@v0.20.0\n",
        uses), "GMD412")).isEmpty();
  }

  @Test
  void quietGoWorkLookAlikes() {
    // every use target inside the context
    assertThat(run(workspace(COPY_ALL, "use ./app\n"), "GMD412")).isEmpty();
    // an absolute use path: a COPY may create it in the image
    assertThat(run(workspace(COPY_ALL, "use ./app\nuse /opt/shared\n"), "GMD412")).isEmpty();
    // workspace vendor mode never reads go.work's replacement directories
    assertThat(run(workspace(COPY_ALL, "use ./app\n\nreplace example.com/lib => ../lib\n")
        .file("vendor/modules.txt", "## workspace\n# example.com/lib v0.0.0 => ../lib\nexample.com/lib\n"), "GMD412"))
        .isEmpty();
    // a named context brings it in
    var named = workspace("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nCOPY --from=shared . /shared\n"
        + "RUN cd app && go build -o /out/app .\n", "use ./app\nuse ../shared\n");
    named.file("compose.yaml", """
        services:
          app:
            build:
              context: .
              additional_contexts:
                shared: ../shared
        """);
    assertThat(run(named, "GMD412")).isEmpty();
  }

  @Test
  void firesForAHeredocBuildAndAContinuationWithACommentLine() {
    var f = run(module("", "../lib").file("Dockerfile", """
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN <<EOF
        set -e
        go build -o /app .
        EOF
        """), "GMD412");
    assertThat(lines(f)).containsExactly(6);
    assertThat(f.get(0).message()).contains("../lib").contains("outside the build context");
    var g = run(module("", "../lib").file("Dockerfile", """
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN echo building && \\
            # the binary
            go build -o /app .
        FROM scratch
        COPY --from=0 /app /app
        """), "GMD412");
    assertThat(lines(g)).containsExactly(6);
  }
}
