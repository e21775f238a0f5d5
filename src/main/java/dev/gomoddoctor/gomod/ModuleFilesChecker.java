package dev.gomoddoctor.gomod;

import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import java.util.List;

/** Checks module files: go.mod, go.sum, go.work, vendor/modules.txt and the import lines of .go files. */
public final class ModuleFilesChecker implements Checker {

  @Override
  public String name() {
    return "gomod";
  }

  @Override
  public List<Rule> rules() {
    return List.of();
  }

  @Override
  public void check(ScanContext ctx, FindingSink sink) {
    // rules are added by the gomod checker's own issue
  }
}
