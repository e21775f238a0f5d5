package dev.gomoddoctor.cache.rules;

import dev.gomoddoctor.cache.CacheFacts;
import dev.gomoddoctor.cache.CacheRule;
import dev.gomoddoctor.cache.Verdicts;
import dev.gomoddoctor.cache.perm.Access;
import dev.gomoddoctor.gomod.MainModules;
import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.ModuleVersion;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

@RuleInfo(code = "GMD308", name = "module-files-read-only", severity = Severity.WARNING,
    summary = "go.mod/go.sum not writable while they need updates",
    tags = {"cache", "permissions", "gomod"},
    help = """
        When go.sum lacks lines the build needs (GMD102, GMD103), the fix is `go mod tidy` or
        `go get`, which rewrite go.mod and go.sum. In a checkout owned by another user (a
        source tree mounted read-only into a container, a CI workspace created by root and
        built as uid 1001, a read-only bind mount) those commands fail too, so the usual advice
        does not work where the build runs.

        Go prints: `go mod tidy` / `go get` fail with `permission denied` or
        `read-only file system` when they write go.mod or go.sum, e.g.
        `go: updating go.mod: open /src/go.mod: permission denied`.

        **Fix:** run `go mod tidy` where the files are writable (on the developer machine) and
        commit go.sum, or make the checkout writable for the build user (`chown -R`, a writable
        mount).

        **Quiet:** read-only source trees where go.sum is complete (builds only read them);
        modules in vendor mode; writable files.
        """)
public final class ModuleFilesReadOnly implements CacheRule {

  @Override
  public void check(CacheFacts facts, FindingSink sink) {
    for (MainModules.MainModule m : MainModules.of(facts.context()).modules()) {
      if (!m.mod().ok() || m.vendorMode()) {
        continue;
      }
      Optional<ModuleVersion> missing = firstMissingSum(m);
      if (missing.isEmpty()) {
        continue;
      }
      Path goMod = facts.context().resolve(m.mod().path());
      Path goSum = goMod.resolveSibling("go.sum");
      Access a = facts.perms().writableFile(goMod);
      String what = m.mod().path();
      if (a.granted()) {
        a = Files.exists(goSum) ? facts.perms().writableFile(goSum) : facts.perms().writableDir(goMod.getParent());
        what = Files.exists(goSum) ? facts.context().relativize(goSum) : "the directory of " + m.mod().path() + " (to create go.sum)";
      }
      Optional<Severity> sev = Verdicts.severity(a, Severity.WARNING);
      if (sev.isEmpty()) {
        continue;
      }
      String why = a.cause() == Access.Cause.READ_ONLY_MOUNT ? "read-only file system" : "permission denied";
      sink.report(this, sev.get(), Location.line(m.mod().path(), 1),
          "go.sum needs the `" + missing.get().path() + " " + missing.get().version() + "/go.mod` line (and maybe more), but " + what + " is not writable by "
              + facts.perms().identity().describe() + ": `go mod tidy` and `go get` fail here with " + why
              + " (" + Verdicts.explain(a) + ")",
          "run `go mod tidy` where the checkout is writable and commit go.mod and go.sum, or make it writable for the build user");
    }
  }

  /** The first requirement whose {@code /go.mod} checksum no counting go.sum has (GMD102/GMD103's case). */
  private static Optional<ModuleVersion> firstMissingSum(MainModules.MainModule m) {
    ModFile f = m.mod().file();
    Set<String> mains = m.mainModulePaths();
    for (Requirement r : f.requires()) {
      boolean excluded = f.excludes().stream().anyMatch(e -> e.path().equals(r.path()) && e.version().equals(r.version()));
      if (mains.contains(r.path()) || excluded) {
        continue;
      }
      Optional<ModuleVersion> key = m.replacements().sumKey(r.path(), r.version());
      if (key.isPresent() && !m.hasGoModSum(key.get())) {
        return key;
      }
    }
    return Optional.empty();
  }
}
