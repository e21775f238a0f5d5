package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.ImportPaths;
import dev.gomoddoctor.gomod.MainModules;
import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.model.GoSourceFile;
import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.ModuleVersion;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.gomod.version.GoVersion;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    code = "GMD103",
    name = "go-sum-missing-entry",
    severity = Severity.ERROR,
    summary = "go.sum lacks a requirement's `/go.mod` line, or the zip line of a module that provides an imported package",
    tags = {"gomod", "checksums"},
    help = """
        go.sum must hold, for every module in the build, the hash of its go.mod
        (`<path> <version>/go.mod h1:…`), and for every module that provides (or could provide) an
        imported package also the hash of its zip (`<path> <version> h1:…`). Lines are keyed by the
        **replacement**: for `replace example.com/e v1.0.0 => example.com/fork v1.2.0` go.sum holds
        `example.com/fork v1.2.0` lines and none for `example.com/e v1.0.0`. In the default
        `-mod=readonly` mode a missing line fails the build:

            missing go.sum entry for module providing package example.com/b/pkg (imported by example.com/a); to add:
                go get example.com/a
            missing go.sum entry needed to verify package example.com/b/pkg (imported by example.com/a) is provided by exactly one module; to add:
                go get example.com/a
            go: example.com/b@v1.0.0: missing go.sum entry for go.mod file; to add it:
                go mod download example.com/b

        (older releases: `go: example.com/b@v1.0.0: missing go.sum entry; to add it:`).

        **Fix:** `go mod tidy` (or the `go mod download <module>` the message names), then commit
        go.sum.

        **Stays quiet:** requirements replaced by a local directory; the original path@version of
        a module-path replacement; excluded versions; in workspace mode a line found in
        go.work.sum or any workspace module's go.sum; missing zip lines of modules that provide no
        imported package (they need only the `/go.mod` line); a direct requirement nothing imports
        (that is GMD113); builds in vendor mode, which never read go.sum; modules without any
        go.sum (that is GMD102).
        """)
public final class GoSumMissingEntry implements ModuleRule {

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    for (MainModules.MainModule m : MainModules.of(facts.scan()).modules()) {
      if (!m.mod().ok() || m.vendorMode() || m.sums().isEmpty()) {
        continue;
      }
      ModFile f = m.mod().file();
      Set<String> mains = m.mainModulePaths();
      for (Requirement r : f.requires()) {
        if (mains.contains(r.path()) || excluded(f, r)) {
          continue;
        }
        Optional<ModuleVersion> key = m.replacements().sumKey(r.path(), r.version());
        if (key.isPresent() && !m.hasGoModSum(key.get())) {
          sink.report(this, Location.at(m.mod().path(), r.position().line(), r.position().column()),
              sumFile(m) + " has no `" + key.get().path() + " " + key.get().version() + "/go.mod` line"
                  + replacedNote(r, key.get()) + ": go fails with \"" + key.get() + ": missing go.sum entry for go.mod file\"",
              "run `go mod download " + r.path() + "` (or `go mod tidy`) in " + dirName(m) + " and commit go.sum");
        }
      }
      if (GoVersion.compare(f.goVersion().orElse(GoVersion.DEFAULT_GO_MOD_VERSION), "1.17") < 0) {
        continue; // before 1.17 go.sum completeness for packages was not enforced this way
      }
      Set<String> reported = new HashSet<>();
      for (GoSourceFile file : m.goFiles()) {
        if (!file.countsForModules()) {
          continue;
        }
        for (GoSourceFile.Import imp : file.imports()) {
          String p = imp.path();
          if (ImportPaths.isStandard(p) || mains.stream().anyMatch(mp -> ImportPaths.within(p, mp))) {
            continue;
          }
          for (Requirement r : f.requires()) {
            if (!ImportPaths.within(p, r.path()) || excluded(f, r) || reported.contains(r.path())) {
              continue;
            }
            Optional<ModuleVersion> key = m.replacements().sumKey(r.path(), r.version());
            if (key.isPresent() && !m.hasZipSum(key.get())) {
              reported.add(r.path());
              sink.report(this, Location.at(m.mod().path(), r.position().line(), r.position().column()),
                  sumFile(m) + " has no zip line for " + key.get().path() + " " + key.get().version()
                      + replacedNote(r, key.get()) + ", which provides package " + p + " imported by "
                      + file.path() + ":" + imp.line() + ": go fails with \"missing go.sum entry for module providing package "
                      + p + "\"",
                  "run `go mod tidy` (or `go mod download " + r.path() + "`) in " + dirName(m) + " and commit go.sum");
            }
          }
        }
      }
    }
  }

  private static String replacedNote(Requirement r, ModuleVersion key) {
    return key.path().equals(r.path()) && key.version().equals(r.version())
        ? "" : " (the replacement of " + r.path() + " " + r.version() + ")";
  }

  private static String sumFile(MainModules.MainModule m) {
    return m.inWorkspace() ? "no go.sum of the workspace" : m.goSum().map(s -> s.path()).orElse("go.sum");
  }

  private static String dirName(MainModules.MainModule m) {
    return m.directory().isEmpty() ? "the module root" : m.directory();
  }

  private static boolean excluded(ModFile f, Requirement r) {
    return f.excludes().stream().anyMatch(e -> e.path().equals(r.path()) && e.version().equals(r.version()));
  }
}
