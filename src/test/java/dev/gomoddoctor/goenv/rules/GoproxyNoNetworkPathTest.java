package dev.gomoddoctor.goenv.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.goenv.route.ModuleRoute;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoproxyNoNetworkPathTest {
  private final GoproxyNoNetworkPath rule = new GoproxyNoNetworkPath();

  @Test
  void firesForOffWithModulesMissingFromTheCache() {
    List<Finding> f = RoutingFixture.create().env("GOPROXY", "off")
        .require("golang.org/x/text", "v0.14.0").run(rule);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("GMD201");
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.location().path()).isEqualTo("go.mod");
      assertThat(x.location().line()).isEqualTo(1);
      assertThat(x.message()).contains("GOPROXY=off (environment)")
          .contains("golang.org/x/text@v0.14.0: module lookup disabled by GOPROXY=off");
    });
  }

  @Test
  void quietForOffWhenEverythingIsCachedVendoredOrPrivate() {
    assertThat(RoutingFixture.create().env("GOPROXY", "off").requireCached("golang.org/x/text", "v0.14.0").run(rule))
        .isEmpty();
    assertThat(RoutingFixture.create().env("GOPROXY", "off")
        .require("go.mod", "golang.org/x/text", "golang.org/x/text", "v0.14.0", true, ModuleRoute.Status.VENDORED, false)
        .run(rule)).isEmpty();
    assertThat(RoutingFixture.create().env("GOPROXY", "off").env("GOPRIVATE", "git.acme.corp")
        .require("git.acme.corp/team/lib", "v1.0.0").run(rule)).isEmpty();
    assertThat(RoutingFixture.create().env("GOPROXY", "off")
        .require("go.mod", "example.com/local", "example.com/local", "", false,
            ModuleRoute.Status.FILESYSTEM_REPLACEMENT, false).run(rule)).isEmpty();
  }

  @Test
  void firesForDirectAlone() {
    List<Finding> f = RoutingFixture.create().env("GOPROXY", "direct")
        .require("github.com/pkg/errors", "v0.9.1").require("golang.org/x/text", "v0.14.0").run(rule);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message())
        .contains("GOPROXY=direct").contains("git").contains("github.com, golang.org"));
  }

  @Test
  void distributionDefaultIsANote() {
    List<Finding> f = RoutingFixture.create().goEnvFile("GOPROXY=direct\nGOSUMDB=off\nGOTOOLCHAIN=local\n")
        .require("github.com/pkg/errors", "v0.9.1").run(rule);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.NOTE);
      assertThat(x.message()).contains("distribution default").contains("Fedora");
    });
  }

  @Test
  void firesForPublicOnlyListWithUnmatchedPrivateModules() {
    List<Finding> f = RoutingFixture.create().env("GOPROXY", "https://proxy.golang.org")
        .require("git.acme.corp/team/lib", "v1.0.0").require("golang.org/x/text", "v0.14.0").run(rule);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message())
        .contains("only public proxies").contains("git.acme.corp/team/lib@v1.0.0")
        .doesNotContain("golang.org/x/text"));
    assertThat(f.get(0).hint()).contains("GOPRIVATE=git.acme.corp");
  }

  @Test
  void quietLookAlikes() {
    // GONOPROXY sends the private module direct
    assertThat(RoutingFixture.create().env("GOPROXY", "https://proxy.golang.org").env("GOPRIVATE", "git.acme.corp")
        .require("git.acme.corp/team/lib", "v1.0.0").run(rule)).isEmpty();
    // corporate first proxy
    assertThat(RoutingFixture.create().env("GOPROXY", "https://athens.corp.example.com")
        .require("git.acme.corp/team/lib", "v1.0.0").run(rule)).isEmpty();
    // a working proxy, then direct (the default)
    assertThat(RoutingFixture.create().require("git.acme.corp/team/lib", "v1.0.0")
        .require("golang.org/x/text", "v0.14.0").run(rule)).isEmpty();
    // public modules only behind public proxies
    assertThat(RoutingFixture.create().env("GOPROXY", "https://proxy.golang.org|https://goproxy.cn")
        .require("golang.org/x/text", "v0.14.0").run(rule)).isEmpty();
  }
}
