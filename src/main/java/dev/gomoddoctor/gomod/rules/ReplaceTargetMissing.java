package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.LocalModules;
import dev.gomoddoctor.gomod.MainModules;
import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.ModuleTree;
import dev.gomoddoctor.gomod.model.ModuleVersion;
import dev.gomoddoctor.gomod.model.ModulesTxt;
import dev.gomoddoctor.gomod.model.Replacement;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    code = "GMD105",
    name = "replace-target-missing",
    severity = Severity.ERROR,
    summary = "a filesystem `replace` points at a missing directory or one without go.mod",
    tags = {"gomod"},
    help = """
        `replace example.com/lib => ../lib` makes the go command read `../lib/go.mod` and the
        packages below `../lib`, relative to the go.mod (or go.work) that holds the replace. When
        the directory is missing (not checked out, not copied into the Docker build context, a
        path from someone's laptop) every build fails:

            go: example.com/lib@v0.0.0: replacement directory ../lib does not exist

        and a directory without go.mod fails when Go reads `../lib/go.mod`
        (`no such file or directory`).

        **Fix:** check the directory out (or COPY it into the image) at that path, add a go.mod to
        it, or remove the replace (`go mod edit -dropreplace example.com/lib`).

        **Stays quiet:** module-path replacements (`=> example.com/fork v1.2.3`); replaces of
        modules that no go.mod of the tree requires (Go never reads those directories). In vendor mode,
        when vendor/modules.txt records the replacement, builds never read the directory: reported
        as a note only ("only -mod=mod builds need the directory").
        """)
public final class ReplaceTargetMissing implements ModuleRule {

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    MainModules mm = MainModules.of(facts.scan());
    // Go reads a replacement directory only for a module in the build: one some go.mod requires
    Set<ModuleVersion> required = new HashSet<>();
    for (ModuleTree.GoModFile g : facts.tree().modFiles()) {
      g.file().requires().forEach(r -> required.add(r.module()));
    }
    for (MainModules.MainModule m : mm.modules()) {
      boolean vendored = m.vendorMode() && !m.inWorkspace();
      check(facts, sink, m.mod().path(), m.directory(), m.mod().file().replaces(),
          vendored ? m.vendor() : Optional.empty(), required);
    }
    for (MainModules.Workspace w : mm.workspaces()) {
      check(facts, sink, w.work().path(), w.directory(), w.work().file().replaces(),
          w.vendorMode() ? w.vendor() : Optional.empty(), required);
    }
  }

  private void check(ModuleFacts facts, FindingSink sink, String file, String dir, List<Replacement> replaces,
      Optional<ModulesTxt> vendor, Set<ModuleVersion> required) {
    for (Replacement r : replaces) {
      if (!r.isDirectory() || !inUse(r, required)) {
        continue;
      }
      String target = r.newModule().path();
      Path abs = LocalModules.directory(facts.scan(), dir, target);
      String problem;
      if (!Files.isDirectory(abs)) {
        problem = "replacement directory " + target + " does not exist";
      } else if (!Files.isRegularFile(abs.resolve("go.mod"))) {
        problem = "replacement directory " + target + " has no go.mod";
      } else {
        continue;
      }
      Location at = Location.at(file, r.position().line(), r.position().column());
      String message = r.oldModule() + ": " + problem + " (resolved to " + abs + ")";
      if (vendor.isPresent() && recorded(vendor.get(), r)) {
        sink.report(this, Severity.NOTE, at, message + "; vendor/modules.txt records the replacement, so only"
            + " -mod=mod builds need the directory", "check the directory out before running `go mod vendor` or -mod=mod builds");
        continue;
      }
      sink.report(this, at, message,
          "check out or copy " + target + " (with its go.mod) next to " + file + ", or drop the replace: "
              + "`go mod edit -dropreplace " + r.oldModule() + "`");
    }
  }

  private static boolean inUse(Replacement r, Set<ModuleVersion> required) {
    if (r.isWildcard()) {
      return required.stream().anyMatch(m -> m.path().equals(r.oldModule().path()));
    }
    return required.contains(r.oldModule());
  }

  private static boolean recorded(ModulesTxt vendor, Replacement r) {
    ModulesTxt.Meta meta = vendor.meta().get(new ModulesTxt.Key(r.oldModule().path(), r.oldModule().version()));
    if (meta != null && meta.replacement().isPresent()) {
      return true;
    }
    // a wildcard replace is recorded on the module line of the vendored version
    return r.isWildcard() && vendor.entries().stream().anyMatch(e ->
        e.module().path().equals(r.oldModule().path()) && e.replacement().isPresent());
  }
}
