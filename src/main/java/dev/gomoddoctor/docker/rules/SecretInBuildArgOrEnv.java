package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.CopyInfo;
import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.shell.RunScript;
import dev.gomoddoctor.docker.shell.ShellCommand;
import dev.gomoddoctor.docker.shell.Word;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

@RuleInfo(
    code = "GMD410",
    name = "secret-in-build-arg-or-env",
    severity = Severity.ERROR,
    summary = "a credential in ARG/ENV, a copied credential file, or a token written into git/netrc config",
    tags = {"docker", "security"},
    securitySeverity = "7.5",
    help = """
        Private modules need credentials, and the quick way to get them into a build leaks them:
        `ARG GITHUB_TOKEN`, `ENV GOPROXY=https://user:pass@…`, `COPY .netrc /root/`, or
        `git config --global url."https://${TOKEN}@github.com/".insteadOf …`. Build arguments
        "are visible in the `docker history` command and in `max` mode provenance attestations"
        (BuildKit reference); ENV values are stored in the image config; files and `git config`
        writes stay in a layer. Even in a builder stage that is never shipped, the value remains in
        an exported build cache (`--cache-to mode=max`), in provenance and in CI logs.

        **Fires:**
        - ARG/ENV whose name matches BuildKit's secret pattern
          `(?i)(?:_|^)(apikey|auth|credential(s)?|key|password|pword|passwd|secret|token)(?:_|$)`,
          except names with a `public`, `file`, `version`, `path` or `id` word;
        - ARG/ENV values with inline credentials (`https://user:pass@…`, `ghp_…`, `github_pat_…`,
          `glpat-…`);
        - COPY/ADD of `.netrc`, `.git-credentials`, `id_*` private keys;
        - `git config … url."https://<token>@…".insteadOf`, or a RUN writing `.netrc`/`.gitconfig`
          from an ARG/ENV value.

        BuildKit's own check `SecretsUsedInArgOrEnv` warns on names only.

        **Fix:** pass the secret as a BuildKit secret, used only by the RUN that needs it:

        ```dockerfile
        RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download
        # or: RUN --mount=type=secret,id=gh_token,env=GITHUB_TOKEN ...
        ```

        built with `docker build --secret id=netrc,src=$HOME/.netrc .`

        **Quiet:** GOPRIVATE, GONOPROXY, GONOSUMDB, GOPROXY without credentials; `GOAUTH=netrc`,
        `GOAUTH=git <dir>`, `GOAUTH=off`; names such as `*_FILE`, `*_PATH`, `PUBLIC_KEY`,
        `KEY_ID`; secrets used only through `RUN --mount=type=secret`.
        """)
public final class SecretInBuildArgOrEnv implements DockerfileRule {

  static final Pattern SECRET_NAME = Pattern.compile(
      "(?i)(?:_|^)(?:apikey|auth|credentials?|key|password|pword|passwd|secret|token)(?:_|$)");
  private static final Pattern ALLOWED_NAME = Pattern.compile("(?i)(?:_|^)(?:public|file|version|path|id)(?:_|$)");
  private static final Pattern INLINE_CREDENTIALS = Pattern.compile(
      "[a-zA-Z][a-zA-Z0-9+.-]*://[^/@\\s:]+:[^/@\\s]+@|\\bghp_[A-Za-z0-9]{8,}|\\bgithub_pat_[A-Za-z0-9_]{8,}"
          + "|\\bglpat-[A-Za-z0-9_-]{8,}");
  private static final Pattern TOKEN_URL = Pattern.compile("(?i)url\\.\"?https?://[^@/\\s\"]+@.*\\.insteadof");
  private static final Pattern SECRET_FILE = Pattern.compile("(^|/)(\\.netrc|_netrc|\\.git-credentials|id_(rsa|dsa|ecdsa|ed25519)[^/]*)$");

