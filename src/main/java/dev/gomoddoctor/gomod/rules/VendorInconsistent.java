package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.MainModules;
import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.ModuleTree;
import dev.gomoddoctor.gomod.VendorConsistency;
import dev.gomoddoctor.gomod.model.ModulesTxt;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    code = "GMD107",
    name = "vendor-inconsistent",
    severity = Severity.ERROR,
    summary = "vendor/modules.txt disagrees with go.mod while vendor mode is on",
    tags = {"gomod", "vendor"},
    help = """
        With a `vendor` directory and a `go` line of 1.14 or later, package-loading commands
        (build, test, vet, list, run) use `-mod=vendor` by default, and first check that
        vendor/modules.txt still matches go.mod: every requirement must be listed and marked
        `## explicit` at the same version, every replace must be recorded with the same target, and
        modules.txt must not claim requirements or replacements go.mod no longer has. Otherwise:

            go: inconsistent vendoring in /src:
            	example.com/a@v1.2.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt
            	example.com/b: is replaced in go.mod, but not marked as replaced in vendor/modules.txt

            	To ignore the vendor directory, use -mod=readonly or -mod=mod.
            	To sync the vendor directory, run:
            		go mod vendor

        The doctor runs the same check as the go command (`checkVendorConsistency`), including its
        relaxations for a go.mod whose `go` line is below 1.14 (or missing), whose modules.txt
        carried no `## explicit` marks. `-mod=vendor` in GOFLAGS turns vendor mode on whatever the
        go line; `-mod=mod` or `-mod=readonly` turns it off. In workspace mode the workspace's
        vendor directory (next to go.work) is checked against every workspace module.

        **Fix:** run `go mod vendor` (`go work vendor` in a workspace) after changing go.mod, and
        commit vendor/ with it.

        **Stays quiet:** go lines below 1.14 where Go relaxes the check; `-mod=mod` or
        `-mod=readonly` in GOFLAGS; no vendor directory.
        """)
public final class VendorInconsistent implements ModuleRule {

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    MainModules mm = MainModules.of(facts.scan());
    for (MainModules.MainModule m : mm.modules()) {
      if (m.inWorkspace() || !m.vendorMode() || !m.mod().ok() || (m.vendor().isEmpty() && !m.hasVendorDir())) {
        continue;
      }
      ModulesTxt vendor = m.vendor().orElse(empty(m.directory()));
      List<VendorConsistency.Problem> problems = VendorConsistency.check(vendor,
          List.of(new VendorConsistency.MainModFile(m.mod().file(), m.mod().path(), m.directory())),
          Optional.empty(), m.replacements());
      report(sink, problems, m.directory(), "go mod vendor");
    }
    for (MainModules.Workspace w : mm.workspaces()) {
      if (!w.active() || !w.vendorMode() || !w.work().ok() || (w.vendor().isEmpty() && !w.hasVendorDir())) {
        continue;
      }
      List<VendorConsistency.MainModFile> mains = new ArrayList<>();
      for (ModuleTree.GoModFile g : w.members()) {
        mains.add(new VendorConsistency.MainModFile(g.file(), g.path(), g.directory()));
      }
      if (mains.isEmpty()) {
        continue;
      }
      List<VendorConsistency.Problem> problems = VendorConsistency.check(w.vendor().orElse(empty(w.directory())),
          mains, Optional.of(new VendorConsistency.WorkReplaces(w.work().file().replaces(), w.work().path(), w.directory())),
          w.replacements());
      report(sink, problems, w.directory(), "go work vendor");
    }
  }

  private void report(FindingSink sink, List<VendorConsistency.Problem> problems, String dir, String command) {
    String where = dir.isEmpty() ? "the module root" : dir;
    for (VendorConsistency.Problem p : problems) {
      sink.report(this, Location.line(p.file(), Math.max(1, p.line())),
          "inconsistent vendoring: " + p.goLine(),
          "run `" + command + "` in " + where + " and commit vendor/ (or build with -mod=mod to ignore it)");
    }
  }

  private static ModulesTxt empty(String dir) {
    return new ModulesTxt(dir.isEmpty() ? "vendor/modules.txt" : dir + "/vendor/modules.txt", false, List.of(), List.of());
  }
}
