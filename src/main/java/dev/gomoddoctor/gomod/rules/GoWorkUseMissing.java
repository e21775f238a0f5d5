package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.LocalModules;
import dev.gomoddoctor.gomod.MainModules;
import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.UseDirective;
import dev.gomoddoctor.gomod.version.GoVersion;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

@RuleInfo(
    code = "GMD108",
    name = "go-work-use-missing",
    severity = Severity.ERROR,
    summary = "a go.work `use` target is missing, or a workspace module's `go` line is newer than go.work's",
    tags = {"gomod", "workspace"},
    help = """
        Every directory a go.work `use`s must exist and hold a go.mod; otherwise every command run
        in the workspace fails:

            go: cannot load module ./tools listed in go.work file: open tools/go.mod: no such file or directory

        From Go 1.21 on, go.work's `go` line must also be at least every workspace module's
        (Go's own order: `go 1.25.0` in a module is newer than `go 1.25` in go.work; a go.work
        without a `go` line counts as `go 1.18`):

            go: module ./api listed in go.work file requires go >= 1.25.0, but go.work lists go 1.25; to update it:
            	go work use

        **Fix:** check out the missing module or remove its `use` line (`go work edit -dropuse
        ./tools`); run `go work use` to raise go.work's `go` line.

        **Stays quiet:** `use` of an existing module whose `go` line is not newer than go.work's.
        """)
public final class GoWorkUseMissing implements ModuleRule {

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    for (MainModules.Workspace w : MainModules.of(facts.scan()).workspaces()) {
      if (!w.work().ok()) {
        continue;
      }
      String workGo = w.work().file().goVersion().orElse(GoVersion.DEFAULT_GO_WORK_VERSION);
      boolean implicit = w.work().file().goVersion().isEmpty();
      for (UseDirective use : w.work().file().uses()) {
        Location at = Location.at(w.work().path(), use.position().line(), use.position().column());
        Path dir = LocalModules.directory(facts.scan(), w.directory(), use.diskPath());
        if (!Files.isDirectory(dir)) {
          sink.report(this, at, "go.work uses " + use.diskPath() + ", which does not exist (" + dir
                  + "): go fails with \"cannot load module " + use.diskPath() + " listed in go.work file\"",
              "check the module out at " + use.diskPath() + " or remove the line: `go work edit -dropuse "
                  + use.diskPath() + "`");
          continue;
        }
        if (!Files.isRegularFile(dir.resolve("go.mod"))) {
          sink.report(this, at, "go.work uses " + use.diskPath() + ", which has no go.mod: go fails with \"cannot load module "
                  + use.diskPath() + " listed in go.work file\"",
              "create the module (`go mod init` in " + use.diskPath() + ") or `go work edit -dropuse " + use.diskPath() + "`");
          continue;
        }
        Optional<ModFile> mod = LocalModules.goMod(facts.scan(), facts.tree(), w.directory(), use.diskPath());
        Optional<String> modGo = mod.flatMap(ModFile::goVersion);
        if (modGo.isPresent() && GoVersion.isValid(modGo.get()) && GoVersion.compare(modGo.get(), workGo) > 0) {
          sink.report(this, at, "module " + use.diskPath() + " listed in go.work requires go >= " + modGo.get()
                  + ", but go.work " + (implicit ? "implicitly requires go " : "lists go ") + workGo,
              "run `go work use` in " + (w.directory().isEmpty() ? "the workspace root" : w.directory())
                  + " (or `go work edit -go=" + modGo.get() + "`)");
        }
      }
    }
  }

}
