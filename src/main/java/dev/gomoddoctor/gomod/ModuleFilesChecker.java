package dev.gomoddoctor.gomod;

import dev.gomoddoctor.gomod.rules.GoModSyntax;
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
      new GoVersionInvalid());

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
    ModuleFacts facts = new ModuleFacts(ctx, tree);
    for (ModuleRule rule : rules) {
      if (sink.isEnabled(rule)) {
        rule.check(facts, sink);
      }
    }
  }
}
