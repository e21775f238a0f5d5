package dev.gomoddoctor.goenv.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbePlanTest {
  @TempDir Path dir;

  private static final List<ProbePlan.Module> MODULES = List.of(
      new ProbePlan.Module("github.com/BurntSushi/toml", "v1.3.2"),
      new ProbePlan.Module("git.corp.example.com/team/secret", "v0.4.0"),
      new ProbePlan.Module("github.com/acme/internal-tool", "v1.0.0"),
      new ProbePlan.Module("golang.org/x/text", "v0.14.0"));

  // what GONOPROXY / GONOSUMDB would match in the test: the corporate host and acme's org
  private static final Predicate<String> PROXY_MAY_LEARN =
      p -> !p.startsWith("git.corp.example.com/") && !p.startsWith("github.com/acme/");
  private static final Predicate<String> SUMDB_MAY_LEARN = p -> !p.startsWith("git.corp.example.com/");

  @Test
  void privatePathsNeverReachAProxyOrTheChecksumDatabase() throws IOException {
    try (LoopbackGoProxy proxy = new LoopbackGoProxy(dir.resolve("p")); LoopbackGoProxy sumdb = new LoopbackGoProxy(dir.resolve("s"))) {
      proxy.file("github.com/!burnt!sushi/toml/@v/list", "v1.3.2\n");
      List<ProbeTarget> plan = ProbePlan.build(
          List.of(new ProbePlan.ProxyBase(proxy.url() + "/", proxy.url())),
          Optional.of(new ProbePlan.SumDb("sum.golang.org", Optional.of(sumdb.url()))),
          MODULES, PROXY_MAY_LEARN, SUMDB_MAY_LEARN, 10);
      List<ProbeResult> results = new Prober(Map.of(), Duration.ofMillis(1500), 4).run(plan);
      assertThat(proxy.requests()).containsExactlyInAnyOrder(
          "/github.com/!burnt!sushi/toml/@v/list", "/golang.org/x/text/@v/list");
      assertThat(sumdb.requests()).containsExactly("/lookup/github.com/!burnt!sushi/toml@v1.3.2");
      for (String r : proxy.requests()) {
        assertThat(r).doesNotContain("corp").doesNotContain("acme");
      }
      assertThat(results.get(0).outcome()).isEqualTo(ProbeResult.Outcome.OK);
    }
  }

  @Test
  void onlyPrivateModulesMeansAReachabilityProbeOfTheRootAndSumdbLatest() throws IOException {
    try (LoopbackGoProxy proxy = new LoopbackGoProxy(dir.resolve("p")); LoopbackGoProxy sumdb = new LoopbackGoProxy(dir.resolve("s"))) {
      List<ProbeTarget> plan = ProbePlan.build(
          List.of(new ProbePlan.ProxyBase(proxy.url(), proxy.url())),
          Optional.of(new ProbePlan.SumDb("sum.golang.org", Optional.of(sumdb.url()))),
          List.of(MODULES.get(1)), PROXY_MAY_LEARN, SUMDB_MAY_LEARN, 10);
      List<ProbeResult> results = new Prober(Map.of(), Duration.ofMillis(1500), 4).run(plan);
      assertThat(proxy.requests()).containsExactly("/");
      assertThat(sumdb.requests()).containsExactly("/latest");
      // a 404 on the root still proves the proxy reachable
      assertThat(results.get(0).outcome()).isEqualTo(ProbeResult.Outcome.OK);
    }
  }

  @Test
  void boundedNumberOfModulesPerProxy() {
    List<ProbeTarget> plan = ProbePlan.build(
        List.of(new ProbePlan.ProxyBase("https://a.example", "https://a.example"),
            new ProbePlan.ProxyBase("https://b.example", "https://b.example")),
        Optional.empty(), MODULES, p -> true, p -> true, 2);
    assertThat(plan).hasSize(4);
    assertThat(plan).extracting(t -> t.uri().toString()).containsExactly(
        "https://a.example/github.com/!burnt!sushi/toml/@v/list",
        "https://a.example/git.corp.example.com/team/secret/@v/list",
        "https://b.example/github.com/!burnt!sushi/toml/@v/list",
        "https://b.example/git.corp.example.com/team/secret/@v/list");
  }

  @Test
  void sumdbThroughTheFirstProxyIsAskedWhenGosumdbHasNoUrl() {
    List<ProbeTarget> plan = ProbePlan.build(
        List.of(new ProbePlan.ProxyBase("https://proxy.golang.org", "https://proxy.golang.org")),
        Optional.of(new ProbePlan.SumDb("sum.golang.org", Optional.empty())),
        List.of(new ProbePlan.Module("golang.org/x/text", "v0.14.0-RC1")), p -> true, p -> true, 5);
    assertThat(plan).extracting(t -> t.kind() + " " + t.uri()).containsExactly(
        "PROXY https://proxy.golang.org/golang.org/x/text/@v/list",
        "SUMDB https://sum.golang.org/lookup/golang.org/x/text@v0.14.0-!r!c1",
        "SUMDB_VIA_PROXY https://proxy.golang.org/sumdb/sum.golang.org/supported");
  }

  @Test
  void escaping() {
    assertThat(ProbePlan.escape("github.com/Azure/azure-sdk-for-go")).contains("github.com/!azure/azure-sdk-for-go");
    assertThat(ProbePlan.escape("bad!path")).isEmpty();
    assertThat(ProbePlan.escape("héllo.com/x")).isEmpty();
  }
}
