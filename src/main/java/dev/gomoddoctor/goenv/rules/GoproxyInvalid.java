package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.EnvironmentFacts;
import dev.gomoddoctor.goenv.model.EnvSource;
import dev.gomoddoctor.goenv.model.ProxyList;
import dev.gomoddoctor.goenv.parser.ProxyListParser;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;

@RuleInfo(
    code = "GMD200",
    name = "goproxy-invalid",
    severity = Severity.ERROR,
    summary = "GOPROXY that Go rejects",
    tags = {"goenv", "proxy"},
    help = """
        The go command parses GOPROXY before it downloads anything; when the list does not parse,
        every command that needs a module it does not have fails. Go reads the list as
        comma- or pipe-separated entries: `off` and `direct` end it, an entry without a scheme
        that contains `.`, `:` or `/` gets `https://` (`goproxy.cn` is `https://goproxy.cn`),
        and only `http`, `https` and path-only `file://` URLs are accepted.

        From Go 1.21 the default GOPROXY comes from `$GOROOT/go.env`. A distribution or image that
        leaves that file out gives an empty GOPROXY, which Go treats as a list with no entries
        (golang/go issue #62274). Before Go 1.21 the default was compiled in, so an empty GOPROXY
        was fine.

        **Go says:**

        - `invalid proxy URL missing scheme: athens` (a single word such as `athens` is not
          taken as a host; `athens.invalid` would be read as `https://athens.invalid`)
        - `invalid proxy URL scheme (must be https, http, file): …`
        - `invalid file:// proxy URL with non-path elements: …`
        - `GOPROXY list is not the empty string, but contains no entries`

        **Fix:** write full URLs: `go env -w GOPROXY=https://proxy.golang.org,direct` (or your
        corporate proxy's `https://` URL, then `,direct` if direct fetches are allowed). For a
        missing go.env, set GOPROXY and GOSUMDB explicitly or reinstall Go from go.dev.

        **Quiet:** `https://proxy.golang.org,direct`, `https://a|https://b,direct`, `off`,
        `file:///srv/goproxy`, scheme-less hosts such as `goproxy.cn,direct` or
        `athens.corp:3000`, and an empty GOPROXY on Go 1.20 and older.
        """)
public final class GoproxyInvalid implements EnvironmentRule {

  @Override
  public void check(EnvironmentFacts facts, FindingSink sink) {
    String goproxy = facts.env().get("GOPROXY");
    ProxyList list = ProxyListParser.parse(goproxy, facts.env().get("GONOPROXY"));
    if (list.valid()) {
      return;
    }
    String message;
    String hint;
    if (goproxy.isEmpty()) {
      boolean noGoEnv = facts.env().gorootFile().isEmpty();
      message = "GOPROXY is empty " + facts.from("GOPROXY") + (noGoEnv
          ? " and " + facts.goDisplay() + " found no $GOROOT/go.env to supply the default"
          : "") + ": Go fails with \"" + list.error() + "\"";
      hint = "go env -w GOPROXY=https://proxy.golang.org,direct GOSUMDB=sum.golang.org"
          + (noGoEnv ? " (or install a Go distribution that ships $GOROOT/go.env)" : "");
    } else {
      message = "GOPROXY=" + facts.redactor().redact(goproxy) + " " + facts.from("GOPROXY")
          + " does not parse: Go fails with \"" + facts.redactor().redact(list.error()) + "\"";
      hint = facts.env().source("GOPROXY").kind() == EnvSource.Kind.GOENV_FILE
          ? "go env -w GOPROXY=https://<proxy-host>,direct (full https:// URLs, comma-separated)"
          : "set GOPROXY to full URLs, e.g. GOPROXY=https://proxy.golang.org,direct";
    }
    for (Location at : facts.anchors()) {
      sink.report(this, at, message, hint);
    }
  }
}
