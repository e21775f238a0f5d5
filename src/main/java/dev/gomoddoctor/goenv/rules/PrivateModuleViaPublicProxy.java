package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.route.ModuleRoute;
import dev.gomoddoctor.goenv.route.PrivatePaths;
import dev.gomoddoctor.goenv.route.ProxyKinds;
import dev.gomoddoctor.goenv.route.Route;
import dev.gomoddoctor.goenv.route.RoutingFacts;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    code = "GMD202",
    name = "private-module-via-public-proxy",
    severity = Severity.ERROR,
    summary = "a private module would be requested from a public proxy or the public checksum database",
    tags = {"goenv", "proxy", "security"},
    securitySeverity = "6.5",
    help = """
        A module path that looks private (it matches the `private:` patterns of
        `.gomod-doctor.yaml`, its host is an IP address, or its host ends in `.local`,
        `.internal`, `.corp`, `.lan`, `.intranet`, `.home`, `.home.arpa` or `.localdomain`) is
        about to be disclosed outside the organisation:

        - **proxy leg:** GONOPROXY (GOPRIVATE when it is empty) does not match it and the first
          GOPROXY entry asked is a public mirror (proxy.golang.org, goproxy.io, goproxy.cn, ...).
          The mirror answers 404/410 and has learned the path:

              go: git.acme.corp/team/lib@v1.0.0: reading https://proxy.golang.org/git.acme.corp/team/lib/@v/v1.0.0.info: 404 Not Found

        - **checksum leg:** GONOSUMDB (GOPRIVATE when it is empty) does not match it, GOSUMDB is
          not `off` and go.sum lacks its lines. The lookup fails and the path is disclosed to the
          checksum database:

              verifying module: git.acme.corp/team/lib@v1.0.0: reading https://sum.golang.org/lookup/git.acme.corp/team/lib@v1.0.0: 404 Not Found

        (older proxies answer `410 Gone`).

        **Fix:** `go env -w GOPRIVATE=git.acme.corp` (sets both GONOPROXY and GONOSUMDB),
        or a pattern for your organisation such as `github.com/acme/*`.

        **Quiet:** public modules that match no declared private pattern; GOPRIVATE/GONOPROXY
        matches (proxy leg) and GONOSUMDB matches (checksum leg); filesystem replacements (a
        module-path replacement is judged by the replacement path); vendor mode; a first proxy
        that is not public (corporate, `file://`, loopback: routing private modules through a
        corporate proxy is the intended design); paths with a port or without a dot in the first
        element (Go rejects them first, GMD100).
        """)
public final class PrivateModuleViaPublicProxy implements RoutingRule {

  @Override
  public void check(RoutingFacts facts, FindingSink sink) {
    for (ModuleRoute m : facts.modules()) {
      if (!m.fetched() || !PrivatePaths.fetchable(m.path())) {
        continue;
      }
      Optional<String> why = PrivatePaths.why(m.path(), facts.declaredPrivate());
      if (why.isEmpty()) {
        continue;
      }
      Route r = m.route();
      List<String> legs = new ArrayList<>();
      Optional<Route.Hop> first = r.firstProxy();
      if (r.noProxyMatch().isEmpty() && first.isPresent() && ProxyKinds.of(first.get().url()) == ProxyKinds.Kind.PUBLIC) {
        legs.add("the public proxy " + ProxyKinds.displayUrl(first.get().url()) + " is asked first (GONOPROXY does not match it)");
      }
      if (r.checksumDb() && facts.router().sumDb().isPublic()) {
        legs.add("the checksum database " + r.checksumDbName() + " is asked (GONOSUMDB does not match it and go.sum lacks its lines)");
      }
      if (legs.isEmpty()) {
        continue;
      }
      sink.report(this, RoutingFacts.at(m.goMod()),
          "private-looking module " + m.display() + " (" + why.get() + ") would be disclosed: "
              + String.join("; ", legs),
          "go env -w GOPRIVATE=" + suggest(m.path(), facts.declaredPrivate())
              + " (covers GONOPROXY and GONOSUMDB), or set it in the build's environment");
    }
  }

  private static String suggest(String path, List<String> declared) {
    String glob = declared.isEmpty() ? null
        : dev.gomoddoctor.goenv.parser.PrefixPatterns.firstMatch(String.join(",", declared), path);
    return glob != null ? glob : GoproxyNoNetworkPath.suggestPattern(path);
  }
}
