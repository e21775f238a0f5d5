package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.EnvListing;
import dev.gomoddoctor.goenv.EnvironmentFacts;
import dev.gomoddoctor.goenv.model.EnvProblem;
import dev.gomoddoctor.goenv.model.EnvSource;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.Set;

@RuleInfo(
    code = "GMD209",
    name = "goenv-file-problem",
    severity = Severity.WARNING,
    summary = "GOENV file lines Go ignores, or values Go keeps with stray bytes",
    tags = {"goenv"},
    help = """
        `go env -w` writes the GOENV file (`$XDG_CONFIG_HOME/go/env` or `$HOME/.config/go/env`
        by default). Go reads it split on `\\n` only, skips every line whose first byte is not
        `A`–`Z`, and keeps each value verbatim: a file edited on Windows or copied with CRLF line
        ends gives values that end in a carriage return. Go says nothing about either.

        What a trailing `\\r` (or space) does, per key:

        - GO111MODULE, GOWORK: every go command fails
        - GOTOOLCHAIN (Go ≥ 1.21): `invalid GOTOOLCHAIN`
        - CGO_ENABLED: `0\\r` is not `0`, so cgo stays on
        - GOPATH, GOMODCACHE, GOCACHE, GOTMPDIR, GOBIN: another directory, whose name ends in
          `\\r`, is used
        - GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE, GOVCS: the last pattern never matches
        - GOPROXY, GOFLAGS and GOSUMDB are unaffected (Go trims or splits them)

        **Go says:**

        - `go: unknown environment setting GO111MODULE=on` followed by a carriage return (even
          `go env` fails)
        - GOWORK: `the path provided to GOWORK must be an absolute path` (newer releases: `go:
          invalid GOWORK: not an absolute path`)
        - `go env CGO_ENABLED` prints `1`; `go env GOMODCACHE` shows a `^M` inside the path

        Also reported: lines that look like settings but are skipped (leading white space,
        lower-case keys, `export KEY=…`), keys set twice (the last wins), and a file that cannot
        be read (Go ignores it silently).

        **Fix:** rewrite the file with `go env -w KEY=value` (or convert it: `sed -i 's/\\r$//'
        "$(go env GOENV)"`), and remove the lines Go skips. `gomod-doctor env` shows which line
        each value came from.

        **Quiet:** `#` comment lines, blank lines, a clean file.
        """)
public final class GoenvFileProblem implements EnvironmentRule {

  private static final Set<String> FAILS = Set.of("GO111MODULE", "GOWORK");
  private static final Set<String> DIRECTORIES = Set.of("GOPATH", "GOMODCACHE", "GOCACHE", "GOTMPDIR", "GOBIN");
  private static final Set<String> PATTERNS = Set.of("GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE", "GOVCS");
  private static final Set<String> UNAFFECTED = Set.of("GOPROXY", "GOFLAGS", "GOSUMDB");

  @Override
  public void check(EnvironmentFacts facts, FindingSink sink) {
    if (facts.goMods().isEmpty()) {
      return;
    }
    for (EnvProblem p : facts.env().problems()) {
      String where = p.file() + (p.line() > 0 ? ":" + p.line() : "");
      String message = "GOENV file " + where + ": " + EnvListing.describe(p, facts.redactor());
      String hint;
      switch (p.kind()) {
        case STRAY_BYTES -> {
          message += "; " + effect(facts, p.key()) + overridden(facts, p.key());
          hint = "go env -w " + p.key() + "=<value> rewrites the line; or strip carriage returns: sed -i 's/\\r$//' "
              + p.file();
        }
        case IGNORED_LINE -> hint = "write settings as KEY=value at the start of the line (go env -w KEY=value), "
            + "or delete the line";
        case DUPLICATE_KEY -> hint = "keep one " + p.key() + " line (go env -w " + p.key() + "=<value> rewrites it)";
        default -> hint = "fix the file's permissions, or set GOENV to a readable file";
      }
      for (Location at : facts.locate(p.file(), p.line())) {
        sink.report(this, at, message, hint);
      }
    }
  }

  private static String effect(EnvironmentFacts facts, String key) {
    if (FAILS.contains(key)) {
      return "every go command fails" + (key.equals("GO111MODULE")
          ? " with \"go: unknown environment setting GO111MODULE=…\" (even go env)" : "");
    }
    if (key.equals("GOTOOLCHAIN")) {
      return facts.env().goVersion().atLeast("1.21")
          ? "Go fails with \"invalid GOTOOLCHAIN\"" : "no effect on this Go release (GOTOOLCHAIN is Go ≥ 1.21)";
    }
    if (key.equals("CGO_ENABLED")) {
      return "the value is neither 0 nor 1, so the default applies (cgo stays on)";
    }
    if (DIRECTORIES.contains(key)) {
      return "Go uses another directory, whose name ends in the stray bytes";
    }
    if (PATTERNS.contains(key)) {
      return "the last pattern never matches";
    }
    if (UNAFFECTED.contains(key)) {
      return "harmless here: Go trims or splits " + key;
    }
    return "Go keeps the value with the stray bytes";
  }

  private static String overridden(EnvironmentFacts facts, String key) {
    return facts.env().source(key).kind() == EnvSource.Kind.ENVIRONMENT
        ? " (currently overridden by the environment variable)" : "";
  }
}
