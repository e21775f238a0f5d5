package dev.gomoddoctor.goenv.online;

import dev.gomoddoctor.Version;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javax.net.ssl.SSLException;

/**
 * Runs {@code --online} probes: for each target, a DNS lookup (of the HTTP proxy's host when the
 * environment routes the request through one), then one GET with java.net.http, classified as
 * DNS, TCP, TLS, time-out or HTTP status, with timings. {@code file://} targets are checked on
 * disk. Probes run concurrently with a fixed bound; every wait is bounded by the timeout. Only
 * constructed when the user passed {@code --online}: a default scan never reaches this class.
 */
public final class Prober {
  private final EnvProxySelector proxies;
  private final Duration timeout;
  private final int concurrency;
  private final Function<String, Optional<String>> authorizationForHost;
  private final HostResolver resolver;

  /** Name resolution, injectable so tests can fail or delay it without touching real DNS. */
  @FunctionalInterface
  public interface HostResolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /**
   * @param authorizationForHost the {@code Authorization} header the go command would send to an
   *     https host from its .netrc/GOAUTH credentials, if any (so that an authenticated proxy is
   *     not mistaken for a broken one)
   */
  public Prober(Map<String, String> env, Duration timeout, int concurrency,
      Function<String, Optional<String>> authorizationForHost, HostResolver resolver) {
    this.proxies = new EnvProxySelector(env);
    this.timeout = timeout;
    this.concurrency = Math.max(1, concurrency);
    this.authorizationForHost = authorizationForHost;
    this.resolver = resolver;
  }

  public Prober(Map<String, String> env, Duration timeout, int concurrency,
      Function<String, Optional<String>> authorizationForHost) {
    this(env, timeout, concurrency, authorizationForHost, InetAddress::getAllByName);
  }

  public Prober(Map<String, String> env, Duration timeout, int concurrency) {
    this(env, timeout, concurrency, host -> Optional.empty());
  }

