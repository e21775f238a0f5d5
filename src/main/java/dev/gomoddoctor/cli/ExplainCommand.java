package dev.gomoddoctor.cli;

import dev.gomoddoctor.rules.RuleDocs;
import dev.gomoddoctor.rules.RuleMeta;
import dev.gomoddoctor.scan.Checkers;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gomod-doctor explain GMD103} (or a rule name): the rule's full help page. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "Print the full help of a rule, by code (GMD103) or name (go-sum-missing-entry).")
public final class ExplainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RULE", description = "A rule code or name.")
  String rule;

  @Override
  public Integer call() {
    Optional<RuleMeta> meta = Checkers.standardRegistry().find(rule);
    if (meta.isEmpty()) {
      spec.commandLine().getErr().println("gomod-doctor explain: unknown rule '" + rule + "' (see `gomod-doctor rules`)");
      return ExitCodes.USAGE;
    }
    spec.commandLine().getOut().print(RuleDocs.page(meta.get()));
    spec.commandLine().getOut().flush();
    return ExitCodes.CLEAN;
  }
}
