package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.credentials.Credentials;
import dev.gomoddoctor.goenv.route.ModuleRoute;
import dev.gomoddoctor.goenv.route.PrivatePaths;
import dev.gomoddoctor.goenv.route.RoutingFacts;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.HashSet;
import java.util.Set;

@RuleInfo(
    code = "GMD211",
    name = "private-fetch-without-credentials",
    severity = Severity.ERROR,
    summary = "a private module fetched directly with no credentials for its host",
    tags = {"goenv", "security", "credentials"},
    securitySeverity = "5.0",
    help = """
        The most common private-module failure in Docker and CI. Modules matched by GONOPROXY
        (GOPRIVATE) are cloned directly with git over https, and the go command sets
        `GIT_TERMINAL_PROMPT=0`, so git cannot ask for a password. Without credentials for the
        host the fetch fails:

            go: example.com/p@v1: git ls-remote -q origin in …/pkg/mod/cache/vcs/…: exit status 128:
            	fatal: could not read Username for 'https://github.com': terminal prompts disabled
            Confirm the import path was entered correctly.
            If this is a private repository, see https://go.dev/doc/faq#git_https for additional information.

        Credentials count when any of these is present for the host: a `.netrc` entry (`$NETRC`
        or `~/.netrc`); GOAUTH (Go ≥ 1.24) running a credential command; a git
        `url.<base>.insteadOf` rewrite; a git credential setting (`credential.helper`,
        `credential.<url>.*`, `http.<url>.extraHeader`, `~/.git-credentials`), in the system or
        global git config or `GIT_CONFIG_*` variables. The scanned repository's own
        `.git/config` does not count: the go command runs git in its own clones under
        `$GOMODCACHE/cache/vcs`.

        It also fires when an `insteadOf` rewrite sends the fetch to ssh but `known_hosts` has
        no entry for the host: `Host key verification failed.`

        **Fix:** `printf 'machine HOST login USER password TOKEN\\n' >> ~/.netrc && chmod 600 ~/.netrc`,
        or `git config --global url."ssh://git@HOST/".insteadOf "https://HOST/"` with
        `ssh-keyscan HOST >> ~/.ssh/known_hosts`; in Docker, use `RUN --mount=type=secret` or
        `--mount=type=ssh`.

        **Quiet:** vendor mode; modules complete in the module cache; modules served by a
        (corporate) proxy; credentials present through any of the sources above.
        """)
public final class PrivateFetchWithoutCredentials implements RoutingRule {

  @Override
  public void check(RoutingFacts facts, FindingSink sink) {
    Set<String> reported = new HashSet<>();
    for (ModuleRoute m : facts.modules()) {
      if (!m.needsDownload() || m.route().noProxyMatch().isEmpty() || !m.route().directFirst()
          || !PrivatePaths.fetchable(m.path())) {
        continue;
      }
      Credentials.Access a = facts.credentials().get().directFetch(m.path(), facts.env().get("GOAUTH"));
      if (a.status() == Credentials.Status.PRESENT || a.status() == Credentials.Status.UNKNOWN) {
        continue;
      }
      if (!reported.add(m.goMod() + " " + a.host())) {
        continue; // one finding per host and go.mod: the fix is per host
      }
      String repoNote = a.repoOnly().map(s -> "; the credential setting " + s
          + " is in this repository's .git/config, which the go command's own git runs do not read").orElse("");
      if (a.status() == Credentials.Status.SSH_HOST_UNKNOWN) {
        sink.report(this, RoutingFacts.at(m.goMod()),
            "private module " + m.display() + " is fetched directly (GONOPROXY/GOPRIVATE pattern "
                + m.route().noProxyMatch().get() + "), and " + a.source() + ": ssh will fail with "
                + "Host key verification failed." + repoNote,
            "ssh-keyscan " + a.host() + " >> ~/.ssh/known_hosts (verify the fingerprint), or copy a known_hosts file into the build");
      } else {
        sink.report(this, RoutingFacts.at(m.goMod()),
            "private module " + m.display() + " is fetched directly from " + a.url() + " (GONOPROXY/GOPRIVATE pattern "
                + m.route().noProxyMatch().get() + ") but there are no credentials for " + a.host() + ": "
                + a.source() + "; git cannot prompt (GIT_TERMINAL_PROMPT=0): fatal: could not read Username for 'https://"
                + a.host() + "': terminal prompts disabled" + repoNote,
            "printf 'machine " + a.host() + " login USER password TOKEN\\n' >> ~/.netrc && chmod 600 ~/.netrc, or "
                + "git config --global url.\"ssh://git@" + a.host() + "/\".insteadOf \"https://" + a.host() + "/\"");
      }
    }
  }

}
