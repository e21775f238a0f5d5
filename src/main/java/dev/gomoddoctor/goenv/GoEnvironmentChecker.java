package dev.gomoddoctor.goenv;

import dev.gomoddoctor.goenv.rules.EnvironmentRule;
import dev.gomoddoctor.goenv.rules.GoenvFileProblem;
import dev.gomoddoctor.goenv.rules.GoflagsInvalid;
import dev.gomoddoctor.goenv.rules.GoproxyInvalid;
import dev.gomoddoctor.goenv.rules.ModuleModeOff;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import java.util.ArrayList;
import java.util.List;

/** Checks the effective Go environment and proxy routing. */
public final class GoEnvironmentChecker implements Checker {

  /** Rules over the effective environment itself. */
  private static final List<EnvironmentRule> ENVIRONMENT_RULES = List.of(
      new GoproxyInvalid(), new ModuleModeOff(), new GoflagsInvalid(), new GoenvFileProblem());

  @Override
  public String name() {
    return "goenv";
  }

  @Override
  public List<Rule> rules() {
    List<Rule> all = new ArrayList<>(ENVIRONMENT_RULES);
    return List.copyOf(all);
  }

  @Override
  public void check(ScanContext ctx, FindingSink sink) {
    EnvironmentFacts env = EnvironmentFacts.of(ctx);
    for (EnvironmentRule rule : ENVIRONMENT_RULES) {
      if (sink.isEnabled(rule)) {
        rule.check(env, sink);
      }
    }
  }
}
