package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.credentials.Netrc;
import dev.gomoddoctor.goenv.model.ProxyList;
import dev.gomoddoctor.goenv.model.SumDb;
import dev.gomoddoctor.goenv.online.ProbePlan;
import dev.gomoddoctor.goenv.online.ProbeResult;
import dev.gomoddoctor.goenv.online.ProbeTarget;
import dev.gomoddoctor.goenv.online.Prober;
import dev.gomoddoctor.goenv.route.ModuleRoute;
import dev.gomoddoctor.goenv.route.PrivatePaths;
import dev.gomoddoctor.goenv.route.ProxyKinds;
import dev.gomoddoctor.goenv.route.RoutingFacts;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

@RuleInfo(
    code = "GMD210",
    name = "proxy-unreachable",
    severity = Severity.ERROR,
    summary = "(`--online` only) a proxy or checksum database that does not answer correctly",
    tags = {"goenv", "proxy", "online"},
    help = """
        Only with `--online`: the doctor asks each GOPROXY entry for `/<module>/@v/list` of a
        few required modules (never a module matched by GONOPROXY/GOPRIVATE or a declared
        private pattern), and the checksum database for `/lookup/<module>@<version>` (never a
        GONOSUMDB match; `/latest` when no module may be named), through the `HTTPS_PROXY` /
        `NO_PROXY` of the scanned environment, with a short time-out
        (`online-timeout-ms` in `.gomod-doctor.yaml`). It fires for an endpoint that fails DNS,
        TCP, TLS, times out, or answers 5xx / another non-2xx status, and for a required module
        that every proxy answers 404/410 for when no `direct` follows. The message says which
        error and how long it took. Go says, for example:

            reading https://athens.corp.example.com/example.com/m/@v/list: 502 Bad Gateway
            dial tcp: lookup athens.corp.example.com: no such host

        or a TLS error, or a time-out.

        **Fix:** correct the GOPROXY/GOSUMDB URL, allow the build host to reach it (firewall,
        `HTTPS_PROXY`, `NO_PROXY`), trust its certificate, or put `direct` after it.

        **Quiet:** offline mode (the default): no network traffic at all.
        """)
public final class ProxyUnreachable implements RoutingRule {
  /** Required modules named per proxy: enough to tell "down" from "missing one module". */
  static final int MODULES_PER_PROXY = 5;
  static final int CONCURRENCY = 4;

