package dev.gomoddoctor.cli;

import dev.gomoddoctor.cache.verify.CacheVerifier;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for long runs on a terminal: it appears only after a second
 * (so quick runs and pipes print nothing extra), redraws at most ten times a second, and erases
 * itself when done.
 */
final class ProgressBar implements CacheVerifier.Progress {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final String label;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  private ProgressBar(PrintStream err, String label, boolean enabled) {
    this.err = err;
    this.label = label;
    this.enabled = enabled;
  }

  /** A bar on stderr that draws only when {@code wanted} and the process runs on a terminal. */
  static ProgressBar onStderr(String label, boolean wanted) {
    return new ProgressBar(System.err, label, wanted && System.console() != null);
  }

  @Override
  public synchronized void update(int done, int total) {
    long now = System.nanoTime();
    if (!enabled || now - start < DELAY_NANOS || (now - lastDraw < REDRAW_NANOS && done < total)) {
      return;
    }
    lastDraw = now;
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
    err.print(String.format(Locale.ROOT, "\r%s [%s] %d/%d", label, bar, done, total));
    err.flush();
    drawn = true;
  }

  /** Erases the bar so the report starts on a clean line. */
  synchronized void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
      err.flush();
    }
  }
}
