package dev.gomoddoctor.gomod;

import dev.gomoddoctor.gomod.rules.DuplicateRequirement;
import dev.gomoddoctor.gomod.rules.GoModNotTidy;
import dev.gomoddoctor.gomod.rules.GoModSyntax;
import dev.gomoddoctor.gomod.rules.GoSumMalformed;
import dev.gomoddoctor.gomod.rules.GoSumMissing;
import dev.gomoddoctor.gomod.rules.GoSumMissingEntry;
import dev.gomoddoctor.gomod.rules.GoWorkUseMissing;
import dev.gomoddoctor.gomod.rules.ImportWithoutRequirement;
import dev.gomoddoctor.gomod.rules.LocalReplaceCommitted;
import dev.gomoddoctor.gomod.rules.NoMainModule;
import dev.gomoddoctor.gomod.rules.ReplaceTargetMissing;
import dev.gomoddoctor.gomod.rules.ToolchainTooOld;
import dev.gomoddoctor.gomod.rules.VendorInconsistent;
import dev.gomoddoctor.gomod.rules.GoVersionInvalid;
import dev.gomoddoctor.gomod.rules.ModuleRule;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import java.util.List;

/** Checks module files: go.mod, go.sum, go.work, vendor/modules.txt and the import lines of .go files. */
public final class ModuleFilesChecker implements Checker {

  /** Every module-file rule, in code order. */
  private final List<ModuleRule> rules = List.of(
      new GoModSyntax(),
      new NoMainModule(),
      new GoSumMissing(),
      new GoSumMissingEntry(),
      new GoSumMalformed(),
      new ReplaceTargetMissing(),
      new GoVersionInvalid(),
      new VendorInconsistent(),
      new GoWorkUseMissing(),
      new ToolchainTooOld(),
      new DuplicateRequirement(),
      new LocalReplaceCommitted(),
      new ImportWithoutRequirement(),
      new GoModNotTidy());

  @Override
  public String name() {
    return "gomod";
  }

  @Override
  public List<Rule> rules() {
    return List.copyOf(rules);
  }

  @Override
  public void check(ScanContext ctx, FindingSink sink) {
    ModuleTree tree = ModuleTree.of(ctx);
    for (ModuleTree.UnreadableFile u : tree.unreadable()) {
      sink.unreadable(u.path(), 0, u.why());
    }
    reportUnreadable(ctx, sink);
    ModuleFacts facts = new ModuleFacts(ctx, tree);
    for (ModuleRule rule : rules) {
      if (sink.isEnabled(rule)) {
        rule.check(facts, sink);
      }
    }
  }

  /** go.sum, modules.txt and .go files that could not be read: GMD900, never silently skipped. */
  private static void reportUnreadable(ScanContext ctx, FindingSink sink) {
    for (ModuleTree.UnreadableFile u : MainModules.of(ctx).unreadable()) {
      sink.unreadable(u.path(), 0, u.why());
    }
    for (GoSources.Unreadable u : GoSources.of(ctx).unreadable()) {
      sink.unreadable(u.path(), 0, u.why());
    }
  }
}
