package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.LocalModules;
import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.ModuleTree;
import dev.gomoddoctor.gomod.model.Replacement;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Files;
import java.nio.file.Path;

@RuleInfo(
    code = "GMD111",
    name = "local-replace-committed",
    severity = Severity.NOTE,
    summary = "a filesystem `replace` committed in go.mod",
    tags = {"gomod"},
    help = """
        A `replace … => ../dir` in go.mod is meant for local development. Committed, it breaks
        every build that does not have the same directory layout: when the target lies outside
        the repository, CI and Docker builds lack the path and fail with
        `go: example.com/lib@v0.0.0: replacement directory ../lib does not exist` (GMD105).

        A target inside the repository (monorepos such as Kubernetes do this on purpose) works for
        builds of this repository, but replace directives only apply to the main module: modules
        that require this one ignore them, and `go install example.com/this/cmd@version` refuses
        the module:

            The go.mod file for the module providing named packages contains one or more replace
            directives. It must not contain directives that would cause it to be interpreted
            differently than if it were the main module.

        **Fix:** for local development use a go.work file (`go work init . ../lib`) and keep it out
        of the repository, or publish the dependency and require a real version.

        **Stays quiet:** replaces in go.work.
        """)
public final class LocalReplaceCommitted implements ModuleRule {

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    for (ModuleTree.GoModFile mod : facts.tree().modFiles()) {
      if (!mod.parsed().syntaxValid()) {
        continue;
      }
      Path moduleDir = facts.scan().root().resolve(mod.directory()).toAbsolutePath().normalize();
      Path repo = repositoryRoot(moduleDir, facts.scan().root().toAbsolutePath().normalize());
      for (Replacement r : mod.file().replaces()) {
        if (!r.isDirectory()) {
          continue;
        }
        Path target = LocalModules.directory(facts.scan(), mod.directory(), r.newModule().path());
        Location at = Location.at(mod.path(), r.position().line(), r.position().column());
        if (!target.startsWith(repo)) {
          sink.report(this, at, "replace " + r.oldModule() + " => " + r.newModule().path()
                  + " points outside the repository (" + target + "): CI and Docker builds lack the path",
              "use a go.work for local development (`go work init . " + r.newModule().path()
                  + "`) and drop the replace: `go mod edit -dropreplace " + r.oldModule() + "`");
        } else {
          sink.report(this, at, "replace " + r.oldModule() + " => " + r.newModule().path()
                  + " is committed: modules that require " + label(mod) + " ignore its replace directives, and `go install "
                  + label(mod) + "/...@version` refuses it",
              "fine for a monorepo built as a whole; otherwise require a published version of " + r.oldModule().path());
        }
      }
    }
  }

  private static String label(ModuleTree.GoModFile mod) {
    String p = mod.file().modulePath();
    return p.isEmpty() ? "this module" : p;
  }

  /** The nearest directory at or above the module holding {@code .git}; else the scan root. */
  static Path repositoryRoot(Path moduleDir, Path scanRoot) {
    for (Path d = moduleDir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return d;
      }
    }
    return scanRoot;
  }
}
