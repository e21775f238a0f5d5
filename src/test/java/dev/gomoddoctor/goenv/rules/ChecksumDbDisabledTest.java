package dev.gomoddoctor.goenv.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksumDbDisabledTest {
  private final ChecksumDbDisabled rule = new ChecksumDbDisabled();

  @Test
  void gosumdbOffNamesTheModules() {
    List<Finding> f = RoutingFixture.create().env("GOSUMDB", "off").require("golang.org/x/text", "v0.14.0").run(rule);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("GMD203");
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.message()).contains("GOSUMDB=off (environment)").contains("golang.org/x/text@v0.14.0");
    });
  }

  @Test
  void distributionDefaultIsANote() {
    List<Finding> f = RoutingFixture.create().goEnvFile("GOPROXY=direct\nGOSUMDB=off\nGOTOOLCHAIN=local\n").run(rule);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.NOTE));
  }

  @Test
  void patternsCoveringPublicHosting() {
    for (String p : List.of("*", "github.com", "github.com/*", "golang.org", "*.com")) {
      List<Finding> f = RoutingFixture.create().env("GOPRIVATE", p).require("github.com/pkg/errors", "v0.9.1").run(rule);
      assertThat(f).as(p).hasSize(1);
    }
    List<Finding> f = RoutingFixture.create().env("GOPRIVATE", "git.acme.corp,github.com")
        .require("github.com/pkg/errors", "v0.9.1").run(rule);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message())
        .contains("GOPRIVATE pattern github.com").contains("GONOSUMDB defaults to GOPRIVATE")
        .contains("github.com/pkg/errors@v0.9.1"));
    assertThat(RoutingFixture.create().env("GONOSUMDB", "*").run(rule))
        .singleElement().satisfies(x -> assertThat(x.message()).startsWith("GONOSUMDB pattern *"));
  }

  @Test
  void quietLookAlikes() {
    assertThat(RoutingFixture.create().require("golang.org/x/text", "v0.14.0").run(rule)).isEmpty();
    assertThat(RoutingFixture.create().env("GOPRIVATE", "github.com/acme/*").run(rule)).isEmpty();
    assertThat(RoutingFixture.create().env("GOPRIVATE", "github.com/acme").run(rule)).isEmpty();
    assertThat(RoutingFixture.create().env("GOPRIVATE", "*.acme.corp,gitlab.acme.com").run(rule)).isEmpty();
    assertThat(RoutingFixture.create().env("GOFLAGS", "-insecure").run(rule)).isEmpty();
    // GOPRIVATE covers public hosting, but GONOSUMDB overrides it with an organisation pattern
    assertThat(RoutingFixture.create().env("GOPRIVATE", "github.com").env("GONOSUMDB", "github.com/acme/*").run(rule))
        .isEmpty();
  }
}