  /** True when {@code name} looks like a secret by BuildKit's rule. */
  static boolean isSecretName(String name) {
    return SECRET_NAME.matcher(name).find() && !ALLOWED_NAME.matcher(name).find();
  }

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    Set<Integer> shipped = shippedStages(facts);
    for (StageFacts s : facts.stages()) {
      boolean fin = shipped.contains(s.index());
      for (Step st : s.steps()) {
        switch (st.keyword()) {
          case "arg", "env" -> variables(facts, s, st, fin, sink);
          case "copy", "add" -> st.copy().ifPresent(c -> copied(facts, s, st, c, fin, sink));
          case "run" -> st.run().ifPresent(r -> run(facts, s, st, r, fin, sink));
          default -> { }
        }
      }
    }
  }

  /** The last stage and the stages it is built FROM: what ends up in the shipped image. */
  static Set<Integer> shippedStages(DockerfileFacts facts) {
    Set<Integer> out = new HashSet<>();
    StageFacts s = facts.lastStage();
    out.add(s.index());
    while (s.parent().isPresent()) {
      s = facts.stages().get(s.parent().get());
      out.add(s.index());
    }
    return out;
  }

  private void variables(DockerfileFacts facts, StageFacts s, Step st, boolean fin, FindingSink sink) {
    boolean env = st.keyword().equals("env");
    for (int i = 0; i + 1 < st.args().size(); i += 2) {
      String name = st.args().get(i);
      String value = st.args().get(i + 1);
      if (isSecretName(name)) {
        sink.report(this, facts.at(st.line(), st.column()),
            (env ? "ENV " : "ARG ") + name + " in " + s.label() + " holds a secret: " + where(env, fin),
            hint(name));
      } else if (INLINE_CREDENTIALS.matcher(value).find() || inlineInRaw(st, name)) {
        sink.report(this, facts.at(st.line(), st.column()),
            (env ? "ENV " : "ARG ") + name + " in " + s.label() + " has credentials in its value: " + where(env, fin),
            hint(name));
      }
    }
  }

  /** The value as written may hold {@code https://${USER}:${TOKEN}@host} that expanded to nothing. */
  private static boolean inlineInRaw(Step st, String name) {
    for (String raw : st.raw()) {
      if (raw.startsWith(name + "=") || st.raw().indexOf(raw) > 0 && st.raw().get(st.raw().indexOf(raw) - 1).equals(name)) {
        if (INLINE_CREDENTIALS.matcher(raw).find()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String where(boolean env, boolean fin) {
    if (fin) {
      return env ? "it is stored in the image config, history and layers of the shipped image"
          : "it is recorded in the image history of every later RUN and in max-mode provenance";
    }
    return "even in a builder stage it stays in the exported build cache (--cache-to mode=max), max-mode"
        + " provenance and CI logs";
  }

  private static String hint(String name) {
    String id = name.toLowerCase(Locale.ROOT);
    return "drop the ARG/ENV and use a BuildKit secret: RUN --mount=type=secret,id=" + id + ",env=" + name
        + " go mod download   (docker build --secret id=" + id + ",env=" + name + " .)";
  }

  private void copied(DockerfileFacts facts, StageFacts s, Step st, CopyInfo c, boolean fin, FindingSink sink) {
    if (!c.fromContext()) {
      return;
    }
    for (String src : c.sources()) {
      String n = src.replaceAll("/+$", "");
      if (SECRET_FILE.matcher(n).find() && !n.endsWith(".pub")) {
        sink.report(this, facts.at(st.line(), st.column()),
            (c.add() ? "ADD " : "COPY ") + src + " puts a credential file into a layer of " + s.label()
                + (fin ? " (shipped in the image)" : " (kept in the build cache and any exported cache)"),
            "mount it only where needed: RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download");
      }
    }
  }

  private void run(DockerfileFacts facts, StageFacts s, Step st, RunScript r, boolean fin, FindingSink sink) {
    for (ShellCommand c : r.gitConfigs()) {
      for (Word w : c.args()) {
        if (TOKEN_URL.matcher(w.raw()).find() || TOKEN_URL.matcher(w.value()).find()) {
          sink.report(this, facts.at(st.lineOf(c.line())),
              "git config writes a token into ~/.gitconfig in a layer of " + s.label() + ": " + w.raw(),
              "use a secret mount for the credentials instead: RUN --mount=type=secret,id=netrc,target=/root/.netrc"
                  + " go mod download");
          break;
        }
      }
    }
    Set<String> stageVars = new HashSet<>(st.before().argSet());
    stageVars.addAll(st.before().envSet());
    for (RunScript.FileWrite w : r.writes()) {
      String p = w.path();
      if (!(p.endsWith(".netrc") || p.endsWith(".gitconfig") || p.endsWith(".git-credentials"))) {
        continue;
      }
      if (w.contentRefs().stream().anyMatch(stageVars::contains)) {
        sink.report(this, facts.at(st.lineOf(w.command().line())),
            "RUN writes " + p + " from a build argument or ENV value in " + s.label()
                + ": the credential stays in the layer" + (fin ? " of the shipped image" : " and the build cache"),
            "mount the file as a secret instead: RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download");
      }
    }
  }
}
