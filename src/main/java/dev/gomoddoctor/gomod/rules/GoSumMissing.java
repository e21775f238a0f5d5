package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.LocalModules;
import dev.gomoddoctor.gomod.MainModules;
import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.Replacements;
import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    code = "GMD102",
    name = "go-sum-missing",
    severity = Severity.ERROR,
    summary = "go.mod has requirements that need sums, but there is no go.sum",
    tags = {"gomod", "checksums"},
    help = """
        The go command verifies every module it downloads against go.sum. A go.mod that requires
        modules but has no go.sum beside it (nor, in workspace mode, a go.work.sum) cannot be
        built in the default `-mod=readonly` mode: the first build fails with messages such as

            main.go:5:2: missing go.sum entry for module providing package example.com/b (imported by example.com/a); to add:
                go get example.com/a

        or `go: example.com/b@v1.0.0: missing go.sum entry for go.mod file; to add it:` followed by
        `go mod download example.com/b`. This is the usual cause when a Docker build copies
        go.mod but not go.sum, or go.sum is listed in .gitignore.

        **Fix:** run `go mod tidy` in the module's directory and commit the go.sum it writes.

        **Stays quiet:** a go.mod without `require` lines; in workspace mode, when go.work.sum or
        another workspace module's go.sum exists (GMD103 then checks the lines); requirements that are all replaced by
        local directories whose go.mod files require nothing that is downloaded (monorepos);
        builds in vendor mode, which never read go.sum.
        """)
public final class GoSumMissing implements ModuleRule {

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    for (MainModules.MainModule m : MainModules.of(facts.scan()).modules()) {
      if (!m.mod().ok() || m.vendorMode() || m.goSum().isPresent()) {
        continue;
      }
      if (m.inWorkspace() && !m.sums().isEmpty()) {
        continue; // go.work.sum or another workspace module's go.sum counts: GMD103 judges the lines
      }
      Optional<Requirement> first = firstNeedingSums(facts, m);
      if (first.isEmpty()) {
        continue;
      }
      long needing = m.mod().file().requires().stream().filter(r -> needsSums(facts, m, r)).count();
      String others = needing > 1 ? " and " + (needing - 1) + " more" : "";
      String where = m.directory().isEmpty() ? "the repository root" : m.directory();
      sink.report(this, Location.at(m.mod().path(), first.get().position().line(), first.get().position().column()),
          m.mod().path() + " requires " + first.get().path() + " " + first.get().version() + others
              + ", but there is no go.sum beside it: builds fail with \"missing go.sum entry\"",
          "run `go mod tidy` in " + where + " and commit the go.sum it writes");
    }
  }

  private Optional<Requirement> firstNeedingSums(ModuleFacts facts, MainModules.MainModule m) {
    for (Requirement r : m.mod().file().requires()) {
      if (needsSums(facts, m, r)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * True when building needs a checksum for this requirement or for anything a local replacement
   * directory brings in (followed through the replaces in effect, as Go applies only the main
   * module's).
   */
  static boolean needsSums(ModuleFacts facts, MainModules.MainModule m, Requirement start) {
    Set<String> mains = m.mainModulePaths();
    Set<String> visited = new HashSet<>();
    Deque<Requirement> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      Requirement r = queue.pop();
      if (mains.contains(r.path()) || isExcluded(m.mod().file(), r)) {
        continue;
      }
      Optional<Replacements.Source> rep = m.replacements().of(r.path(), r.version());
      if (rep.isEmpty() || !rep.get().replace().isDirectory()) {
        return true;
      }
      String target = rep.get().replace().newModule().path();
      if (!visited.add(rep.get().baseDir() + "\u0000" + target)) {
        continue;
      }
      // a missing directory is GMD105's finding; here it needs no sums
      Optional<ModFile> local = LocalModules.goMod(facts.scan(), facts.tree(), rep.get().baseDir(), target);
      local.ifPresent(f -> queue.addAll(f.requires()));
    }
    return false;
  }

  private static boolean isExcluded(ModFile f, Requirement r) {
    return f.excludes().stream().anyMatch(e -> e.path().equals(r.path()) && e.version().equals(r.version()));
  }
}
