package dev.gomoddoctor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;
  private static final Set<String> KNOWN = Set.of("GMD103", "go-sum-missing");

  private Config load(String yaml) throws Exception {
    Path f = dir.resolve(".gomod-doctor.yaml");
    Files.writeString(f, yaml);
    return ConfigLoader.load(f, KNOWN::contains);
  }

  private void assertError(String yaml, String expected) {
    assertThatThrownBy(() -> load(yaml)).isInstanceOf(ConfigException.class).hasMessageContaining(expected);
  }

  @Test
  void readsEveryKey() throws Exception {
    Config c = load("""
        rules:
          GMD103: off
          go-sum-missing: warning
        exclude: ["examples/**"]
        private:
          - "*.corp.example.com"
          - github.com/acme/*
        failOn: note
        docker:
          - dockerfile: build/Dockerfile
            context: .
          - dockerfile: Dockerfile
        cache:
          minFreeMiB: 2048
        online:
          timeoutMillis: 1500
        """);
    assertThat(c.rules()).containsEntry("GMD103", Config.RuleLevel.OFF).containsEntry("go-sum-missing", Config.RuleLevel.WARNING);
    assertThat(c.exclude()).containsExactly("examples/**");
    assertThat(c.privatePatterns()).containsExactly("*.corp.example.com", "github.com/acme/*");
    assertThat(c.failOn()).contains(Config.FailOn.NOTE);
    assertThat(c.docker()).containsExactly(new Config.DockerTarget("build/Dockerfile", "."), new Config.DockerTarget("Dockerfile", "."));
    assertThat(c.minFreeMiB()).isEqualTo(2048);
    assertThat(c.onlineTimeoutMillis()).isEqualTo(1500);
  }

  @Test
  void readsDockerBuildArgsAsWritten() throws Exception {
    Config c = load("docker:\n  - dockerfile: Dockerfile\n    args:\n      GO_VERSION: 1.20\n      CGO: 0\n");
    assertThat(c.docker()).singleElement().extracting(Config.DockerTarget::args)
        .isEqualTo(java.util.Map.of("GO_VERSION", "1.20", "CGO", "0"));
    assertError("docker:\n  - dockerfile: Dockerfile\n    args: [GO_VERSION=1.22]\n", ":3: docker[].args must be a mapping");
  }

  @Test
  void emptyFileIsTheDefaults() throws Exception {
    Config c = load("");
    assertThat(c.rules()).isEmpty();
    assertThat(c.minFreeMiB()).isEqualTo(Config.DEFAULT_MIN_FREE_MIB);
  }

  @Test
  void errorsNameTheFileAndLine() {
    assertError("exclude: []\nfailon: error\n", ".gomod-doctor.yaml:2: unknown key 'failon'");
    assertError("rules:\n  GMD103: loud\n", ":2: rules.GMD103: 'loud' is not one of off, error, warning, note");
    assertError("rules:\n  GMD777: off\n", ":2: rules: unknown rule 'GMD777'");
    assertError("failOn: sometimes\n", ":1: failOn: 'sometimes'");
    assertError("exclude: vendor\n", ":1: 'exclude' must be a list of strings");
    assertError("cache:\n  minFreeMiB: -1\n", ":2: cache.minFreeMiB: expected a whole number >= 0");
    assertError("cache:\n  minFree: 1\n", ":2: unknown key 'cache.minFree'");
    assertError("docker:\n  - context: .\n", ":2: docker[]: 'dockerfile' is required");
    assertError("exclude: [\"a\"\nfailOn: [x\n", "not valid YAML");
    assertError("- a\n- b\n", ":1: the top level must be a mapping");
  }

  @Test
  void missingFileIsAnError() {
    assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("nope.yaml"), KNOWN::contains))
        .isInstanceOf(ConfigException.class).hasMessageContaining("no such file");
  }
}
