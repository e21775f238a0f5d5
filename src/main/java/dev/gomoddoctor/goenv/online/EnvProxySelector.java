package dev.gomoddoctor.goenv.online;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the HTTP proxy for a probe the way Go's {@code net/http} does
 * ({@code golang.org/x/net/http/httpproxy}): {@code HTTPS_PROXY}/{@code https_proxy} for https
 * URLs, {@code HTTP_PROXY}/{@code http_proxy} for http, none for loopback hosts, and none for
 * hosts listed in {@code NO_PROXY}/{@code no_proxy} ({@code *}, {@code host}, {@code .domain},
 * {@code *.domain}, an IP, a CIDR, each optionally with {@code :port}). Reads the scan's
 * environment map, never the doctor's own environment.
 */
public final class EnvProxySelector extends ProxySelector {
  private final Optional<URI> httpsProxy;
  private final Optional<URI> httpProxy;
  private final List<String> noProxy;

  public EnvProxySelector(Map<String, String> env) {
    this.httpsProxy = proxyUrl(first(env, "HTTPS_PROXY", "https_proxy"));
    this.httpProxy = proxyUrl(first(env, "HTTP_PROXY", "http_proxy"));
    this.noProxy = List.of(first(env, "NO_PROXY", "no_proxy").split(","));
  }

  private static String first(Map<String, String> env, String upper, String lower) {
    String v = env.get(upper);
    if (v == null || v.isEmpty()) {
      v = env.get(lower);
    }
    return v == null ? "" : v;
  }

  /** A proxy setting without a scheme means http://, as in Go. */
  private static Optional<URI> proxyUrl(String raw) {
    if (raw.isBlank()) {
      return Optional.empty();
    }
    String s = raw.contains("://") ? raw : "http://" + raw;
    try {
      URI u = new URI(s);
      return u.getHost() == null ? Optional.empty() : Optional.of(u);
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The proxy Go would use for {@code target}, if any (its URL with user-info, for display only redacted). */
  public Optional<URI> proxyFor(URI target) {
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    Optional<URI> p = scheme.equals("https") ? httpsProxy : scheme.equals("http") ? httpProxy : Optional.empty();
    if (p.isEmpty() || target.getHost() == null) {
      return Optional.empty();
    }
    String host = stripBrackets(target.getHost().toLowerCase(Locale.ROOT));
    if (host.equals("localhost") || isLoopbackLiteral(host)) {
      return Optional.empty();
    }
    int port = target.getPort() > 0 ? target.getPort() : scheme.equals("https") ? 443 : 80;
    return bypassed(host, port) ? Optional.empty() : p;
  }

  private boolean bypassed(String host, int port) {
    for (String raw : noProxy) {
      String entry = raw.strip().toLowerCase(Locale.ROOT);
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.equals("*")) {
        return true;
      }
      if (entry.contains("/")) {
        if (inCidr(host, entry)) {
          return true;
        }
        continue;
      }
      int entryPort = 0;
      String name = entry;
      int colon = entry.lastIndexOf(':');
      if (colon > 0 && entry.indexOf(':') == colon) {
        try {
          entryPort = Integer.parseInt(entry.substring(colon + 1));
          name = entry.substring(0, colon);
        } catch (NumberFormatException e) {
          continue;
        }
      }
      name = stripBrackets(name);
      if (entryPort != 0 && entryPort != port) {
        continue;
      }
      if (name.startsWith("*.")) {
        name = name.substring(1);
      }
      if (name.startsWith(".")) {
        if (host.endsWith(name)) {
          return true;
        }
      } else if (host.equals(name) || host.endsWith("." + name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inCidr(String host, String cidr) {
    int slash = cidr.indexOf('/');
    try {
      if (!isIpLiteral(host)) {
        return false;
      }
      byte[] a = InetAddress.getByName(host).getAddress();
      byte[] net = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
      int bits = Integer.parseInt(cidr.substring(slash + 1));
      if (a.length != net.length || bits < 0 || bits > a.length * 8) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >> (i % 8);
        if ((a[i / 8] & mask) != (net[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  /** Literal addresses only: deciding about NO_PROXY must never cause a DNS lookup. */
  static boolean isIpLiteral(String host) {
    return host.matches("[0-9.]+") || host.contains(":");
  }

  private static boolean isLoopbackLiteral(String host) {
    if (host.matches("127(\\.[0-9]{1,3}){3}")) {
      return true;
    }
    return host.equals("::1") || host.equals("0:0:0:0:0:0:0:1");
  }

  private static String stripBrackets(String h) {
    return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
  }

  @Override
  public List<Proxy> select(URI uri) {
    Optional<URI> p = proxyFor(uri);
    if (p.isEmpty()) {
      return List.of(Proxy.NO_PROXY);
    }
    String scheme = p.get().getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      // socks5 proxies are not supported by java.net.http; the probe reports the setting instead
      return List.of(Proxy.NO_PROXY);
    }
    int port = p.get().getPort() > 0 ? p.get().getPort() : scheme.equals("https") ? 443 : 80;
    return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.get().getHost(), port)));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
    // nothing to remember: each probe reports its own failure
  }
}
