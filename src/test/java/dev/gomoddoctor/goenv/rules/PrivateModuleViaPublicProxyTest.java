package dev.gomoddoctor.goenv.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.goenv.route.ModuleRoute;
import dev.gomoddoctor.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivateModuleViaPublicProxyTest {
  private final PrivateModuleViaPublicProxy rule = new PrivateModuleViaPublicProxy();

  @Test
  void bothLegsWithDefaultSettings() {
    List<Finding> f = RoutingFixture.create().require("git.acme.corp/team/lib", "v1.0.0").run(rule);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("GMD202");
      assertThat(x.location().line()).isEqualTo(1);
      assertThat(x.message()).contains("git.acme.corp/team/lib@v1.0.0").contains("ends in .corp")
          .contains("https://proxy.golang.org is asked first").contains("sum.golang.org is asked");
      assertThat(x.hint()).contains("GOPRIVATE=git.acme.corp");
    });
    assertThat(rule.meta().isSecurity()).isTrue();
  }

  @Test
  void checksumLegOnlyWhenGonoproxyButNotGonosumdb() {
    List<Finding> f = RoutingFixture.create().env("GONOPROXY", "git.acme.corp")
        .require("git.acme.corp/team/lib", "v1.0.0").run(rule);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message())
        .contains("sum.golang.org is asked").doesNotContain("asked first"));
  }

  @Test
  void proxyLegOnlyWhenGoSumHasTheLines() {
    List<Finding> f = RoutingFixture.create().requireWithSums("git.acme.corp/team/lib", "v1.0.0").run(rule);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message())
        .contains("asked first").doesNotContain("sum.golang.org is asked"));
  }

  @Test
  void declaredPrivatePatternsAndIpHosts() {
    assertThat(RoutingFixture.create().privatePatterns("github.com/acme/*")
        .require("github.com/acme/billing", "v1.2.0").run(rule))
        .singleElement().satisfies(x -> {
          assertThat(x.message()).contains("declared private pattern github.com/acme/*");
          assertThat(x.hint()).contains("GOPRIVATE=github.com/acme/*");
        });
    assertThat(RoutingFixture.create().require("10.1.2.3/team/lib", "v1.0.0").run(rule)).hasSize(1);
  }

  @Test
  void quietLookAlikes() {
    // public hosts matching no declared pattern
    assertThat(RoutingFixture.create().require("github.com/acme/billing", "v1.2.0").run(rule)).isEmpty();
    assertThat(RoutingFixture.create().require("megacorp.com/lib", "v1.2.0").run(rule)).isEmpty();
    // GOPRIVATE covers both legs
    assertThat(RoutingFixture.create().env("GOPRIVATE", "*.acme.corp")
        .require("git.acme.corp/team/lib", "v1.0.0").run(rule)).isEmpty();
    // GONOPROXY for the proxy leg, GONOSUMDB for the checksum leg
    assertThat(RoutingFixture.create().env("GONOPROXY", "git.acme.corp").env("GONOSUMDB", "git.acme.corp")
        .require("git.acme.corp/team/lib", "v1.0.0").run(rule)).isEmpty();
    // filesystem replacement and vendor mode
    assertThat(RoutingFixture.create().require("go.mod", "git.acme.corp/team/lib", "git.acme.corp/team/lib",
        "", false, ModuleRoute.Status.FILESYSTEM_REPLACEMENT, false).run(rule)).isEmpty();
    assertThat(RoutingFixture.create().require("go.mod", "git.acme.corp/team/lib", "git.acme.corp/team/lib",
        "v1.0.0", false, ModuleRoute.Status.VENDORED, false).run(rule)).isEmpty();
    // a corporate first proxy, sums present
    assertThat(RoutingFixture.create().env("GOPROXY", "https://artifactory.acme.com/api/go/go,direct")
        .requireWithSums("git.acme.corp/team/lib", "v1.0.0").run(rule)).isEmpty();
    // file:// and loopback proxies, sums present
    assertThat(RoutingFixture.create().env("GOPROXY", "file:///srv/goproxy,http://127.0.0.1:3000")
        .requireWithSums("git.acme.corp/team/lib", "v1.0.0").run(rule)).isEmpty();
    // malformed paths are GMD100's
    assertThat(RoutingFixture.create().require("git.acme.corp:8443/team/lib", "v1.0.0").run(rule)).isEmpty();
    assertThat(RoutingFixture.create().require("intranet/lib", "v1.0.0").run(rule)).isEmpty();
    // GOSUMDB off: no checksum leg; private sumdb name: not public
    assertThat(RoutingFixture.create().env("GOSUMDB", "off")
        .requireWithSums("git.acme.corp/team/lib", "v1.0.0").env("GOPROXY", "direct").run(rule)).isEmpty();
  }

  @Test
  void aModulePathReplacementIsJudgedByTheReplacement() {
    assertThat(RoutingFixture.create().require("go.mod", "github.com/public/lib", "git.acme.corp/fork/lib",
        "v1.0.1", false, ModuleRoute.Status.FETCHED, false).run(rule))
        .singleElement().satisfies(x -> assertThat(x.message())
            .contains("github.com/public/lib (replaced by git.acme.corp/fork/lib@v1.0.1)"));
    assertThat(RoutingFixture.create().require("go.mod", "git.acme.corp/fork/lib", "github.com/public/lib",
        "v1.0.1", false, ModuleRoute.Status.FETCHED, false).run(rule)).isEmpty();
  }
}
