package dev.gomoddoctor.goenv.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every test here talks to 127.0.0.1 only; DNS failures are simulated by an injected resolver. */
class ProberTest {
  @TempDir Path dir;

  private static ProbeTarget proxyTarget(String url, String module) {
    return new ProbeTarget(ProbeTarget.Kind.PROXY, url, URI.create(url), Optional.of(module), false);
  }

  @Test
  void statusesFromALoopbackProxy() throws IOException {
    try (LoopbackGoProxy p = new LoopbackGoProxy(dir)) {
      p.file("example.com/a/@v/list", "v1.0.0\nv1.1.0\n");
      Prober prober = new Prober(Map.of(), Duration.ofMillis(1500), 4);
      List<ProbeResult> r = prober.run(List.of(
          proxyTarget(p.url() + "/example.com/a/@v/list", "example.com/a"),
          proxyTarget(p.url() + "/example.com/missing/@v/list", "example.com/missing"),
          proxyTarget(p.url() + "/gone/x/@v/list", "gone/x"),
          proxyTarget(p.url() + "/broken/x/@v/list", "broken/x")));
      assertThat(r).extracting(ProbeResult::outcome).containsExactly(
          ProbeResult.Outcome.OK, ProbeResult.Outcome.NOT_FOUND, ProbeResult.Outcome.NOT_FOUND,
          ProbeResult.Outcome.HTTP_ERROR);
      assertThat(r).extracting(ProbeResult::status).containsExactly(200, 404, 410, 500);
      assertThat(r.get(3).describe()).startsWith("500 Internal Server Error after ");
      assertThat(r.get(0).failed()).isFalse();
      assertThat(r.get(1).failed()).isFalse();
      assertThat(r.get(3).failed()).isTrue();
    }
  }

  @Test
  void slowAnswerTimesOut() throws IOException {
    try (LoopbackGoProxy p = new LoopbackGoProxy(dir)) {
      List<ProbeResult> r = new Prober(Map.of(), Duration.ofMillis(300), 2)
          .run(List.of(proxyTarget(p.url() + "/slow/x/@v/list", "slow/x")));
      assertThat(r.get(0).outcome()).isEqualTo(ProbeResult.Outcome.TIMEOUT);
      assertThat(r.get(0).totalMillis()).isLessThan(4500);
      assertThat(r.get(0).describe()).contains("timed out after");
    }
  }

