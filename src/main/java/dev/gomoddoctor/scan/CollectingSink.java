package dev.gomoddoctor.scan;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.rules.RuleMeta;
import java.util.ArrayList;
import java.util.List;

/** A thread-safe sink that applies the rule selection and keeps the findings in memory. */
public final class CollectingSink implements FindingSink {
  private static final Rule FILE_UNREADABLE = new FileUnreadable();

  private final RuleSelection selection;
  private final List<Finding> findings = new ArrayList<>();
  private boolean incomplete;

  public CollectingSink(RuleSelection selection) {
    this.selection = selection;
  }

  @Override
  public void report(Rule rule, Severity severity, Location location, String message, String hint) {
    RuleMeta meta = rule.meta();
    if (!selection.isEnabled(meta)) {
      return;
    }
    Severity s = selection.severityFor(meta, severity == null ? meta.severity() : severity);
    Finding f = new Finding(meta.code(), meta.name(), s, message, hint, location);
    synchronized (this) {
      findings.add(f);
    }
  }

  @Override
  public boolean isEnabled(Rule rule) {
    return selection.isEnabled(rule.meta());
  }

  @Override
  public void unreadable(String path, int line, String why) {
    synchronized (this) {
      incomplete = true;
    }
    report(FILE_UNREADABLE, Location.line(path, line), "cannot read " + path + ": " + why,
        "make the file readable by this user, or exclude it in .gomod-doctor.yaml");
  }

  /** Marks the scan incomplete without a finding (the runner does this for crashed checkers). */
  public synchronized void markIncomplete() {
    incomplete = true;
  }

  public synchronized List<Finding> findings() {
    return List.copyOf(findings);
  }

  public synchronized boolean incomplete() {
    return incomplete;
  }
}