  /** Runs every target; results come back in the targets' order. */
  public List<ProbeResult> run(List<ProbeTarget> targets) {
    if (targets.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, targets.size()), r -> {
      Thread t = new Thread(r, "online-probe");
      t.setDaemon(true);
      return t;
    });
    ExecutorService dnsPool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "online-dns");
      t.setDaemon(true);
      return t;
    });
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .proxy(proxies)
        // NORMAL refuses https -> http redirects, as the go command does
        .followRedirects(HttpClient.Redirect.NORMAL)
        // no h2c upgrade headers on plain http: some corporate proxies answer those oddly
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    try {
      List<Future<ProbeResult>> futures = new ArrayList<>();
      for (ProbeTarget t : targets) {
        futures.add(pool.submit(() -> probe(t, client, dnsPool)));
      }
      List<ProbeResult> out = new ArrayList<>();
      // a probe is DNS + connect + response, each bounded by the timeout; allow for queueing
      long budget = timeout.toMillis() * 3 * ((targets.size() + concurrency - 1) / concurrency) + 1000;
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budget);
      for (int i = 0; i < futures.size(); i++) {
        long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        try {
          out.add(futures.get(i).get(left, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
          futures.get(i).cancel(true);
          out.add(new ProbeResult(targets.get(i), ProbeResult.Outcome.TIMEOUT, 0, 0, budget, "no answer"));
        } catch (ExecutionException e) {
          out.add(new ProbeResult(targets.get(i), ProbeResult.Outcome.OTHER, 0, 0, 0, String.valueOf(e.getCause())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          out.add(new ProbeResult(targets.get(i), ProbeResult.Outcome.OTHER, 0, 0, 0, "interrupted"));
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
      dnsPool.shutdownNow();
    }
  }

  private ProbeResult probe(ProbeTarget t, HttpClient client, ExecutorService dnsPool) {
    long t0 = System.nanoTime();
    String scheme = t.uri().getScheme();
    if ("file".equals(scheme)) {
      return probeFile(t, t0);
    }
    Optional<URI> viaProxy = proxies.proxyFor(t.uri());
    String host = viaProxy.map(URI::getHost).orElse(t.uri().getHost());
    if (host == null) {
      return result(t, ProbeResult.Outcome.OTHER, 0, 0, t0, "no host in URL");
    }
    String proxyNote = viaProxy.map(p -> " (through proxy " + p.getHost() + (p.getPort() > 0 ? ":" + p.getPort() : "") + ")")
        .orElse("");
    if (viaProxy.isPresent() && !viaProxy.get().getScheme().startsWith("http")) {
      return result(t, ProbeResult.Outcome.OTHER, 0, 0, t0,
          "proxy scheme " + viaProxy.get().getScheme() + " is not supported by the probe" + proxyNote);
    }
    long d0 = System.nanoTime();
    Future<InetAddress[]> dns = dnsPool.submit(() -> resolver.resolve(stripBrackets(host)));
    try {
      dns.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      dns.cancel(true);
      return result(t, ProbeResult.Outcome.DNS, 0, millisSince(d0), t0, "lookup " + host + ": timed out" + proxyNote);
    } catch (ExecutionException e) {
      return result(t, ProbeResult.Outcome.DNS, 0, millisSince(d0), t0, "lookup " + host + ": no such host" + proxyNote);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return result(t, ProbeResult.Outcome.OTHER, 0, millisSince(d0), t0, "interrupted");
    }
    long dnsMillis = Math.max(1, millisSince(d0));
    HttpRequest.Builder rb = HttpRequest.newBuilder(withoutUserInfo(t.uri()))
        .timeout(timeout)
        .header("User-Agent", "gomod-doctor/" + Version.get() + " (--online probe)")
        .GET();
    authorization(t.uri()).ifPresent(a -> rb.header("Authorization", a));
    HttpRequest req = rb.build();
    try {
      HttpResponse<Void> resp = client.send(req, HttpResponse.BodyHandlers.discarding());
      int status = resp.statusCode();
      ProbeResult.Outcome o;
      if (status == 200 || (t.reachabilityOnly() && status < 500)) {
        o = ProbeResult.Outcome.OK;
      } else if (status == 404 || status == 410) {
        o = ProbeResult.Outcome.NOT_FOUND;
      } else {
        o = ProbeResult.Outcome.HTTP_ERROR;
      }
      return result(t, o, status, dnsMillis, t0, proxyNote.strip());
    } catch (HttpConnectTimeoutException e) {
      return result(t, ProbeResult.Outcome.CONNECT, 0, dnsMillis, t0, "connect timed out" + proxyNote);
    } catch (HttpTimeoutException e) {
      return result(t, ProbeResult.Outcome.TIMEOUT, 0, dnsMillis, t0,
          "no answer within " + timeout.toMillis() + " ms" + proxyNote);
    } catch (IOException e) {
      return classify(t, e, dnsMillis, t0, proxyNote);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return result(t, ProbeResult.Outcome.OTHER, 0, dnsMillis, t0, "interrupted");
    } catch (IllegalArgumentException e) {
      return result(t, ProbeResult.Outcome.OTHER, 0, dnsMillis, t0, "invalid URL");
    }
  }

  private ProbeResult classify(ProbeTarget t, IOException e, long dnsMillis, long t0, String proxyNote) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof SSLException) {
        return result(t, ProbeResult.Outcome.TLS, 0, dnsMillis, t0, message(c) + proxyNote);
      }
      if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
        return result(t, ProbeResult.Outcome.DNS, 0, dnsMillis, t0, "no such host" + proxyNote);
      }
      if (c instanceof ConnectException || c instanceof NoRouteToHostException) {
        return result(t, ProbeResult.Outcome.CONNECT, 0, dnsMillis, t0, message(c) + proxyNote);
      }
    }
    String m = message(e);
    if (m.toLowerCase(java.util.Locale.ROOT).contains("tunnel")) {
      return result(t, ProbeResult.Outcome.CONNECT, 0, dnsMillis, t0, m + proxyNote);
    }
    return result(t, ProbeResult.Outcome.OTHER, 0, dnsMillis, t0, m + proxyNote);
  }

  private static String message(Throwable c) {
    String m = c.getMessage();
    return m == null || m.isBlank() ? c.getClass().getSimpleName() : m;
  }

  /** A file:// proxy: the go command reads the same files; a missing one is "not found". */
  private ProbeResult probeFile(ProbeTarget t, long t0) {
    Path p;
    try {
      p = Path.of(t.uri());
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return result(t, ProbeResult.Outcome.FILE_ERROR, 0, 0, t0, "not a local file URL");
    }
    if (t.reachabilityOnly()) {
      return Files.isDirectory(p) ? result(t, ProbeResult.Outcome.OK, 0, 0, t0, "")
          : result(t, ProbeResult.Outcome.FILE_ERROR, 0, 0, t0, "directory " + p + " does not exist");
    }
    if (Files.isRegularFile(p)) {
      return Files.isReadable(p) ? result(t, ProbeResult.Outcome.OK, 0, 0, t0, "")
          : result(t, ProbeResult.Outcome.FILE_ERROR, 0, 0, t0, p + ": permission denied");
    }
    return result(t, ProbeResult.Outcome.NOT_FOUND, 0, 0, t0, p + ": no such file or directory");
  }

  private static ProbeResult result(ProbeTarget t, ProbeResult.Outcome o, int status, long dns, long t0, String detail) {
    return new ProbeResult(t, o, status, dns, millisSince(t0), detail);
  }

  /**
   * As the go command: user-info in the URL becomes basic auth (net/http); otherwise https
   * requests carry the host's .netrc/GOAUTH credentials.
   */
  private Optional<String> authorization(URI u) {
    String ui = u.getRawUserInfo();
    if (ui != null) {
      String decoded = java.net.URLDecoder.decode(ui.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
      return Optional.of("Basic " + java.util.Base64.getEncoder().encodeToString(
          decoded.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    if ("https".equals(u.getScheme()) && u.getHost() != null) {
      return authorizationForHost.apply(u.getHost());
    }
    return Optional.empty();
  }

  /** The URL without user-info: credentials travel in a header, never in the request line. */
  private static URI withoutUserInfo(URI u) {
    if (u.getRawUserInfo() == null) {
      return u;
    }
    try {
      return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), u.getQuery(), null);
    } catch (java.net.URISyntaxException e) {
      return u;
    }
  }

  private static String stripBrackets(String h) {
    return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
