package dev.gomoddoctor.goenv.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.goenv.model.ProxyList;
import dev.gomoddoctor.goenv.parser.ProxyListParser;
import dev.gomoddoctor.goenv.parser.SumDbParser;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RouterTest {

  private static Router router(String goproxy, String gosumdb, String goprivate) {
    return new Router(ProxyListParser.parse(goproxy, goprivate), SumDbParser.parse(gosumdb), goprivate, goprivate, "");
  }

  private static List<String> hops(Route r) {
    return r.hops().stream().map(h -> h.kind() == ProxyList.Kind.URL ? h.url() : h.kind().name()).toList();
  }

  @Test
  void defaultRoute() {
    Route r = router("https://proxy.golang.org,direct", "sum.golang.org", "").route("golang.org/x/text", "v0.14.0", false);
    assertThat(hops(r)).containsExactly("https://proxy.golang.org", "DIRECT");
    assertThat(r.checksumDb()).isTrue();
    assertThat(r.checksumDbName()).isEqualTo("sum.golang.org");
    assertThat(r.firstProxy()).isPresent();
  }

  @Test
  void goprivateGoesDirectEvenWhenGoproxyIsOff() {
    Router router = router("off", "sum.golang.org", "git.corp.example.com");
    Route priv = router.route("git.corp.example.com/team/lib", "v1.0.0", false);
    assertThat(hops(priv)).containsExactly("DIRECT");
    assertThat(priv.noProxyMatch()).contains("git.corp.example.com");
    assertThat(priv.checksumDb()).isFalse();
    assertThat(priv.noSumDbMatch()).contains("git.corp.example.com");
    Route pub = router.route("golang.org/x/text", "v0.14.0", false);
    assertThat(hops(pub)).containsExactly("OFF");
    assertThat(pub.disabled()).isTrue();
  }

  @Test
  void gonoproxyMatchSkipsEveryProxy() {
    Route r = router("https://a.example,https://b.example", "off", "*.corp.example.com")
        .route("git.corp.example.com/x", "v1.0.0", false);
    assertThat(hops(r)).containsExactly("DIRECT");
  }

  @Test
  void listStopsAtDirectOrOff() {
    Route r = router("https://a.example|https://b.example,direct,https://never.example", "off", "")
        .route("example.com/m", "v1.0.0", false);
    assertThat(hops(r)).containsExactly("https://a.example", "https://b.example", "DIRECT");
    assertThat(r.hops().get(0).fallBackOnError()).isTrue();
    assertThat(r.hops().get(1).fallBackOnError()).isFalse();
    Route off = router("https://a.example,off,direct", "off", "").route("example.com/m", "v1.0.0", false);
    assertThat(hops(off)).containsExactly("https://a.example", "OFF");
    assertThat(off.endsOff()).isTrue();
    assertThat(off.disabled()).isFalse();
  }

  @Test
  void checksumDatabaseOnlyWithoutSums() {
    Router router = router("https://proxy.golang.org,direct", "sum.golang.org", "");
    assertThat(router.route("golang.org/x/text", "v0.14.0", true).checksumDb()).isFalse();
    assertThat(router("direct", "off", "").route("golang.org/x/text", "v0.14.0", false).checksumDb()).isFalse();
  }

  @Test
  void goinsecure() {
    Router r = new Router(ProxyListParser.parse("direct", ""), SumDbParser.parse("off"), "", "", "*.lan");
    assertThat(r.route("git.home.lan/x", "v1.0.0", false).insecureMatch()).contains("*.lan");
    assertThat(r.route("github.com/x/y", "v1.0.0", false).insecureMatch()).isEmpty();
  }

  @Test
  void invalidSettingsAreCarried() {
    Route r = router("athens", "sum.golang.org", "").route("example.com/m", "v1.0.0", false);
    assertThat(r.problem()).contains("invalid proxy URL missing scheme: athens");
  }

  @Test
  void describeRedacts() {
    Route r = router("https://u:tok@athens.corp.example.com,direct", "sum.golang.org", "")
        .route("example.com/m", "v1.0.0", false);
    UnaryOperator<String> redact = s -> s.replace("tok", "xxxxx");
    assertThat(String.join("\n", r.describe(redact))).doesNotContain("tok")
        .contains("1. proxy https://u:xxxxx@athens.corp.example.com (corporate); on 404/410, next:")
        .contains("2. direct from its version control system")
        .contains("checksum database: sum.golang.org is asked about it");
  }

  @Test
  void privatePaths() {
    assertThat(PrivatePaths.why("git.corp/x", List.of())).get().asString().contains(".corp");
    assertThat(PrivatePaths.why("10.0.0.5/team/x", List.of())).get().asString().contains("IP address");
    assertThat(PrivatePaths.why("gitlab.example.internal/x", List.of())).isPresent();
    assertThat(PrivatePaths.why("nas.home.arpa/x", List.of())).isPresent();
    assertThat(PrivatePaths.why("github.com/acme/x", List.of())).isEmpty();
    assertThat(PrivatePaths.why("github.com/acme/x", List.of("github.com/acme/*"))).get().asString()
        .contains("github.com/acme/*");
    assertThat(PrivatePaths.why("github.com/other/x", List.of("github.com/acme/*"))).isEmpty();
    // look-alikes: a word ending in "corp" is not the .corp suffix
    assertThat(PrivatePaths.why("megacorp.com/x", List.of())).isEmpty();
    assertThat(PrivatePaths.fetchable("git.corp:8443/x")).isFalse();
    assertThat(PrivatePaths.fetchable("intranet/x")).isFalse();
  }

  @Test
  void proxyKinds() {
    assertThat(ProxyKinds.of("https://proxy.golang.org")).isEqualTo(ProxyKinds.Kind.PUBLIC);
    assertThat(ProxyKinds.of("https://goproxy.cn")).isEqualTo(ProxyKinds.Kind.PUBLIC);
    assertThat(ProxyKinds.of("https://artifactory.acme.com/api/go/go")).isEqualTo(ProxyKinds.Kind.CORPORATE);
    assertThat(ProxyKinds.of("http://localhost:3000")).isEqualTo(ProxyKinds.Kind.LOOPBACK);
    assertThat(ProxyKinds.of("http://127.0.0.1:3000")).isEqualTo(ProxyKinds.Kind.LOOPBACK);
    assertThat(ProxyKinds.of("file:///srv/goproxy")).isEqualTo(ProxyKinds.Kind.FILE);
  }
}
