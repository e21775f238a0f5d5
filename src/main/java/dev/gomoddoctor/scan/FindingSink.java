package dev.gomoddoctor.scan;

import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.Rule;

/**
 * Where checkers and rules send what they find. Thread-safe. Rule selection, severity overrides
 * and path exclusions from the configuration are applied behind it, so rules stay simple.
 */
public interface FindingSink {

  /** Reports a finding at the rule's default (or configured) severity. */
  default void report(Rule rule, Location location, String message, String hint) {
    report(rule, null, location, message, hint);
  }

  /**
   * Reports a finding at a case-specific severity (the catalogue's "(warning)" cases), or the
   * rule's default when {@code severity} is null. A configured override still wins.
   */
  void report(Rule rule, Severity severity, Location location, String message, String hint);

  /** True when the rule would be reported; lets a checker skip expensive work for disabled rules. */
  boolean isEnabled(Rule rule);

  /**
   * A file the scan needed could not be read: reported as GMD900 and the scan is marked
   * incomplete (exit code 3).
   */
  void unreadable(String path, int line, String why);
}
