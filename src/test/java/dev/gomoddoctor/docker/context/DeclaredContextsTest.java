package dev.gomoddoctor.docker.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.scan.FileIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclaredContextsTest {
  @TempDir
  Path dir;

  private DeclaredContexts find(Config config, String... pathsAndTexts) throws IOException {
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      Path f = dir.resolve(pathsAndTexts[i]);
      Files.createDirectories(f.getParent());
      Files.writeString(f, pathsAndTexts[i + 1]);
    }
    return DeclaredContexts.find(FileIndex.walk(dir, List.of()), config);
  }

  @Test
  void buildArgsComeFromEveryKindOfDeclaration() throws IOException {
    DeclaredContexts d = find(Config.defaults(),
        "compose.yaml", """
            services:
              api:
                build:
                  context: api
                  args:
                    GO_VERSION: 1.20
                    FROM_ENV:
              worker:
                build:
                  context: worker
                  args: ["GO_VERSION=1.23", "TAG=${TAG}"]
            """,
        ".github/workflows/ci.yml", """
            on: push
            jobs:
              b:
                runs-on: ubuntu-latest
                steps:
                  - run: docker build --build-arg GO_VERSION=1.22 --build-arg HOME_ARG --build-arg V=${{ matrix.v }} -f tools/Dockerfile tools
                  - uses: docker/build-push-action@v6
                    with:
                      context: .
                      file: release/Dockerfile
                      build-args: |
                        GO_VERSION=1.24
                        COMMIT=${{ github.sha }}
            """,
        ".goreleaser.yaml", """
            dockers:
              - dockerfile: goreleaser.Dockerfile
                build_flag_templates: ["--build-arg=GO_VERSION=1.21", "--build-arg=VERSION={{ .Version }}", "--pull"]
            dockers_v2:
              - dockerfile: v2.Dockerfile
                build_args:
                  GO_VERSION: "1.25"
            """);
    assertThat(d.forDockerfile("api/Dockerfile")).map(BuildContext::buildArgs).contains(Map.of("GO_VERSION", "1.20"));
    assertThat(d.forDockerfile("worker/Dockerfile")).map(BuildContext::buildArgs).contains(Map.of("GO_VERSION", "1.23"));
    assertThat(d.forDockerfile("tools/Dockerfile")).map(BuildContext::buildArgs).contains(Map.of("GO_VERSION", "1.22"));
    assertThat(d.forDockerfile("release/Dockerfile")).map(BuildContext::buildArgs).contains(Map.of("GO_VERSION", "1.24"));
    assertThat(d.forDockerfile("goreleaser.Dockerfile")).get().satisfies(c -> {
      assertThat(c.origin()).isEqualTo(BuildContext.Origin.GORELEASER);
      assertThat(c.buildArgs()).isEqualTo(Map.of("GO_VERSION", "1.21"));
    });
    assertThat(d.forDockerfile("v2.Dockerfile")).map(BuildContext::buildArgs).contains(Map.of("GO_VERSION", "1.25"));
  }

  @Test
  void theConfigWinsOverGoreleaserWhichWinsOverComposeAndWorkflows() throws IOException {
    Config config = new Config(Map.of(), List.of(), List.of(), Optional.empty(),
        List.of(new Config.DockerTarget("a/Dockerfile", "a", Map.of("X", "1"))), 1024, 5000, Optional.empty());
    DeclaredContexts d = find(config,
        ".goreleaser.yml", "dockers:\n  - dockerfile: a/Dockerfile\n  - dockerfile: b/Dockerfile\n",
        "compose.yaml", "services:\n  a: {build: a}\n  b: {build: b}\n");
    assertThat(d.forDockerfile("a/Dockerfile")).get().extracting(BuildContext::origin, BuildContext::buildArgs)
        .containsExactly(BuildContext.Origin.CONFIG, Map.of("X", "1"));
    assertThat(d.forDockerfile("b/Dockerfile")).get().extracting(BuildContext::origin, BuildContext::dir)
        .containsExactly(BuildContext.Origin.GORELEASER, "");
  }

  @Test
  void makefileRecipesDeclareContextsRelativeToTheMakefile() throws IOException {
    DeclaredContexts d = find(Config.defaults(),
        "deploy/Makefile", "IMG ?= app\n\nimage:\n\t@docker build \\\n\t\t--build-arg GO_VERSION=1.22 \\\n"
            + "\t\t-f docker/Dockerfile -t $(IMG) ..\n\t$(DOCKER) build -f other/Dockerfile .\n"
            + "\tdocker build -f $(DOCKERFILE) .\n",
        "build.mk", "x:\n\t-docker buildx build -f tools/Dockerfile tools\n");
    assertThat(d.forDockerfile("deploy/docker/Dockerfile")).get().satisfies(c -> {
      assertThat(c.dir()).isEmpty();
      assertThat(c.declaredIn()).isEqualTo("deploy/Makefile");
      assertThat(c.buildArgs()).isEqualTo(Map.of("GO_VERSION", "1.22"));
    });
    assertThat(d.forDockerfile("tools/Dockerfile")).map(BuildContext::dir).contains("tools");
    assertThat(d.all()).hasSize(2);
  }
}
