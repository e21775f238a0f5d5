package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.EnvironmentFacts;
import dev.gomoddoctor.goenv.parser.GoFlags;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

@RuleInfo(
    code = "GMD206",
    name = "goflags-invalid",
    severity = Severity.ERROR,
    summary = "GOFLAGS that Go rejects, or that break workspace mode or `pkg@version` commands",
    tags = {"goenv", "goflags"},
    help = """
        GOFLAGS is applied to every go command. Go splits it on white space (no shell quoting), and
        each word must be `-flag`, `--flag`, `-flag=value` or `--flag=value` naming a flag of some
        go subcommand; a flag that takes a value needs `=value`. A bad word stops every command
        that reads GOFLAGS (`go env` and `go bug` only skip it).

        **Go says:**

        - `go: parsing $GOFLAGS: non-flag "…"`, `go: parsing $GOFLAGS: unknown flag -…`
        - `go: flag needs an argument: -… (from $GOFLAGS)`,
          `go: invalid boolean value "…" for flag -… (from $GOFLAGS): parse error`
        - `-mod=… not supported (can be '', 'mod', 'readonly', or 'vendor')`
        - in workspace mode: `go: -mod may only be set to readonly or vendor when in workspace mode,
          but it is set to "mod"` + `Remove the -mod flag to use the default readonly value, or set
          GOWORK=off to disable workspace mode.` (Go < 1.22: `…only be set to readonly when in
          workspace mode…`)
        - `-mod=vendor` without a vendor directory: `go: inconsistent vendoring` or
          `cannot find module providing package …: import lookup disabled by -mod=vendor`
        - `go: -insecure flag is no longer supported; use GOINSECURE instead` (Go ≥ 1.17, `go get`)
        - `go: example.com/tool@v1.0.0: cannot query module due to -mod=vendor` (`go install
          pkg@version`, `go get`, `go list -m …@…` with `-mod=vendor` in GOFLAGS; reported for
          Dockerfile stages by the Dockerfile rules)

        **Fix:** `go env -u GOFLAGS` (or fix the word); pass `-mod=vendor` on the build command
        line instead of GOFLAGS; use GOINSECURE instead of `-insecure`; values cannot contain
        spaces (`-ldflags=-s -w` is two words: use `-ldflags=-s` … or pass it on the command line).

        **Quiet:** `-mod=mod` outside workspace mode or with GOWORK=off; `-mod=readonly`,
        `-trimpath`, `-buildvcs=false`, `-modcacherw`.
        """)
public final class GoflagsInvalid implements EnvironmentRule {

  @Override
  public void check(EnvironmentFacts facts, FindingSink sink) {
    String raw = facts.env().get("GOFLAGS");
    if (raw.isEmpty() || facts.goMods().isEmpty()) {
      return;
    }
    String shown = facts.redactor().redact(raw.strip());
    String from = facts.from("GOFLAGS");
    GoFlags flags = GoFlags.parse(raw);
    for (GoFlags.Word w : flags.problems()) {
      String problem = facts.redactor().redact(w.problem());
      boolean quoted = raw.contains("\"") || raw.contains("'");
      report(facts, sink, "GOFLAGS=" + shown + " " + from + ": Go fails with \"" + problem + "\""
              + (quoted ? " (GOFLAGS is split on white space; quotes are not removed)" : ""),
          "go env -u GOFLAGS, or fix the word " + facts.redactor().redact(w.text())
              + " (every word must be -flag or -flag=value; values cannot contain spaces)");
    }
    if (flags.has("insecure")) {
      report(facts, sink, "GOFLAGS=" + shown + " " + from + " has -insecure: go get fails with "
              + "\"go: -insecure flag is no longer supported; use GOINSECURE instead\"",
          "remove -insecure from GOFLAGS; set GOINSECURE=<module pattern> for the hosts that need it");
    }
    Optional<String> mod = flags.valueOf("mod");
    if (mod.isEmpty()) {
      return;
    }
    boolean newWorkspace = facts.env().goVersion().atLeast("1.22");
    for (String goMod : facts.goMods()) {
      Location at = Location.line(goMod, 1);
      Optional<Path> work = workspace(facts, facts.moduleDir(goMod));
      if (work.isPresent()) {
        boolean allowed = mod.get().equals("readonly") || (newWorkspace && mod.get().equals("vendor"));
        if (!allowed && !mod.get().isEmpty()) {
          sink.report(this, at, "GOFLAGS=" + shown + " " + from + " sets -mod=" + mod.get() + " while the workspace "
                  + work.get() + " is in effect: Go fails with \"go: -mod may only be set to "
                  + (newWorkspace ? "readonly or vendor" : "readonly") + " when in workspace mode, but it is set to \""
                  + mod.get() + "\"\"",
              "remove -mod from GOFLAGS (go env -u GOFLAGS), or set GOWORK=off to build this module alone");
          continue;
        }
      }
      if (mod.get().equals("vendor")) {
        Path base = work.map(Path::getParent).orElse(facts.moduleDir(goMod));
        if (!Files.isDirectory(base.resolve("vendor"))) {
          sink.report(this, at, "GOFLAGS=" + shown + " " + from + " sets -mod=vendor but " + facts.ctx().relativize(base)
                  .transform(r -> r.isEmpty() ? "the module" : r) + " has no vendor directory: "
                  + "builds fail with \"import lookup disabled by -mod=vendor\"",
              "run go mod vendor (and commit vendor/), or remove -mod=vendor from GOFLAGS");
        }
      }
    }
  }

  private void report(EnvironmentFacts facts, FindingSink sink, String message, String hint) {
    for (Location at : facts.anchors()) {
      sink.report(this, at, message, hint);
    }
  }

  /** The go.work in effect for a module directory: GOWORK's path, or one found upwards. */
  static Optional<Path> workspace(EnvironmentFacts facts, Path moduleDir) {
    String gowork = facts.env().get("GOWORK");
    if (gowork.equals("off")) {
      return Optional.empty();
    }
    if (!gowork.isEmpty() && !gowork.equals("auto")) {
      return Optional.of(Path.of(gowork));
    }
    for (Path d = moduleDir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("go.work"))) {
        return Optional.of(d.resolve("go.work"));
      }
    }
    return Optional.empty();
  }
}
