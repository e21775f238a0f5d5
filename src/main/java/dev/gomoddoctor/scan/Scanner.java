package dev.gomoddoctor.scan;

import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.report.CheckerRun;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Report;
import dev.gomoddoctor.rules.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the checkers over one scan root: one walk of the tree, then every checker in a small
 * pool, each isolated so that one that throws becomes a GMD901 finding while the others still
 * report.
 */
public final class Scanner {
  private static final Rule INTERNAL_ERROR = new InternalError();
  /** The JVM here has two cores; more threads would only contend. */
  private static final int POOL_SIZE = 2;

  private final List<Checker> checkers;
  private final String toolVersion;

  public Scanner(List<Checker> checkers, String toolVersion) {
    this.checkers = List.copyOf(checkers);
    this.toolVersion = toolVersion;
  }

  public Report scan(Path root, String displayRoot, Config config, ScanOptions options, RuleSelection selection)
      throws IOException {
    long start = System.nanoTime();
    FileIndex files = FileIndex.walk(root, config.exclude());
    ScanContext ctx = new ScanContext(root, files, config, options, new SharedFacts());
    CollectingSink sink = new CollectingSink(selection);
    for (FileIndex.WalkError e : files.walkErrors()) {
      sink.unreadable(e.path(), 0, e.why());
    }
    List<CheckerRun> runs = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(POOL_SIZE, r -> {
      Thread t = new Thread(r, "checker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<CheckerRun>> futures = new ArrayList<>();
      for (Checker checker : checkers) {
        futures.add(pool.submit(() -> runOne(checker, ctx, sink, selection)));
      }
      for (Future<CheckerRun> f : futures) {
        runs.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sink.markIncomplete();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("checker runner failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<dev.gomoddoctor.report.Finding> all = sink.findings();
    List<dev.gomoddoctor.report.Finding> kept = new InlineSuppressions(root).filter(all);
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    return new Report(toolVersion, displayRoot, kept, runs, elapsed, sink.incomplete(), all.size() - kept.size());
  }

  private static CheckerRun runOne(Checker checker, ScanContext ctx, CollectingSink sink, RuleSelection selection) {
    long t0 = System.nanoTime();
    boolean anySelected = checker.rules().stream().anyMatch(r -> selection.isEnabled(r.meta()));
    if (!anySelected) {
      return new CheckerRun(checker.name(), CheckerRun.Status.SKIPPED, 0, "all its rules are disabled");
    }
    try {
      Optional<String> skip = checker.skipReason(ctx);
      if (skip.isPresent()) {
        return new CheckerRun(checker.name(), CheckerRun.Status.SKIPPED, millisSince(t0), skip.get());
      }
      checker.check(ctx, sink);
      return new CheckerRun(checker.name(), CheckerRun.Status.OK, millisSince(t0), "");
    } catch (Exception | StackOverflowError | OutOfMemoryError | AssertionError e) {
      sink.markIncomplete();
      sink.report(INTERNAL_ERROR, Location.file(anchorFor(ctx)),
          "checker '" + checker.name() + "' failed: " + e, "rerun with --verbose and report this bug; "
              + "--disable " + checker.name() + " skips it meanwhile");
      return new CheckerRun(checker.name(), CheckerRun.Status.FAILED, millisSince(t0), stackTrace(e));
    }
  }

  /** GMD901 has no file of its own: attach it to the root go.mod when there is one. */
  private static String anchorFor(ScanContext ctx) {
    return ctx.files().contains("go.mod") ? "go.mod" : ".";
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private static String stackTrace(Throwable e) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}
