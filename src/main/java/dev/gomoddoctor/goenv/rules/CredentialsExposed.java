package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.credentials.NetrcFile;
import dev.gomoddoctor.goenv.model.ProxyList;
import dev.gomoddoctor.goenv.parser.GoUrl;
import dev.gomoddoctor.goenv.route.ProxyKinds;
import dev.gomoddoctor.goenv.route.RoutingFacts;
import dev.gomoddoctor.goenv.route.Tokens;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

@RuleInfo(
    code = "GMD208",
    name = "credentials-exposed",
    severity = Severity.ERROR,
    summary = "credentials in Go settings, or a `.netrc` readable by others",
    tags = {"goenv", "security"},
    securitySeverity = "7.5",
    help = """
        Credentials end up where everybody can read them:

        - a GOPROXY or GOSUMDB URL with user-info (`https://user:token@host`): the value is in
          shell history, CI logs, `go env` output and image layers;
        - a token in GOFLAGS, GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE or GOVCS: user-info in a
          URL, or a well-known token prefix (`ghp_`, `github_pat_`, `glpat-`);
        - a `.netrc` (`$NETRC`, else `~/.netrc`) that group or others can read.

        Go says nothing: the credential works, and is visible wherever the setting is. The doctor
        never prints the secret; it shows it redacted (`https://user:xxxxx@host`).

        **Fix:** put credentials in `.netrc` with mode 600 (`chmod 600 ~/.netrc`), which the go
        command also reads for proxy credentials, or use GOAUTH (Go ≥ 1.24); then remove them
        from the setting (`go env -u GOPROXY` or a URL without user-info). Rotate a token that
        was exposed.

        **Quiet:** a `.netrc` with mode 600; proxy URLs without user-info.
        """)
public final class CredentialsExposed implements RoutingRule {
  private static final List<String> PATTERN_SETTINGS =
      List.of("GOFLAGS", "GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE", "GOVCS");

  @Override
  public void check(RoutingFacts facts, FindingSink sink) {
    if (facts.anchor().isEmpty()) {
      return;
    }
    String fix = "move the credential to ~/.netrc (chmod 600) or GOAUTH, remove it from the setting, and rotate it";
    for (ProxyList.Entry e : facts.router().proxyList().proxies()) {
      if (hasCredential(e.url())) {
        sink.report(this, facts.anchorLocation().get(),
            "GOPROXY " + facts.from("GOPROXY") + " holds credentials in the URL " + ProxyKinds.displayUrl(e.url()),
            fix);
      }
    }
    facts.router().sumDb().url().filter(CredentialsExposed::hasCredential).ifPresent(u ->
        sink.report(this, facts.anchorLocation().get(),
            "GOSUMDB " + facts.from("GOSUMDB") + " holds credentials in the URL " + ProxyKinds.displayUrl(u), fix));
    for (String key : PATTERN_SETTINGS) {
      String value = facts.env().get(key);
      if (value.isEmpty() || Tokens.find(value).isEmpty()) {
        continue;
      }
      if ((key.equals("GONOPROXY") || key.equals("GONOSUMDB"))
          && facts.env().source(key).kind() == dev.gomoddoctor.goenv.model.EnvSource.Kind.DEFAULT) {
        continue; // the GOPRIVATE value again: reported once, under GOPRIVATE
      }
      sink.report(this, facts.anchorLocation().get(),
          key + " " + facts.from(key) + " holds a credential: " + key + "=" + Tokens.redact(value), fix);
    }
    NetrcFile netrc = facts.credentials().get().netrc();
    if (netrc.exists() && netrc.readableByOthers()) {
      String mode = netrc.permissions().map(PosixFilePermissions::toString).orElse("");
      sink.report(this, facts.anchorLocation().get(),
          ".netrc " + netrc.path().map(Object::toString).orElse("") + " is readable by "
              + (mode.charAt(3) == 'r' && mode.charAt(6) == 'r' ? "group and others" : mode.charAt(3) == 'r' ? "group" : "others")
              + " (" + mode + ")",
          "chmod 600 " + netrc.path().map(Object::toString).orElse("~/.netrc"));
    }
  }

  private static boolean hasCredential(String url) {
    GoUrl u = GoUrl.parse(url).url().orElse(null);
    if (u == null) {
      return !Tokens.find(url).isEmpty();
    }
    return u.password().isPresent() || !Tokens.find(url).isEmpty();
  }
}
