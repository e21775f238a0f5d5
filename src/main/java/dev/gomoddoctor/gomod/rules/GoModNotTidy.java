package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.ImportPaths;
import dev.gomoddoctor.gomod.MainModules;
import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.model.GoSourceFile;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.gomod.model.ToolDirective;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "GMD113",
    name = "go-mod-not-tidy",
    severity = Severity.NOTE,
    summary = "a direct requirement that nothing imports",
    tags = {"gomod"},
    help = """
        A `require` without `// indirect` says the main module imports a package of that module.
        When no `.go` file of the module (tests and `//go:build tools` files included) imports
        anything under the module's path, go.mod is not tidy: `go mod tidy` would mark the line
        `// indirect` or drop it. The build still succeeds, even without the module's zip line in
        go.sum. Go prints nothing; `go mod tidy -diff` (Go 1.23+) shows the change.

        **Fix:** run `go mod tidy` and commit go.mod and go.sum.

        **Stays quiet:** a requirement whose module provides a package imported by any of the
        module's `.go` files; a module that provides a package named by a `tool` directive
        (Go 1.24+); requirements marked `// indirect`; modules with no `.go` files in the scanned
        tree (nothing to judge by).
        """)
public final class GoModNotTidy implements ModuleRule {

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    for (MainModules.MainModule m : MainModules.of(facts.scan()).modules()) {
      if (!m.mod().ok()) {
        continue;
      }
      List<GoSourceFile> files = m.goFiles().stream().filter(GoSourceFile::countsForModules).toList();
      if (files.isEmpty()) {
        continue; // a partial checkout: nothing to judge by
      }
      Set<String> imported = new HashSet<>();
      files.forEach(f -> f.imports().forEach(i -> imported.add(i.path())));
      m.mod().file().tools().stream().map(ToolDirective::path).forEach(imported::add);
      for (Requirement r : m.mod().file().requires()) {
        if (r.indirect() || imported.stream().anyMatch(p -> ImportPaths.within(p, r.path()))) {
          continue;
        }
        sink.report(this, Location.at(m.mod().path(), r.position().line(), r.position().column()),
            r.path() + " " + r.version() + " is a direct requirement, but no .go file of "
                + (m.modulePath().isEmpty() ? "the module" : m.modulePath())
                + " imports it: go.mod is not tidy (`go mod tidy` would mark it // indirect or drop it)",
            "run `go mod tidy` in " + (m.directory().isEmpty() ? "the module root" : m.directory())
                + " and commit go.mod and go.sum");
      }
    }
  }
}
