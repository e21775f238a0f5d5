package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.ModuleTree;
import dev.gomoddoctor.gomod.model.ModuleVersion;
import dev.gomoddoctor.gomod.model.Replacement;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
    code = "GMD110",
    name = "duplicate-requirement",
    severity = Severity.ERROR,
    summary = "a module required at two versions or replaced to two targets (exact duplicates: warning)",
    tags = {"gomod"},
    help = """
        A go.mod should require each module path once and replace each left side (`path` or
        `path@version`) once. Two `require` lines for the same path at different versions (often a
        bad merge, one in each `require` block) make go.mod untidy, so every build in the default
        `-mod=readonly` mode stops with

            go: updates to go.mod needed; to update it:
            	go mod tidy

        and two `replace` lines with the same left side but different targets fail with

            go: conflicting replacements for example.com/e@v1.0.0:
            	example.com/fork@v1.2.0
            	../e

        Exact duplicates (same path and version, identical replace lines) are accepted by Go and
        reported as a warning.

        **Fix:** keep one line (`go mod tidy` keeps the highest required version; for replaces,
        decide which target is right and delete the other).

        **Stays quiet:** different major-version paths (`example.com/a` and `example.com/a/v2`);
        a version-specific replace next to a wildcard replace of the same path (the specific one
        wins).
        """)
public final class DuplicateRequirement implements ModuleRule {

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    for (ModuleTree.GoModFile mod : facts.tree().modFiles()) {
      if (!mod.parsed().syntaxValid()) {
        continue;
      }
      checkRequires(mod.path(), mod.file().requires(), sink);
      checkReplaces(mod.path(), mod.file().replaces(), sink);
    }
    for (ModuleTree.GoWorkFile work : facts.tree().workFiles()) {
      if (work.parsed().syntaxValid()) {
        checkReplaces(work.path(), work.file().replaces(), sink);
      }
    }
  }

  private void checkRequires(String file, List<Requirement> requires, FindingSink sink) {
    Map<String, Requirement> first = new LinkedHashMap<>();
    for (Requirement r : requires) {
      Requirement prev = first.putIfAbsent(r.path(), r);
      if (prev == null) {
        continue;
      }
      Location at = Location.at(file, r.position().line(), r.position().column());
      if (prev.version().equals(r.version())) {
        sink.report(this, Severity.WARNING, at, r.path() + " " + r.version() + " is required twice (also on line "
            + prev.position().line() + ")", "delete one of the two lines (`go mod tidy` does it)");
      } else {
        sink.report(this, at, r.path() + " is required at both " + prev.version() + " (line " + prev.position().line()
                + ") and " + r.version() + ": go fails with \"updates to go.mod needed\"",
            "keep one require line for " + r.path() + " and run `go mod tidy`");
      }
    }
  }

  private void checkReplaces(String file, List<Replacement> replaces, FindingSink sink) {
    Map<ModuleVersion, Replacement> first = new LinkedHashMap<>();
    for (Replacement r : replaces) {
      Replacement prev = first.putIfAbsent(r.oldModule(), r);
      if (prev == null) {
        continue;
      }
      Location at = Location.at(file, r.position().line(), r.position().column());
      if (prev.newModule().equals(r.newModule())) {
        sink.report(this, Severity.WARNING, at, "replace " + r.oldModule() + " => " + r.newModule()
            + " is written twice (also on line " + prev.position().line() + ")", "delete one of the two replace lines");
      } else {
        sink.report(this, at, "conflicting replacements for " + r.oldModule() + ": " + prev.newModule()
                + " (line " + prev.position().line() + ") and " + r.newModule(),
            "keep one replace for " + r.oldModule() + ": `go mod edit -dropreplace " + r.oldModule()
                + "` then add back the right one");
      }
    }
  }
}
