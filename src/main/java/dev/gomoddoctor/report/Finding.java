package dev.gomoddoctor.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found by a checker. The message is specific (names the module, path, version,
 * stage or variable); the hint is the fix, usually a command or the lines to write.
 */
public record Finding(
    String ruleId, String ruleName, Severity severity, String message, String hint, Location location) {

  /** The order of every output: path, line, rule code, then column and message for stability. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.location().path())
          .thenComparingInt(f -> f.location().line())
          .thenComparing(Finding::ruleId)
          .thenComparingInt(f -> f.location().column())
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(ruleName, "ruleName");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    hint = hint == null ? "" : hint;
  }

  public Finding withSeverity(Severity s) {
    return new Finding(ruleId, ruleName, s, message, hint, location);
  }
}
