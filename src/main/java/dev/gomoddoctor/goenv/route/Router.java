package dev.gomoddoctor.goenv.route;

import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.goenv.model.ProxyList;
import dev.gomoddoctor.goenv.model.SumDb;
import dev.gomoddoctor.goenv.parser.PrefixPatterns;
import dev.gomoddoctor.goenv.parser.ProxyListParser;
import dev.gomoddoctor.goenv.parser.SumDbParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides routes from the effective settings, as the go command's lookup does: the implicit
 * {@code noproxy} entry sends GONOPROXY matches to their VCS (even under GOPROXY=off); other
 * paths walk the proxy list up to {@code direct} or {@code off}; the checksum database is asked
 * only when go.sum lacks the module's lines, GOSUMDB is not off and GONOSUMDB does not match.
 *
 * @param gonoproxy effective GONOPROXY (GOPRIVATE when empty), as the resolver gives it
 * @param gonosumdb effective GONOSUMDB (GOPRIVATE when empty)
 */
public record Router(ProxyList proxyList, SumDb sumDb, String gonoproxy, String gonosumdb, String goinsecure) {

  public static Router of(GoEnv env) {
    String gonoproxy = env.get("GONOPROXY");
    return new Router(
        ProxyListParser.parse(env.get("GOPROXY"), gonoproxy),
        SumDbParser.parse(env.get("GOSUMDB")),
        gonoproxy,
        env.get("GONOSUMDB"),
        env.get("GOINSECURE"));
  }

  public Route route(String module, String version, boolean hasSums) {
    Optional<String> noProxy = Optional.ofNullable(PrefixPatterns.firstMatch(gonoproxy, module));
    Optional<String> noSum = Optional.ofNullable(PrefixPatterns.firstMatch(gonosumdb, module));
    Optional<String> insecure = Optional.ofNullable(PrefixPatterns.firstMatch(goinsecure, module));
    List<Route.Hop> hops = new ArrayList<>();
    for (ProxyList.Entry e : proxyList.entries()) {
      if (e.kind() == ProxyList.Kind.NOPROXY) {
        if (noProxy.isPresent()) {
          hops.add(new Route.Hop(ProxyList.Kind.DIRECT, "direct", "", false));
          break;
        }
        continue; // "path does not match GOPRIVATE/GONOPROXY": not-exist, on to the next entry
      }
      if (e.kind() == ProxyList.Kind.URL && noProxy.isPresent()) {
        continue; // "disabled by GOPRIVATE/GONOPROXY": not-exist, on to the next entry
      }
      hops.add(Route.Hop.of(e));
      if (e.kind() != ProxyList.Kind.URL) {
        break; // direct and off end the list
      }
    }
    boolean sumDbOn = !sumDb.off() && sumDb.valid();
    boolean asks = !hasSums && sumDbOn && noSum.isEmpty();
    String problem = !proxyList.valid() ? proxyList.error() : !sumDb.off() && !sumDb.valid() ? sumDb.error() : "";
    return new Route(module, version, hops, noProxy, asks, sumDbOn ? sumDb.name() : "", noSum, insecure,
        hasSums, problem);
  }
}
