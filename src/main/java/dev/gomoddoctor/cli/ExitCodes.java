package dev.gomoddoctor.cli;

import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.report.Report;
import dev.gomoddoctor.report.Severity;

/** The exit codes CI relies on, shared by every command. */
public final class ExitCodes {
  /** Nothing at or above the threshold. */
  public static final int CLEAN = 0;
  /** Findings at or above the threshold (or, for inspect/verify, the input is bad). */
  public static final int FINDINGS = 1;
  /** Usage or configuration error. */
  public static final int USAGE = 2;
  /** The scan was incomplete: a checker crashed or a needed file could not be read. */
  public static final int INCOMPLETE = 3;

  private ExitCodes() {}

  public static int forReport(Report report, Config.FailOn threshold) {
    if (report.incomplete()) {
      return INCOMPLETE;
    }
    if (threshold == Config.FailOn.NEVER) {
      return CLEAN;
    }
    return report.hasFindingsAtOrAbove(Severity.valueOf(threshold.name())) ? FINDINGS : CLEAN;
  }
}
