package dev.gomoddoctor.goenv.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsecureFetchTest {
  private final InsecureFetch rule = new InsecureFetch();

  @Test
  void goinsecureNamesMatchingModules() {
    List<Finding> f = RoutingFixture.create().env("GOINSECURE", "git.acme.lan")
        .require("git.acme.lan/team/lib", "v1.0.0").require("golang.org/x/text", "v0.14.0").run(rule);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("GMD204");
      assertThat(x.message()).contains("GOINSECURE=git.acme.lan").contains("git.acme.lan/team/lib@v1.0.0")
          .doesNotContain("golang.org/x/text");
    });
  }

  @Test
  void remotePlainHttpProxy() {
    List<Finding> f = RoutingFixture.create().env("GOPROXY", "http://athens.acme.com:3000,direct").run(rule);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("http://athens.acme.com:3000"));
  }

  @Test
  void quietLookAlikes() {
    assertThat(RoutingFixture.create().run(rule)).isEmpty();
    assertThat(RoutingFixture.create().env("GOPROXY", "http://localhost:3000,http://127.0.0.1:8081,direct").run(rule))
        .isEmpty();
    assertThat(RoutingFixture.create().env("GOPROXY", "https://athens.acme.com,file:///srv/goproxy").run(rule)).isEmpty();
  }
}
