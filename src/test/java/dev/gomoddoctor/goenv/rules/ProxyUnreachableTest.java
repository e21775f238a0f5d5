package dev.gomoddoctor.goenv.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.goenv.online.LoopbackGoProxy;
import dev.gomoddoctor.report.Finding;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint is a server on 127.0.0.1 or a closed loopback port. */
class ProxyUnreachableTest {
  private final ProxyUnreachable rule = new ProxyUnreachable();
  @TempDir Path dir;

  private static RoutingFixture online(String goproxy, String sumdbUrl) {
    return RoutingFixture.create().online().onlineTimeout(1500)
        .env("GOPROXY", goproxy).env("GOSUMDB", "sum.golang.org " + sumdbUrl);
  }

  @Test
  void defaultScanMakesNoRequest() throws IOException {
    try (LoopbackGoProxy p = new LoopbackGoProxy(dir)) {
      List<Finding> f = RoutingFixture.create().env("GOPROXY", p.url() + "/broken")
          .env("GOSUMDB", "sum.golang.org " + p.url() + "/broken").require("golang.org/x/text", "v0.14.0").run(rule);
      assertThat(f).isEmpty();
      assertThat(p.requests()).isEmpty();
    }
  }

  @Test
  void healthyProxyAndDatabaseAreQuiet() throws IOException {
    try (LoopbackGoProxy p = new LoopbackGoProxy(dir)) {
      p.file("golang.org/x/text/@v/list", "v0.14.0\n");
      p.file("sumdb/lookup/golang.org/x/text@v0.14.0", "ok\n");
      List<Finding> f = online(p.url(), p.url() + "/sumdb").require("golang.org/x/text", "v0.14.0").run(rule);
      assertThat(f).isEmpty();
      assertThat(p.requests()).containsExactlyInAnyOrder("/golang.org/x/text/@v/list",
          "/sumdb/lookup/golang.org/x/text@v0.14.0");
    }
  }

  @Test
  void serverErrorIsReportedWithTiming() throws IOException {
    try (LoopbackGoProxy p = new LoopbackGoProxy(dir)) {
      p.file("sumdb/latest", "tree\n");
      List<Finding> f = online(p.url() + "/broken,direct", p.url() + "/sumdb").require("golang.org/x/text", "v0.14.0")
          .env("GONOSUMDB", "golang.org").run(rule);
      assertThat(f).singleElement().satisfies(x -> {
        assertThat(x.ruleId()).isEqualTo("GMD210");
        assertThat(x.message()).contains("GOPROXY entry " + p.url() + "/broken").contains("500 Internal Server Error after")
            .contains(" ms").contains("/broken/golang.org/x/text/@v/list");
      });
    }
  }

  @Test
  void refusedConnectionToTheChecksumDatabase() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (LoopbackGoProxy p = new LoopbackGoProxy(dir)) {
      p.file("golang.org/x/text/@v/list", "v0.14.0\n");
      List<Finding> f = online(p.url(), "http://127.0.0.1:" + port).require("golang.org/x/text", "v0.14.0").run(rule);
      assertThat(f).singleElement().satisfies(x -> assertThat(x.message())
          .startsWith("checksum database sum.golang.org http://127.0.0.1:" + port).contains("TCP connection failed"));
    }
  }

  @Test
  void moduleMissingEverywhereWithoutDirect() throws IOException {
    try (LoopbackGoProxy p = new LoopbackGoProxy(dir.resolve("a")); LoopbackGoProxy q = new LoopbackGoProxy(dir.resolve("b"))) {
      List<Finding> f = online(p.url() + "," + q.url() + "/gone", "http://127.0.0.1:1").env("GOSUMDB", "off")
          .require("example.com/nowhere", "v1.0.0").run(rule);
      assertThat(f).singleElement().satisfies(x -> assertThat(x.message())
          .contains("example.com/nowhere@v1.0.0 is not found on any GOPROXY entry").contains("404").contains("410"));
      // with direct after the proxies the go command still gets it
      assertThat(online(p.url() + "," + q.url() + ",direct", "x").env("GOSUMDB", "off")
          .require("example.com/nowhere", "v1.0.0").run(rule)).isEmpty();
    }
  }

  @Test
  void privatePathsAreNeverSent() throws IOException {
    try (LoopbackGoProxy p = new LoopbackGoProxy(dir)) {
      List<Finding> f = online(p.url(), p.url() + "/sumdb")
          .env("GOPRIVATE", "github.com/acme/*").privatePatterns("gitlab.example.com/team/*")
          .require("github.com/acme/billing", "v1.0.0")
          .require("gitlab.example.com/team/tool", "v1.0.0")
          .require("git.acme.corp/x/y", "v1.0.0")
          .run(rule);
      assertThat(p.requests()).containsExactlyInAnyOrder("/", "/sumdb/latest");
      assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).startsWith("checksum database"));
    }
  }
}
