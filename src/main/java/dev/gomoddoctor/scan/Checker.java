package dev.gomoddoctor.scan;

import dev.gomoddoctor.rules.Rule;
import java.util.List;

/**
 * One domain of checks (module files, Go environment, caches, Dockerfiles). A checker computes
 * its facts once, runs its rules over them and sends findings to the sink. It never prints,
 * never exits and never knows the output format.
 */
public interface Checker {

  /** Short name shown in the summary and the JSON {@code checkers} array, e.g. {@code gomod}. */
  String name();

  /** The rules this checker can report. Used by the registry, {@code rules} and SARIF. */
  List<Rule> rules();

  /**
   * Why this checker has nothing to do for this scan (e.g. "no Dockerfile"), or empty when it
   * should run. A skipped checker is listed with status {@code skipped}.
   */
  default java.util.Optional<String> skipReason(ScanContext ctx) {
    return java.util.Optional.empty();
  }

  /** Runs every selected rule. An exception becomes a GMD901 finding and makes the scan incomplete. */
  void check(ScanContext ctx, FindingSink sink) throws Exception;
}
