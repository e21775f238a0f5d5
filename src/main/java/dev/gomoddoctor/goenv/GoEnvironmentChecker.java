package dev.gomoddoctor.goenv;

import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import java.util.List;

/** Checks the effective Go environment and proxy routing. */
public final class GoEnvironmentChecker implements Checker {

  @Override
  public String name() {
    return "goenv";
  }

  @Override
  public List<Rule> rules() {
    return List.of();
  }

  @Override
  public void check(ScanContext ctx, FindingSink sink) {
    // rules are added by the goenv checker's own issue
  }
}