  @Override
  public void check(RoutingFacts facts, FindingSink sink) {
    if (!facts.online() || facts.anchor().isEmpty()) {
      return;
    }
    ProxyList list = facts.router().proxyList();
    SumDb db = facts.router().sumDb();
    List<ProbePlan.ProxyBase> bases = list.valid()
        ? list.proxies().stream().map(e -> new ProbePlan.ProxyBase(e.url(), ProxyKinds.displayUrl(e.url()))).toList()
        : List.of();
    Optional<ProbePlan.SumDb> sumdb = !db.off() && db.valid()
        ? Optional.of(new ProbePlan.SumDb(db.name(), db.url())) : Optional.empty();
    List<ModuleRoute> fetched = facts.modules().stream().filter(ModuleRoute::fetched).toList();
    List<ProbePlan.Module> modules = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ModuleRoute m : fetched) {
      if (seen.add(m.path() + "@" + m.version())) {
        modules.add(new ProbePlan.Module(m.path(), m.version()));
      }
    }
    List<String> declared = facts.declaredPrivate();
    Map<String, ModuleRoute> byPath = new LinkedHashMap<>();
    fetched.forEach(m -> byPath.putIfAbsent(m.path(), m));
    // the go command never sends these to a proxy or the database; the doctor must not either
    List<ProbeTarget> plan = ProbePlan.build(bases, sumdb, modules,
        p -> byPath.get(p).route().noProxyMatch().isEmpty() && !PrivatePaths.isPrivateLooking(p, declared),
        p -> byPath.get(p).route().noSumDbMatch().isEmpty() && !PrivatePaths.isPrivateLooking(p, declared),
        MODULES_PER_PROXY);
    if (plan.isEmpty()) {
      return;
    }
    Prober prober = new Prober(facts.environment(), Duration.ofMillis(facts.config().onlineTimeoutMillis()),
        CONCURRENCY, netrcAuthorization(facts));
    report(facts, sink, prober.run(plan), list);
  }

  private void report(RoutingFacts facts, FindingSink sink, List<ProbeResult> results, ProxyList list) {
    Map<String, ProbeResult> firstFailure = new LinkedHashMap<>();
    Map<String, List<String>> notFoundBy = new LinkedHashMap<>();
    Map<String, Integer> proxiesAsked = new LinkedHashMap<>();
    ProbeResult sumdbFailure = null;
    boolean sumdbViaProxy = false;
    for (ProbeResult r : results) {
      ProbeTarget t = r.target();
      switch (t.kind()) {
        case PROXY -> {
          if (r.failed()) {
            firstFailure.putIfAbsent(t.endpoint(), r);
          }
          t.module().ifPresent(m -> {
            proxiesAsked.merge(m, 1, Integer::sum);
            if (r.outcome() == ProbeResult.Outcome.NOT_FOUND) {
              notFoundBy.computeIfAbsent(m, k -> new ArrayList<>()).add(t.endpoint() + " " + r.describe());
            }
          });
        }
        case SUMDB -> {
          if (r.failed() || r.outcome() == ProbeResult.Outcome.NOT_FOUND && t.module().isEmpty()) {
            sumdbFailure = r;
          }
        }
        case SUMDB_VIA_PROXY -> sumdbViaProxy = r.outcome() == ProbeResult.Outcome.OK;
      }
    }
    for (Map.Entry<String, ProbeResult> e : firstFailure.entrySet()) {
      ProbeResult r = e.getValue();
      sink.report(this, facts.anchorLocation().get(),
          "GOPROXY entry " + e.getKey() + " " + facts.from("GOPROXY") + ": " + r.describe()
              + " (GET " + pathOf(r) + ")",
          "check the URL, the network path to it (firewall, HTTPS_PROXY/NO_PROXY) and its certificate; "
              + "or add ,direct after it");
    }
    boolean fallsToDirect = list.endsDirect();
    for (Map.Entry<String, List<String>> e : notFoundBy.entrySet()) {
      if (fallsToDirect || e.getValue().size() < proxiesAsked.getOrDefault(e.getKey(), 0)) {
        continue;
      }
      ModuleRoute m = facts.modules().stream().filter(x -> x.path().equals(e.getKey())).findFirst().orElseThrow();
      sink.report(this, RoutingFacts.at(m.goMod()),
          "required module " + m.display() + " is not found on any GOPROXY entry and no direct follows: "
              + String.join("; ", e.getValue()),
          "add ,direct to GOPROXY, or publish the module to the proxy, or match it with GOPRIVATE if it is private");
    }
    if (sumdbFailure != null && !sumdbViaProxy) {
      sink.report(this, facts.anchorLocation().get(),
          "checksum database " + sumdbFailure.target().endpoint() + " " + facts.from("GOSUMDB") + ": "
              + sumdbFailure.describe() + " (GET " + pathOf(sumdbFailure) + ")",
          "allow the build host to reach it (or a GOPROXY that serves /sumdb/), or keep go.sum complete so it is not asked");
    }
  }

  private static String pathOf(ProbeResult r) {
    String p = r.target().uri().getRawPath();
    return p == null || p.isEmpty() ? "/" : p;
  }

  /**
   * The go command sends .netrc credentials to https hosts (always before Go 1.24, through
   * GOAUTH=netrc after); a probe without them would take an authenticating proxy for a broken one.
   */
  private static Function<String, Optional<String>> netrcAuthorization(RoutingFacts facts) {
    String goauth = facts.env().get("GOAUTH");
    boolean usesNetrc = !facts.env().goVersion().atLeast("1.24") || goauth.isEmpty()
        || List.of(goauth.split(";")).stream().map(String::strip).anyMatch(c -> c.equals("netrc"));
    if (!usesNetrc) {
      return host -> Optional.empty();
    }
    Netrc netrc = facts.credentials().get().netrc().content();
    return host -> netrc.goEntryFor(host).map(e -> "Basic " + Base64.getEncoder().encodeToString(
        (e.login() + ":" + e.password()).getBytes(StandardCharsets.UTF_8)));
  }
}
