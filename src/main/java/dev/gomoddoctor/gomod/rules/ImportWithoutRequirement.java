package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.ImportPaths;
import dev.gomoddoctor.gomod.MainModules;
import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.ModuleTree;
import dev.gomoddoctor.gomod.model.BuildConstraint;
import dev.gomoddoctor.gomod.model.GoSourceFile;
import dev.gomoddoctor.gomod.model.Replacement;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "GMD112",
    name = "import-without-requirement",
    severity = Severity.ERROR,
    summary = "an imported package that no requirement provides",
    tags = {"gomod"},
    help = """
        Every non-standard package a main-module `.go` file imports must come from the main module
        itself or from a required (or replaced) module. Otherwise the build fails:

            main.go:6:2: no required module provides package example.com/x/y; to add it:
            	go get example.com/x/y

        and in vendor mode `cannot find module providing package example.com/x/y: import lookup
        disabled by -mod=vendor`. Locally a go.work or `-mod=mod` often hides this ("works on my
        machine"); CI and Docker builds fail.

        When the importing file is only built with a custom build tag (a constraint that no
        GOOS/GOARCH/`cgo`/`unix`/`go1.N` combination satisfies, e.g. `//go:build integration`),
        default builds never load it: reported as a warning.

        **Fix:** `go get <package>` (or `go mod tidy`), then commit go.mod and go.sum.

        **Stays quiet:** standard-library imports (first path element without a dot) and
        `import "C"`; packages inside the main module or a workspace module; packages under a
        required or replaced module path (filesystem replacements included); files excluded by
        `//go:build ignore`.
        """)
public final class ImportWithoutRequirement implements ModuleRule {

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    for (MainModules.MainModule m : MainModules.of(facts.scan()).modules()) {
      if (!m.mod().ok() || m.modulePath().isEmpty()) {
        continue;
      }
      Set<String> providers = new HashSet<>(m.mainModulePaths());
      List<ModuleTree.GoModFile> files = m.workspace().map(MainModules.Workspace::members).orElse(List.of(m.mod()));
      for (ModuleTree.GoModFile g : files) {
        g.file().requires().stream().map(Requirement::path).forEach(providers::add);
        g.file().replaces().stream().map(r -> r.oldModule().path()).forEach(providers::add);
      }
      m.workspace().ifPresent(w -> w.work().file().replaces().stream().map(Replacement::oldModule)
          .forEach(o -> providers.add(o.path())));
      for (GoSourceFile f : m.goFiles()) {
        if (!f.countsForModules()) {
          continue;
        }
        boolean customOnly = f.constraint().map(BuildConstraint::needsCustomTag).orElse(false);
        for (GoSourceFile.Import imp : f.imports()) {
          String p = imp.path();
          if (ImportPaths.isCgo(p) || ImportPaths.isStandard(p)
              || providers.stream().anyMatch(mp -> ImportPaths.within(p, mp))) {
            continue;
          }
          Location at = Location.at(f.path(), imp.line(), imp.column());
          String message = "no required module provides package " + p + " (imported by " + f.path() + ")"
              + (m.vendorMode() ? "; in vendor mode: \"cannot find module providing package " + p
                  + ": import lookup disabled by -mod=vendor\"" : "");
          String hint = "run `go get " + p + "` (or `go mod tidy`) in "
              + (m.directory().isEmpty() ? "the module root" : m.directory()) + " and commit go.mod and go.sum";
          if (customOnly) {
            sink.report(this, Severity.WARNING, at, message + "; the file is built only with a custom build tag,"
                + " so default builds never load it", hint);
          } else {
            sink.report(this, at, message, hint);
          }
        }
      }
    }
  }
}
