package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.model.ProxyList;
import dev.gomoddoctor.goenv.route.ModuleRoute;
import dev.gomoddoctor.goenv.route.ProxyKinds;
import dev.gomoddoctor.goenv.route.RoutingFacts;
import dev.gomoddoctor.goenv.route.Tokens;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.List;

@RuleInfo(
    code = "GMD204",
    name = "insecure-fetch",
    severity = Severity.WARNING,
    summary = "GOINSECURE set, or a non-loopback `http://` proxy",
    tags = {"goenv", "security"},
    help = """
        GOINSECURE lets Go fetch the matching modules directly over plain HTTP and without
        checking TLS certificates; an `http://` GOPROXY entry sends every request and answer
        unencrypted over the network. Anyone on the path can serve other code (go.sum still
        protects modules it already lists; new ones are only as safe as the transport).

        Go says nothing; the fetch succeeds without transport security.

        **Fix:** serve the repository or proxy over HTTPS (with a certificate the build trusts:
        add the CA to the system store or `SSL_CERT_FILE`), then `go env -u GOINSECURE` and use an
        `https://` proxy URL.

        **Quiet:** GOINSECURE empty; loopback `http://` proxies (`localhost`, `127.0.0.1`).
        """)
public final class InsecureFetch implements RoutingRule {

  @Override
  public void check(RoutingFacts facts, FindingSink sink) {
    if (facts.anchor().isEmpty()) {
      return;
    }
    String goinsecure = facts.env().get("GOINSECURE");
    if (!goinsecure.isEmpty()) {
      List<String> matched = facts.modules().stream()
          .filter(ModuleRoute::fetched)
          .filter(m -> m.route().insecureMatch().isPresent())
          .map(ModuleRoute::display).distinct().toList();
      sink.report(this, facts.anchorLocation().get(),
          "GOINSECURE=" + Tokens.redact(goinsecure) + " " + facts.from("GOINSECURE")
              + " allows plain HTTP and unchecked TLS for matching modules"
              + (matched.isEmpty() ? "" : ": " + String.join(", ", matched.subList(0, Math.min(5, matched.size())))
                  + (matched.size() > 5 ? " and " + (matched.size() - 5) + " more" : "")),
          "serve them over HTTPS with a trusted certificate, then go env -u GOINSECURE (and unset it in CI)");
    }
    for (ProxyList.Entry e : facts.router().proxyList().proxies()) {
      if (ProxyKinds.isPlainHttpRemote(e)) {
        sink.report(this, facts.anchorLocation().get(),
            "GOPROXY entry " + ProxyKinds.displayUrl(e.url()) + " " + facts.from("GOPROXY")
                + " is plain http:// to a remote host: module downloads travel unencrypted",
            "use the proxy's https:// URL in GOPROXY");
      }
    }
  }
}
