package dev.gomoddoctor.goenv.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvProxySelectorTest {

  private static boolean proxied(Map<String, String> env, String url) {
    return new EnvProxySelector(env).proxyFor(URI.create(url)).isPresent();
  }

  @Test
  void schemeSpecificVariables() {
    Map<String, String> env = Map.of("HTTPS_PROXY", "http://p:3128");
    assertThat(proxied(env, "https://proxy.golang.org/x")).isTrue();
    assertThat(proxied(env, "http://athens.corp/x")).isFalse();
    assertThat(proxied(Map.of("http_proxy", "p:3128"), "http://athens.corp/x")).isTrue();
    assertThat(new EnvProxySelector(Map.of("https_proxy", "p:3128")).proxyFor(URI.create("https://a.b/")).get())
        .hasToString("http://p:3128");
  }

  @Test
  void upperCaseWinsWhenNonEmpty() {
    assertThat(proxied(Map.of("HTTPS_PROXY", "", "https_proxy", "p:1"), "https://a.b/")).isTrue();
  }

  @Test
  void loopbackIsNeverProxied() {
    Map<String, String> env = Map.of("HTTPS_PROXY", "p:1", "HTTP_PROXY", "p:1");
    assertThat(proxied(env, "http://127.0.0.1:8080/x")).isFalse();
    assertThat(proxied(env, "http://localhost:8080/x")).isFalse();
    assertThat(proxied(env, "http://[::1]:8080/x")).isFalse();
  }

  @Test
  void noProxyForms() {
    Map<String, String> env = Map.of("HTTPS_PROXY", "p:1",
        "NO_PROXY", "corp.example, .internal ,*.svc, 10.0.0.0/8,athens.local:8443");
    assertThat(proxied(env, "https://corp.example/x")).isFalse();
    assertThat(proxied(env, "https://git.corp.example/x")).isFalse();
    assertThat(proxied(env, "https://notcorp.example/x")).isTrue();
    assertThat(proxied(env, "https://a.internal/x")).isFalse();
    assertThat(proxied(env, "https://internal/x")).isTrue();
    assertThat(proxied(env, "https://x.svc/x")).isFalse();
    assertThat(proxied(env, "https://10.1.2.3/x")).isFalse();
    assertThat(proxied(env, "https://11.1.2.3/x")).isTrue();
    assertThat(proxied(env, "https://athens.local:8443/x")).isFalse();
    assertThat(proxied(env, "https://athens.local/x")).isTrue();
    assertThat(proxied(Map.of("HTTPS_PROXY", "p:1", "no_proxy", "*"), "https://any.where/")).isFalse();
  }
}
