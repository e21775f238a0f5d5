package dev.gomoddoctor.goenv;

import dev.gomoddoctor.goenv.route.RoutingFacts;
import dev.gomoddoctor.goenv.rules.ChecksumDbDisabled;
import dev.gomoddoctor.goenv.rules.CredentialsExposed;
import dev.gomoddoctor.goenv.rules.EnvironmentRule;
import dev.gomoddoctor.goenv.rules.GoenvFileProblem;
import dev.gomoddoctor.goenv.rules.GoflagsInvalid;
import dev.gomoddoctor.goenv.rules.GoproxyInvalid;
import dev.gomoddoctor.goenv.rules.GoproxyNoNetworkPath;
import dev.gomoddoctor.goenv.rules.InsecureFetch;
import dev.gomoddoctor.goenv.rules.ModuleModeOff;
import dev.gomoddoctor.goenv.rules.PrivateFetchWithoutCredentials;
import dev.gomoddoctor.goenv.rules.PrivateModuleViaPublicProxy;
import dev.gomoddoctor.goenv.rules.ProxyUnreachable;
import dev.gomoddoctor.goenv.rules.RoutingRule;
import dev.gomoddoctor.goenv.rules.ToolchainDownloadBlocked;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import java.util.ArrayList;
import java.util.List;

/** Checks the effective Go environment and proxy routing. */
public final class GoEnvironmentChecker implements Checker {

  /** Rules over the effective environment itself (goenv-resolve). */
  private static final List<EnvironmentRule> ENVIRONMENT_RULES = List.of(
      new GoproxyInvalid(), new ModuleModeOff(), new GoflagsInvalid(), new GoenvFileProblem());

  /** Routing, credential and probe rules (goenv-route). */
  private static final List<RoutingRule> ROUTING_RULES = List.of(
      new GoproxyNoNetworkPath(), new PrivateModuleViaPublicProxy(), new ChecksumDbDisabled(), new InsecureFetch(),
      new ToolchainDownloadBlocked(), new CredentialsExposed(), new ProxyUnreachable(),
      new PrivateFetchWithoutCredentials());

  @Override
  public String name() {
    return "goenv";
  }

  @Override
  public List<Rule> rules() {
    List<Rule> all = new ArrayList<>(ENVIRONMENT_RULES);
    all.addAll(ROUTING_RULES);
    return all;
  }

  @Override
  public void check(ScanContext ctx, FindingSink sink) {
    if (ENVIRONMENT_RULES.stream().anyMatch(sink::isEnabled)) {
      EnvironmentFacts env = EnvironmentFacts.of(ctx);
      for (EnvironmentRule rule : ENVIRONMENT_RULES) {
        if (sink.isEnabled(rule)) {
          rule.check(env, sink);
        }
      }
    }
    if (ROUTING_RULES.stream().anyMatch(sink::isEnabled)) {
      RoutingFacts routing = RoutingFacts.of(ctx);
      for (RoutingRule rule : ROUTING_RULES) {
        if (sink.isEnabled(rule)) {
          rule.check(routing, sink);
        }
      }
    }
  }
}