  @Test
  void refusedConnection() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    List<ProbeResult> r = new Prober(Map.of(), Duration.ofMillis(1000), 1)
        .run(List.of(proxyTarget("http://127.0.0.1:" + port + "/m/@v/list", "m")));
    assertThat(r.get(0).outcome()).isEqualTo(ProbeResult.Outcome.CONNECT);
  }

  @Test
  void dnsFailureIsReportedAsSuch() {
    Prober prober = new Prober(Map.of(), Duration.ofMillis(500), 1, h -> Optional.empty(), host -> {
      throw new UnknownHostException(host);
    });
    List<ProbeResult> r = prober.run(List.of(proxyTarget("https://athens.corp.invalid/m/@v/list", "m")));
    assertThat(r.get(0).outcome()).isEqualTo(ProbeResult.Outcome.DNS);
    assertThat(r.get(0).describe()).contains("DNS lookup failed").contains("athens.corp.invalid");
  }

  @Test
  void slowDnsTimesOut() {
    Prober prober = new Prober(Map.of(), Duration.ofMillis(200), 1, h -> Optional.empty(), host -> {
      try {
        Thread.sleep(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new UnknownHostException(host);
    });
    List<ProbeResult> r = prober.run(List.of(proxyTarget("https://athens.corp.invalid/m/@v/list", "m")));
    assertThat(r.get(0).outcome()).isEqualTo(ProbeResult.Outcome.DNS);
    assertThat(r.get(0).detail()).contains("timed out");
  }

  @Test
  void tlsFailureAgainstAPlainTextServer() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread t = new Thread(() -> {
        try (Socket c = s.accept()) {
          c.getInputStream().read(new byte[512]);
          c.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          c.getOutputStream().flush();
          // keep the connection open so the client reads the plain-text answer as a TLS record
          Thread.sleep(3000);
        } catch (IOException | InterruptedException e) {
          // the client gave up
        }
      });
      t.setDaemon(true);
      t.start();
      List<ProbeResult> r = new Prober(Map.of(), Duration.ofMillis(3000), 1)
          .run(List.of(proxyTarget("https://127.0.0.1:" + s.getLocalPort() + "/m/@v/list", "m")));
      // usually "Unsupported or unrecognized SSL message"; on a loaded machine java.net.http sometimes
      // reports the stalled handshake as a connect time-out instead: either way the probe failed
      assertThat(r.get(0).outcome()).isIn(ProbeResult.Outcome.TLS, ProbeResult.Outcome.CONNECT);
      assertThat(r.get(0).failed()).isTrue();
    }
  }

  @Test
  void httpsProxyFromTheScanEnvironmentIsUsed() throws Exception {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    try (ServerSocket s = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread t = new Thread(() -> {
        try (Socket c = s.accept()) {
          InputStream in = c.getInputStream();
          byte[] buf = new byte[1024];
          int n = in.read(buf);
          seen.add(new String(buf, 0, Math.max(0, n), StandardCharsets.US_ASCII).lines().findFirst().orElse(""));
          OutputStream out = c.getOutputStream();
          out.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
        } catch (IOException e) {
          // ignore
        }
      });
      t.setDaemon(true);
      t.start();
      List<String> resolved = Collections.synchronizedList(new ArrayList<>());
      Prober prober = new Prober(Map.of("HTTPS_PROXY", "127.0.0.1:" + s.getLocalPort()), Duration.ofMillis(1500), 1,
          h -> Optional.empty(), host -> {
            resolved.add(host);
            return InetAddress.getAllByName(host);
          });
      List<ProbeResult> r = prober.run(List.of(proxyTarget("https://proxy.corp.invalid/m/@v/list", "m")));
      assertThat(seen).containsExactly("CONNECT proxy.corp.invalid:443 HTTP/1.1");
      // the target's name is resolved by the HTTP proxy, not locally
      assertThat(resolved).containsExactly("127.0.0.1");
      assertThat(r.get(0).failed()).isTrue();
      assertThat(r.get(0).detail()).contains("through proxy 127.0.0.1");
    }
  }

  @Test
  void fileProxy() throws IOException {
    Path proxy = dir.resolve("goproxy");
    Files.createDirectories(proxy.resolve("example.com/!azure/sdk/@v"));
    Files.writeString(proxy.resolve("example.com/!azure/sdk/@v/list"), "v1.0.0\n");
    String base = proxy.toUri().toString();
    List<ProbeResult> r = new Prober(Map.of(), Duration.ofMillis(500), 2).run(List.of(
        proxyTarget(base + "example.com/!azure/sdk/@v/list", "example.com/Azure/sdk"),
        proxyTarget(base + "example.com/other/@v/list", "example.com/other"),
        new ProbeTarget(ProbeTarget.Kind.PROXY, "file:///nowhere", dir.resolve("nowhere").toUri(), Optional.empty(), true)));
    assertThat(r).extracting(ProbeResult::outcome).containsExactly(
        ProbeResult.Outcome.OK, ProbeResult.Outcome.NOT_FOUND, ProbeResult.Outcome.FILE_ERROR);
  }

  @Test
  void credentialsInTheUrlTravelAsBasicAuthNotInTheRequestLine() throws IOException {
    try (LoopbackGoProxy p = new LoopbackGoProxy(dir)) {
      String url = p.url().replace("http://", "http://user:s3cr3t@") + "/m/@v/list";
      new Prober(Map.of(), Duration.ofMillis(1000), 1).run(List.of(proxyTarget(url, "m")));
      assertThat(p.requests()).containsExactly("/m/@v/list");
    }
  }

  @Test
  void manyTargetsRunConcurrentlyWithinTheBound() throws IOException {
    try (LoopbackGoProxy p = new LoopbackGoProxy(dir)) {
      List<ProbeTarget> ts = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        ts.add(proxyTarget(p.url() + "/example.com/m" + i + "/@v/list", "example.com/m" + i));
      }
      List<ProbeResult> r = new Prober(Map.of(), Duration.ofMillis(1500), 3).run(ts);
      assertThat(r).hasSize(12).allMatch(x -> x.outcome() == ProbeResult.Outcome.NOT_FOUND);
      assertThat(r.get(5).target().module()).contains("example.com/m5");
    }
  }
}
