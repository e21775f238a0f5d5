package dev.gomoddoctor.report.render;

import dev.gomoddoctor.report.CheckerRun;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Report;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleRegistry;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Human-readable output: findings grouped per file as {@code path:line:col: severity GMDnnn
 * message} with the fix indented below, then a doctor-style summary. Colour only marks the
 * severity and the summary marks, so the text reads the same without it.
 *
 * @param color whether to emit ANSI colour (decided by the CLI: TTY, NO_COLOR, --no-color)
 * @param quiet findings only: no summary, nothing at all when clean
 * @param verbose also the reasons checkers were skipped and the stack traces of failed ones
 */
public record TextRenderer(boolean color, boolean quiet, boolean verbose) implements Renderer {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";
  private static final String GREEN = "\u001b[32m";
  private static final String DIM = "\u001b[2m";

  @Override
  public void render(Report report, RuleRegistry registry, Writer out) throws IOException {
    String currentPath = null;
    for (Finding f : report.findings()) {
      if (!f.location().path().equals(currentPath)) {
        if (currentPath != null) {
          out.write('\n');
        }
        currentPath = f.location().path();
        out.write(paint(BOLD, currentPath) + "\n");
      }
      out.write("  " + f.location().display() + ": " + paint(colorOf(f.severity()), f.severity().label())
          + " " + f.ruleId() + " " + f.message() + "\n");
      if (!f.hint().isEmpty()) {
        for (String line : f.hint().split("\n", -1)) {
          out.write("      " + paint(DIM, line) + "\n");
        }
      }
    }
    if (quiet) {
      out.flush();
      return;
    }
    if (!report.findings().isEmpty()) {
      out.write('\n');
    }
    writeSummary(report, registry, out);
    out.flush();
  }

  private void writeSummary(Report report, RuleRegistry registry, Writer out) throws IOException {
    out.write(paint(BOLD, "gomod-doctor summary") + " (" + report.root() + ")\n");
    for (CheckerRun run : report.checkers()) {
      long errors = count(report, registry, run, Severity.ERROR);
      long warnings = count(report, registry, run, Severity.WARNING);
      String mark;
      String state;
      switch (run.status()) {
        case FAILED -> {
          mark = paint(RED, "[☠]");
          state = "crashed (see GMD901)";
        }
        case SKIPPED -> {
          mark = paint(DIM, "[-]");
          state = "skipped: " + run.detail();
        }
        default -> {
          mark = errors > 0 ? paint(RED, "[✗]") : warnings > 0 ? paint(YELLOW, "[!]") : paint(GREEN, "[✓]");
          state = errors + warnings == 0 ? "no problems" : plural(errors, "error") + ", " + plural(warnings, "warning");
        }
      }
      out.write(String.format(Locale.ROOT, "  %s %-7s %s%s%n", mark, run.name(), state,
          run.status() == CheckerRun.Status.SKIPPED ? "" : paint(DIM, " (" + run.millis() + " ms)")));
      if (verbose && run.status() == CheckerRun.Status.FAILED) {
        for (String line : run.detail().split("\n")) {
          out.write("        " + line + "\n");
        }
      }
    }
    Map<Severity, Integer> counts = report.countsBySeverity();
    String totals = plural(counts.get(Severity.ERROR), "error") + ", "
        + plural(counts.get(Severity.WARNING), "warning") + ", " + plural(counts.get(Severity.NOTE), "note");
    if (report.suppressed() > 0) {
      totals += " (" + report.suppressed() + " suppressed by gomod-doctor:ignore comments)";
    }
    out.write(String.format(Locale.ROOT, "%s in %.2f s%s%n", totals, report.elapsedMillis() / 1000.0,
        report.incomplete() ? paint(RED, " — scan INCOMPLETE") : ""));
  }

  /** Findings of one severity from the rules of one checker (a rule's group is its checker). */
  private static long count(Report report, RuleRegistry registry, CheckerRun run, Severity s) {
    return report.findings().stream()
        .filter(f -> f.severity() == s)
        .filter(f -> registry.find(f.ruleId()).map(m -> m.group().equals(run.name())).orElse(false))
        .count();
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String colorOf(Severity s) {
    return switch (s) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case NOTE -> CYAN;
    };
  }

  private String paint(String ansi, String text) {
    return color ? ansi + text + RESET : text;
  }
}
