package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.EnvironmentFacts;
import dev.gomoddoctor.goenv.parser.Go111Module;
import dev.gomoddoctor.goenv.parser.GoQuote;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Path;

@RuleInfo(
    code = "GMD205",
    name = "module-mode-off",
    severity = Severity.ERROR,
    summary = "GO111MODULE=off (or an unknown value) in a module project",
    tags = {"goenv", "gomod"},
    help = """
        With `GO111MODULE=off` the go command runs in the old GOPATH mode: go.mod and go.sum are
        ignored, dependencies are looked up under `$GOPATH/src` and `vendor/`, and every command
        that needs modules (`go mod …`, `go get pkg@v`, `go install pkg@v`) refuses to run. Any
        value other than empty, `on`, `off` or `auto` stops every go command that loads packages
        (a value read from a CRLF GOENV file ends in a carriage return, so `on` becomes `on\\r`).

        **Go says:**

        - `go: modules disabled by GO111MODULE=off; see 'go help modules'`
        - outside `$GOPATH/src`, GOPATH-mode builds fail with `cannot find package "…" in any of:`
          followed by the GOROOT and GOPATH directories searched
        - `go: unknown environment setting GO111MODULE=…`

        A project under `$GOPATH/src` still builds in GOPATH mode; it is reported as a warning:
        go.mod is ignored there, so the versions it pins are not the ones used.

        **Fix:** `go env -u GO111MODULE` and `unset GO111MODULE` (module mode has been the default
        since Go 1.16), or set `GO111MODULE=on`.

        **Quiet:** GO111MODULE unset, `on` or `auto` (since Go 1.13, `auto` means module mode
        whenever a go.mod exists, also inside `$GOPATH/src`); projects without a go.mod.
        """)
public final class ModuleModeOff implements EnvironmentRule {

  @Override
  public void check(EnvironmentFacts facts, FindingSink sink) {
    String value = facts.env().get("GO111MODULE");
    Go111Module mode = Go111Module.parse(value);
    if (mode.modulesWithGoMod()) {
      return;
    }
    String from = facts.from("GO111MODULE");
    for (String goMod : facts.goMods()) {
      Location at = Location.line(goMod, 1);
      if (mode == Go111Module.INVALID) {
        sink.report(this, at, "GO111MODULE=" + GoQuote.quote(value) + " " + from
                + " is not a value Go knows: every go command that loads packages fails with \""
                + Go111Module.error(value) + "\"",
            "go env -u GO111MODULE; unset GO111MODULE (or set it to on)");
        continue;
      }
      if (underGopathSrc(facts, facts.moduleDir(goMod))) {
        sink.report(this, Severity.WARNING, at, "GO111MODULE=off " + from + ": go.mod is ignored; this module "
                + "is under $GOPATH/src, so builds use GOPATH mode and dependencies come from GOPATH/vendor, "
                + "not the versions go.mod pins; go mod/get/install pkg@v fail with \"" + Go111Module.error("off") + "\"",
            "go env -u GO111MODULE; unset GO111MODULE");
      } else {
        sink.report(this, at, "GO111MODULE=off " + from + " disables module mode for this module: builds fail "
                + "with 'cannot find package' and go mod/get/install pkg@v with \"" + Go111Module.error("off") + "\"",
            "go env -u GO111MODULE; unset GO111MODULE");
      }
    }
  }

  private static boolean underGopathSrc(EnvironmentFacts facts, Path moduleDir) {
    Path dir = moduleDir.toAbsolutePath().normalize();
    for (String element : facts.env().get("GOPATH").split(":", -1)) {
      if (element.isEmpty() || !element.startsWith("/")) {
        continue;
      }
      if (dir.startsWith(Path.of(element, "src").normalize())) {
        return true;
      }
    }
    return false;
  }
}
