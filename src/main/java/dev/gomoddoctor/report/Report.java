package dev.gomoddoctor.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one scan: sorted findings, how each checker ran, and whether the scan was
 * complete. Renderers read it; nothing writes it after construction.
 *
 * @param root the scan root as the user named it (used for display and SARIF base URIs)
 * @param incomplete a checker failed or a needed file could not be read (exit code 3)
 * @param suppressed how many findings {@code gomod-doctor:ignore} comments suppressed
 */
public record Report(
    String toolVersion,
    String root,
    List<Finding> findings,
    List<CheckerRun> checkers,
    long elapsedMillis,
    boolean incomplete,
    int suppressed) {

  public Report {
    findings = findings.stream().sorted(Finding.ORDER).toList();
    checkers = List.copyOf(checkers);
  }

  public Report(String toolVersion, String root, List<Finding> findings, List<CheckerRun> checkers,
      long elapsedMillis, boolean incomplete) {
    this(toolVersion, root, findings, checkers, elapsedMillis, incomplete, 0);
  }

  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (Finding f : findings) {
      counts.merge(f.severity(), 1, Integer::sum);
    }
    return counts;
  }

  public boolean hasFindingsAtOrAbove(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
  }
}
