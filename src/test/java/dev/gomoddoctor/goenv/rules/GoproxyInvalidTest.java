package dev.gomoddoctor.goenv.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoproxyInvalidTest {
  @TempDir Path tmp;

  @Test
  void firesForASingleWordAtEachModule() {
    List<Finding> f = EnvFixture.go122(tmp).module("").module("tools").env("GOPROXY", "athens").run("GMD200");
    assertThat(f).hasSize(2);
    assertThat(f).extracting(x -> x.location().display()).containsExactly("go.mod:1:1", "tools/go.mod:1:1");
    assertThat(f.get(0).message()).contains("invalid proxy URL missing scheme: athens").contains("(from environment)");
  }

  @ParameterizedTest
  @ValueSource(strings = {",", " ", "ftp://x.example", "file://host/srv", "file:///srv?x=1", "https://a b"})
  void firesForWhatGoRejects(String goproxy) {
    assertThat(EnvFixture.go122(tmp).module("").env("GOPROXY", goproxy).run("GMD200")).hasSize(1);
  }

  @Test
  void firesWhenGoEnvIsMissingOnGo121AndLater() {
    List<Finding> f = new EnvFixture(tmp, "go1.21.0", null).module("").run("GMD200");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("no $GOROOT/go.env")
        .contains("GOPROXY list is not the empty string, but contains no entries");
  }

  @Test
  void redactsPasswordsInTheMessage() {
    List<Finding> f = EnvFixture.go122(tmp).module("").env("GOPROXY", "ftp://me:t0ps3cret@x.example").run("GMD200");
    assertThat(f.get(0).message()).doesNotContain("t0ps3cret").contains("me:xxxxx@");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://proxy.golang.org,direct", "https://a|https://b,direct", "off", "direct",
      "file:///srv/goproxy", "goproxy.cn,direct", "athens.corp:3000", "athens.invalid"})
  void quietForWhatGoAccepts(String goproxy) {
    assertThat(EnvFixture.go122(tmp).module("").env("GOPROXY", goproxy).run("GMD200")).isEmpty();
  }

  @Test
  void quietForEmptyGoproxyBeforeGo121() {
    assertThat(new EnvFixture(tmp, "go1.20.14", null).module("").env("GOPROXY", "").run("GMD200")).isEmpty();
  }

  @Test
  void quietWithStandardGoEnvAndWithoutGoMod() {
    assertThat(EnvFixture.go122(tmp).module("").run("GMD200")).isEmpty();
  }
}
