package dev.gomoddoctor.goenv.online;

import dev.gomoddoctor.cache.verify.CacheLayout;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which requests {@code --online} makes, and the privacy rule they obey: a module path goes to
 * a proxy only when {@code proxyMayLearn} accepts it (not matched by GONOPROXY/GOPRIVATE, nor by
 * the declared private patterns), and to the checksum database only when {@code sumDbMayLearn}
 * accepts it (not matched by GONOSUMDB). The go command itself would never send those paths
 * there either; the doctor must not be the one that leaks them.
 */
public final class ProbePlan {
  private ProbePlan() {}

  /** A GOPROXY entry that is a URL, in list order. */
  public record ProxyBase(String url, String display) {}

  /**
   * The checksum database.
   *
   * @param name its name ({@code sum.golang.org})
   * @param url the explicit URL from GOSUMDB, if given (then the go command bypasses proxies)
   */
  public record SumDb(String name, Optional<String> url) {}

  /** A required module and the version the build needs. */
  public record Module(String path, String version) {}

  public static List<ProbeTarget> build(
      List<ProxyBase> proxies,
      Optional<SumDb> sumdb,
      List<Module> modules,
      Predicate<String> proxyMayLearn,
      Predicate<String> sumDbMayLearn,
      int maxModules) {
    List<ProbeTarget> out = new ArrayList<>();
    List<Module> forProxies = modules.stream()
        .filter(m -> proxyMayLearn.test(m.path()))
        .filter(m -> escape(m.path()).isPresent())
        .limit(maxModules)
        .toList();
    for (ProxyBase p : proxies) {
      String base = trimSlash(p.url());
      if (forProxies.isEmpty()) {
        uri(base + "/").ifPresent(u ->
            out.add(new ProbeTarget(ProbeTarget.Kind.PROXY, p.display(), u, Optional.empty(), true)));
      }
      for (Module m : forProxies) {
        uri(base + "/" + escape(m.path()).orElseThrow() + "/@v/list").ifPresent(u ->
            out.add(new ProbeTarget(ProbeTarget.Kind.PROXY, p.display(), u, Optional.of(m.path()), false)));
      }
    }
    if (sumdb.isPresent()) {
      SumDb db = sumdb.get();
      String base = trimSlash(db.url().orElse("https://" + db.name()));
      String display = db.url().map(u -> db.name() + " " + u).orElse(db.name());
      Optional<Module> lookup = modules.stream()
          .filter(m -> sumDbMayLearn.test(m.path()))
          .filter(m -> escape(m.path()).isPresent() && escape(m.version()).isPresent() && m.version().startsWith("v"))
          .findFirst();
      Optional<URI> u = lookup.isPresent()
          ? uri(base + "/lookup/" + escape(lookup.get().path()).orElseThrow() + "@"
              + escape(lookup.get().version()).orElseThrow())
          : uri(base + "/latest");
      u.ifPresent(x -> out.add(new ProbeTarget(ProbeTarget.Kind.SUMDB, display, x,
          lookup.map(Module::path), false)));
      if (db.url().isEmpty() && !proxies.isEmpty() && !proxies.get(0).url().startsWith("file:")) {
        ProxyBase first = proxies.get(0);
        uri(trimSlash(first.url()) + "/sumdb/" + db.name() + "/supported").ifPresent(x ->
            out.add(new ProbeTarget(ProbeTarget.Kind.SUMDB_VIA_PROXY, first.display(), x, Optional.empty(), false)));
      }
    }
    return out;
  }

  private static String trimSlash(String s) {
    String out = s;
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  private static Optional<URI> uri(String s) {
    try {
      return Optional.of(new URI(s));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * The module proxy protocol's case-encoding (x/mod {@code module.EscapePath}), shared with the
   * module-cache layout; empty also for characters a URL path cannot carry.
   */
  static Optional<String> escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || "\"#%?\\<>`^{}|".indexOf(c) >= 0) {
        return Optional.empty();
      }
    }
    return CacheLayout.escape(s);
  }
}
