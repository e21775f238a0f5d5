package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.model.EnvSource;
import dev.gomoddoctor.goenv.parser.PrefixPatterns;
import dev.gomoddoctor.goenv.route.ModuleRoute;
import dev.gomoddoctor.goenv.route.RoutingFacts;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    code = "GMD203",
    name = "checksum-db-disabled",
    severity = Severity.WARNING,
    summary = "checksum verification is off for public modules",
    tags = {"goenv", "security"},
    help = """
        The checksum database (sum.golang.org) lets Go check that a module version it downloads
        for the first time is the one everybody else got. It is skipped for every module when
        `GOSUMDB=off`, and for the modules matched by GONOSUMDB (GOPRIVATE when GONOSUMDB is
        empty). Patterns that cover public hosting (`*`, `github.com`, `github.com/*`,
        `golang.org`) therefore switch verification off for public modules too.

        Go says nothing at build time, which is the danger. Toolchain downloads fail under
        `GOSUMDB=off` (GMD207).

        When the value comes from `$GOROOT/go.env` (a distribution default, e.g. Fedora ≤ 42's
        `GOSUMDB=off`), the finding is a note.

        **Fix:** `go env -w GOSUMDB=sum.golang.org`, and limit GOPRIVATE/GONOSUMDB to your own
        hosts or organisation (`github.com/acme/*`).

        **Quiet:** GOPRIVATE limited to an organisation (`github.com/acme/*`); `-insecure` in
        GOFLAGS (it disables nothing; it breaks `go get`, see GMD206).
        """)
public final class ChecksumDbDisabled implements RoutingRule {
  private static final int LISTED = 5;

  /** Paths standing for "anything hosted there": a pattern matching one covers public hosting. */
  private static final List<String> PUBLIC_PROBES = List.of(
      "github.com/zz-any-owner-zz/zz-any-repo-zz",
      "gitlab.com/zz-any-owner-zz/zz-any-repo-zz",
      "bitbucket.org/zz-any-owner-zz/zz-any-repo-zz",
      "golang.org/x/zz-any-repo-zz",
      "google.golang.org/zz-any-repo-zz",
      "gopkg.in/zz-any-repo-zz.v1",
      "go.googlesource.com/zz-any-repo-zz");

  @Override
  public void check(RoutingFacts facts, FindingSink sink) {
    if (facts.anchor().isEmpty()) {
      return;
    }
    List<ModuleRoute> fetched = facts.modules().stream().filter(ModuleRoute::fetched).toList();
    if (facts.router().sumDb().off()) {
      boolean distro = facts.distributionDefault("GOSUMDB");
      List<String> lose = fetched.stream()
          .filter(m -> m.route().noSumDbMatch().isEmpty())
          .map(ModuleRoute::display).distinct().toList();
      sink.report(this, distro ? Severity.NOTE : null, facts.anchorLocation().get(),
          "GOSUMDB=off " + (distro ? "(a distribution default from $GOROOT/go.env, e.g. Fedora's go.env)" : facts.from("GOSUMDB"))
              + ": modules are not verified against the checksum database when first downloaded"
              + (lose.isEmpty() ? "" : " (" + shown(lose) + ")"),
          "go env -w GOSUMDB=sum.golang.org, and keep private modules out of it with GOPRIVATE");
      return;
    }
    String gonosumdb = facts.env().get("GONOSUMDB");
    if (gonosumdb.isEmpty()) {
      return;
    }
    boolean fromGoprivate = facts.env().source("GONOSUMDB").kind() == EnvSource.Kind.DEFAULT;
    String key = fromGoprivate ? "GOPRIVATE" : "GONOSUMDB";
    boolean distro = facts.distributionDefault(key);
    for (String glob : gonosumdb.split(",", -1)) {
      String g = glob.endsWith("/") ? glob.substring(0, glob.length() - 1) : glob;
      if (g.isEmpty() || !coversPublicHosting(g)) {
        continue;
      }
      List<String> lose = new ArrayList<>();
      for (ModuleRoute m : fetched) {
        if (PrefixPatterns.matches(g, m.path())) {
          lose.add(m.display());
        }
      }
      lose = lose.stream().distinct().toList();
      sink.report(this, distro ? Severity.NOTE : null, facts.anchorLocation().get(),
          key + " pattern " + g + " " + facts.from(key) + " covers public hosting, so public modules skip the "
              + "checksum database" + (fromGoprivate ? " (GONOSUMDB defaults to GOPRIVATE)" : "")
              + (lose.isEmpty() ? "" : ": " + shown(lose)),
          "limit " + key + " to your own hosts or organisation, e.g. go env -w " + key + "=github.com/acme/*");
    }
  }

  private static boolean coversPublicHosting(String glob) {
    for (String probe : PUBLIC_PROBES) {
      if (PrefixPatterns.matches(glob, probe)) {
        return true;
      }
    }
    return false;
  }

  private static String shown(List<String> names) {
    String s = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
    return names.size() > LISTED ? s + " and " + (names.size() - LISTED) + " more" : s;
  }
}
