package dev.gomoddoctor.goenv.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.goenv.route.ModuleRoute;
import dev.gomoddoctor.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFetchWithoutCredentialsTest {
  private final PrivateFetchWithoutCredentials rule = new PrivateFetchWithoutCredentials();
  @TempDir Path home;

  private RoutingFixture privateModule() {
    return RoutingFixture.create().home(home).env("GOPRIVATE", "github.com/acme/*")
        .require("github.com/acme/billing", "v1.2.0").require("github.com/acme/billing-sdk", "v0.3.0");
  }

  @Test
  void firesOncePerHostWithoutCredentials() {
    List<Finding> f = privateModule().run(rule);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("GMD211");
      assertThat(x.message()).contains("github.com/acme/billing@v1.2.0").contains("GONOPROXY/GOPRIVATE pattern github.com/acme/*")
          .contains("could not read Username for 'https://github.com': terminal prompts disabled");
      assertThat(x.hint()).contains("machine github.com").contains("insteadOf");
    });
  }

  @Test
  void mentionsARepositoryOnlyCredentialSetting() throws IOException {
    Path project = Files.createDirectories(home.resolve(".git"));
    Files.writeString(project.resolve("config"), "[credential]\n\thelper = store\n");
    List<Finding> f = privateModule().run(rule);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("this repository's .git/config"));
  }

  @Test
  void sshRewriteWithoutKnownHosts() throws IOException {
    Files.writeString(home.resolve(".gitconfig"), "[url \"git@github.com:\"]\n\tinsteadOf = https://github.com/\n");
    List<Finding> f = privateModule().run(rule);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("Host key verification failed."));
    assertThat(f.get(0).hint()).startsWith("ssh-keyscan github.com");
  }

  @Test
  void quietWithCredentials() throws IOException {
    Files.writeString(home.resolve(".netrc"), "machine github.com login ci password t0ken-value\n");
    assertThat(privateModule().run(rule)).isEmpty();
  }

  @Test
  void quietWithSshRewriteAndKnownHost() throws IOException {
    Files.writeString(home.resolve(".gitconfig"), "[url \"ssh://git@github.com/\"]\n\tinsteadOf = https://github.com/\n");
    Files.createDirectories(home.resolve(".ssh"));
    Files.writeString(home.resolve(".ssh/known_hosts"), "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA\n");
    assertThat(privateModule().run(rule)).isEmpty();
  }

  @Test
  void quietLookAlikes() {
    // public modules are fetched through the proxy
    assertThat(RoutingFixture.create().home(home).require("github.com/acme/billing", "v1.2.0").run(rule)).isEmpty();
    // served by a corporate proxy: GONOPROXY overrides GOPRIVATE
    assertThat(privateModule().env("GONOPROXY", "none").env("GOPROXY", "https://athens.acme.com").run(rule)).isEmpty();
    // already in the module cache, or vendored
    assertThat(RoutingFixture.create().home(home).env("GOPRIVATE", "github.com/acme/*")
        .requireCached("github.com/acme/billing", "v1.2.0").run(rule)).isEmpty();
    assertThat(RoutingFixture.create().home(home).env("GOPRIVATE", "github.com/acme/*")
        .require("go.mod", "github.com/acme/billing", "github.com/acme/billing", "v1.2.0", true,
            ModuleRoute.Status.VENDORED, false).run(rule)).isEmpty();
    // GOAUTH command supplies credentials
    assertThat(privateModule().go("go1.24.0").env("GOAUTH", "netrc;/usr/local/bin/ci-auth").run(rule)).isEmpty();
    // before Go 1.24 there is no GOAUTH
    assertThat(privateModule().go("go1.23.0").env("GOAUTH", "netrc;/usr/local/bin/ci-auth").run(rule)).hasSize(1);
  }
}
