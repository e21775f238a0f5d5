package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.model.ProxyList;
import dev.gomoddoctor.goenv.route.ModuleRoute;
import dev.gomoddoctor.goenv.route.PrivatePaths;
import dev.gomoddoctor.goenv.route.ProxyKinds;
import dev.gomoddoctor.goenv.route.RoutingFacts;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.List;

@RuleInfo(
    code = "GMD201",
    name = "goproxy-no-network-path",
    severity = Severity.WARNING,
    summary = "GOPROXY leaves some needed module with no way to be fetched",
    tags = {"goenv", "proxy"},
    help = """
        Go fetches a module through the GOPROXY list: each proxy in turn (`,` moves on after a
        404/410, `|` after any error), then `direct` (its version control system) or `off`.
        Modules matched by GONOPROXY (GOPRIVATE when it is empty) are always fetched directly,
        even with `GOPROXY=off`. Some values leave needed modules stranded:

        - `GOPROXY=off` while a required module is neither vendored nor complete in the module
          cache. Go says:

              go: example.com/m@v1.2.3: module lookup disabled by GOPROXY=off

        - `GOPROXY=direct` alone: every module is cloned from its repository, so git (or the
          module's VCS) and network access to every VCS host are required (in an image without
          git, see GMD408);
        - a list without `direct` whose proxies are all public mirrors, while private-looking
          modules are not matched by GONOPROXY: the mirrors cannot serve them.

        When the value comes from `$GOROOT/go.env` (a distribution default, e.g. Fedora's
        `GOPROXY=direct`), the finding is a note.

        **Fix:** `go env -w GOPROXY=https://proxy.golang.org,direct` (or your corporate proxy
        first), and `go env -w GOPRIVATE=<your hosts>` for private modules; or vendor
        (`go mod vendor`), or fill the module cache (`go mod download`) while online.

        **Quiet:** vendor mode; every required module complete in the module cache; a corporate
        (non-public) first proxy; private modules matched by GONOPROXY; a working proxy followed
        by `direct`.
        """)
public final class GoproxyNoNetworkPath implements RoutingRule {
  private static final int LISTED = 5;

  @Override
  public void check(RoutingFacts facts, FindingSink sink) {
    ProxyList list = facts.router().proxyList();
    if (!list.valid() || facts.anchor().isEmpty()) {
      return; // GMD200 reports a list Go rejects
    }
    List<ModuleRoute> needed = facts.modules().stream().filter(ModuleRoute::needsDownload).toList();
    if (needed.isEmpty()) {
      return;
    }
    boolean distro = facts.distributionDefault("GOPROXY");
    Severity severity = distro ? Severity.NOTE : null;
    String value = list.entries().stream().filter(e -> e.kind() != ProxyList.Kind.NOPROXY)
        .map(e -> e.kind() == ProxyList.Kind.URL ? ProxyKinds.displayUrl(e.url()) : e.written())
        .reduce((a, b) -> a + "," + b).orElse("");
    String origin = distro ? " (a distribution default from $GOROOT/go.env, e.g. Fedora's go.env)" : " " + facts.from("GOPROXY");

    List<ModuleRoute> disabled = needed.stream().filter(m -> m.route().disabled()).toList();
    if (!disabled.isEmpty()) {
      sink.report(this, severity, facts.anchorLocation().get(),
          "GOPROXY=off" + origin + ": " + count(disabled) + " not complete in the module cache and cannot be "
              + "fetched (" + list(disabled) + "); Go says: go: " + disabled.get(0).route().module() + "@"
              + disabled.get(0).version() + ": module lookup disabled by GOPROXY=off",
          "go env -w GOPROXY=https://proxy.golang.org,direct (or your corporate proxy), or run go mod download "
              + "while online, or vendor with go mod vendor");
      return;
    }
    List<ProxyList.Entry> entries = list.entries().stream().filter(e -> e.kind() != ProxyList.Kind.NOPROXY).toList();
    if (entries.size() == 1 && entries.get(0).kind() == ProxyList.Kind.DIRECT) {
      List<String> hosts = needed.stream().filter(m -> m.route().directFirst())
          .map(m -> m.path().split("/")[0]).distinct().sorted().toList();
      sink.report(this, severity, facts.anchorLocation().get(),
          "GOPROXY=direct" + origin + ": every module is fetched from its version control system, so git (or the "
              + "module's VCS) and network access to every VCS host are required (" + hostList(hosts) + ")",
          "go env -w GOPROXY=https://proxy.golang.org,direct, keeping GOPRIVATE for private modules");
      return;
    }
    boolean allPublic = !entries.isEmpty() && entries.stream().allMatch(ProxyKinds::isPublic);
    if (allPublic) {
      List<ModuleRoute> stranded = needed.stream()
          .filter(m -> m.route().noProxyMatch().isEmpty())
          .filter(m -> PrivatePaths.fetchable(m.path()))
          .filter(m -> PrivatePaths.isPrivateLooking(m.path(), facts.declaredPrivate()))
          .toList();
      if (!stranded.isEmpty()) {
        sink.report(this, severity, facts.anchorLocation().get(),
            "GOPROXY=" + value + origin + " has only public proxies and no direct, so the private-looking "
                + count(stranded) + " (" + list(stranded) + ") cannot be fetched: the proxies answer 404/410",
            "go env -w GOPRIVATE=" + suggestPattern(stranded.get(0).path())
                + " (fetches them directly), or put your corporate proxy first");
      }
    }
  }

  private static String count(List<ModuleRoute> ms) {
    return ms.size() == 1 ? "required module is" : ms.size() + " required modules are";
  }

  static String list(List<ModuleRoute> ms) {
    List<String> names = ms.stream().map(ModuleRoute::display).distinct().toList();
    String shown = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
    return names.size() > LISTED ? shown + " and " + (names.size() - LISTED) + " more" : shown;
  }

  private static String hostList(List<String> hosts) {
    String shown = String.join(", ", hosts.subList(0, Math.min(LISTED, hosts.size())));
    return hosts.size() > LISTED ? shown + " and " + (hosts.size() - LISTED) + " more" : shown;
  }

  /** A GOPRIVATE pattern covering a module: its host. */
  static String suggestPattern(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }
}
