package dev.gomoddoctor.goenv.route;

import dev.gomoddoctor.goenv.model.ProxyList;
import java.util.List;
import java.util.Optional;

/**
 * How the go command would fetch one module version ({@code modfetch/proxy.go} TryProxies,
 * {@code repo.go} lookup, {@code fetch.go} useSumDB).
 *
 * @param module the path that is fetched (after a module-path replacement)
 * @param version the version needed
 * @param hops what is tried, in order: proxies (each reached after the one before answers
 *     404/410, or any error when written with {@code |}), then {@code direct} or {@code off}
 * @param noProxyMatch the GONOPROXY (or GOPRIVATE) glob that sends it straight to its VCS
 * @param checksumDb whether the checksum database is asked about it (go.sum lacks its lines,
 *     GOSUMDB is not off, GONOSUMDB does not match)
 * @param checksumDbName the database asked ({@code sum.golang.org}), "" when off
 * @param noSumDbMatch the GONOSUMDB (or GOPRIVATE) glob that keeps it from the database
 * @param insecureMatch the GOINSECURE glob that allows plain HTTP / unchecked TLS for it
 * @param hasSums go.sum has its lines
 * @param problem Go's GOPROXY/GOSUMDB error when the settings do not parse ("" when they do)
 */
public record Route(
    String module,
    String version,
    List<Hop> hops,
    Optional<String> noProxyMatch,
    boolean checksumDb,
    String checksumDbName,
    Optional<String> noSumDbMatch,
    Optional<String> insecureMatch,
    boolean hasSums,
    String problem) {

  public Route {
    hops = List.copyOf(hops);
  }

  /** One step of the route. */
  public record Hop(ProxyList.Kind kind, String url, String written, boolean fallBackOnError) {
    static Hop of(ProxyList.Entry e) {
      return new Hop(e.kind(), e.url(), e.written(), e.fallBackOnError());
    }

    public boolean isProxy() {
      return kind == ProxyList.Kind.URL;
    }
  }

  /** The first proxy asked, if the route starts with one. */
  public Optional<Hop> firstProxy() {
    return hops.isEmpty() || !hops.get(0).isProxy() ? Optional.empty() : Optional.of(hops.get(0));
  }

  public List<Hop> proxies() {
    return hops.stream().filter(Hop::isProxy).toList();
  }

  /** The route starts with a direct VCS fetch (GONOPROXY match, or GOPROXY=direct). */
  public boolean directFirst() {
    return !hops.isEmpty() && hops.get(0).kind() == ProxyList.Kind.DIRECT;
  }

  /** The route can end in a direct VCS fetch. */
  public boolean mayGoDirect() {
    return hops.stream().anyMatch(h -> h.kind() == ProxyList.Kind.DIRECT);
  }

  /** GOPROXY=off comes before any proxy or direct fetch: the lookup is disabled. */
  public boolean disabled() {
    return !hops.isEmpty() && hops.get(0).kind() == ProxyList.Kind.OFF;
  }

  /** No hop at all can fetch it: every proxy answered "not found" ends in {@code off}, or there is nothing. */
  public boolean endsOff() {
    return hops.isEmpty() || hops.get(hops.size() - 1).kind() == ProxyList.Kind.OFF;
  }

  /** A human description, one line per hop, for {@code gomod-doctor env --route}. */
  public List<String> describe(java.util.function.UnaryOperator<String> redact) {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (!problem.isEmpty()) {
      out.add("settings error: " + redact.apply(problem));
    }
    for (int i = 0; i < hops.size(); i++) {
      Hop h = hops.get(i);
      String prefix = (i + 1) + ". ";
      String line = switch (h.kind()) {
        case URL -> "proxy " + redact.apply(h.url()) + " (" + ProxyKinds.of(h.url()).name().toLowerCase(java.util.Locale.ROOT) + ")"
            + (i + 1 < hops.size() ? (h.fallBackOnError() ? "; on any error, next:" : "; on 404/410, next:") : "");
        case DIRECT -> "direct from its version control system"
            + noProxyMatch.map(g -> " (GONOPROXY/GOPRIVATE pattern " + g + ")").orElse("")
            + insecureMatch.map(g -> "; insecure (GOINSECURE pattern " + g + "): plain HTTP and unchecked TLS allowed").orElse("");
        case OFF -> "off: module lookup disabled by GOPROXY=off";
        case NOPROXY -> "noproxy";
      };
      out.add(prefix + line);
    }
    if (hasSums) {
      out.add("checksum database: not asked (go.sum has its lines)");
    } else if (checksumDb) {
      out.add("checksum database: " + checksumDbName + " is asked about it");
    } else if (noSumDbMatch.isPresent()) {
      out.add("checksum database: not asked (GONOSUMDB/GOPRIVATE pattern " + noSumDbMatch.get() + ")");
    } else {
      out.add("checksum database: off (GOSUMDB=off)");
    }
    return out;
  }
}
