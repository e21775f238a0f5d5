package dev.gomoddoctor.goenv.route;

import dev.gomoddoctor.goenv.model.ProxyList;
import dev.gomoddoctor.goenv.parser.GoUrl;
import java.util.Locale;
import java.util.Set;

/**
 * What kind of server a GOPROXY URL is: a public mirror anyone can use (and that learns every
 * path it is asked for), a corporate proxy, a loopback one, or a {@code file://} directory.
 */
public final class ProxyKinds {
  private ProxyKinds() {}

  public enum Kind {
    PUBLIC,
    CORPORATE,
    LOOPBACK,
    FILE
  }

  /** Public module mirrors (hosts). Corporate products (Athens, Artifactory, Nexus) are not here. */
  static final Set<String> PUBLIC_HOSTS = Set.of(
      "proxy.golang.org", "goproxy.io", "goproxy.cn", "proxy.golang.com.cn", "goproxy.baidu.com",
      "mirrors.aliyun.com", "mirrors.cloud.tencent.com", "repo.huaweicloud.com", "gocenter.io",
      "goproxy.dev", "mirrors.tencent.com");

  public static Kind of(ProxyList.Entry entry) {
    return of(entry.url());
  }

  public static Kind of(String url) {
    GoUrl u = GoUrl.parse(url).url().orElse(null);
    if (u == null) {
      return Kind.CORPORATE;
    }
    if (u.scheme().equals("file")) {
      return Kind.FILE;
    }
    String host = u.hostname().toLowerCase(Locale.ROOT);
    if (isLoopbackHost(host)) {
      return Kind.LOOPBACK;
    }
    return PUBLIC_HOSTS.contains(host) ? Kind.PUBLIC : Kind.CORPORATE;
  }

  public static boolean isPublic(ProxyList.Entry e) {
    return e.isProxy() && of(e) == Kind.PUBLIC;
  }

  /** An {@code http://} proxy whose traffic leaves the machine unencrypted (GMD204). */
  public static boolean isPlainHttpRemote(ProxyList.Entry e) {
    if (!e.isProxy()) {
      return false;
    }
    GoUrl u = GoUrl.parse(e.url()).url().orElse(null);
    return u != null && u.scheme().equals("http") && !isLoopbackHost(u.hostname().toLowerCase(Locale.ROOT));
  }

  /** A proxy URL as Go prints it: a password replaced by {@code xxxxx}. */
  public static String displayUrl(String url) {
    return GoUrl.parse(url).url().map(GoUrl::redacted).map(Tokens::redact).orElse(Tokens.redact(url));
  }

  static boolean isLoopbackHost(String host) {
    return host.equals("localhost") || host.endsWith(".localhost") || host.equals("::1")
        || host.matches("127(\\.[0-9]{1,3}){3}");
  }
}
