package dev.gomoddoctor.testing;

import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import java.util.List;

/**
 * A checker for testing the pipeline (renderers, exit codes, isolation) independently of the
 * real checkers: it reports what it is told to, or throws.
 */
public final class FakeChecker implements Checker {
  public record Emit(Rule rule, Severity severity, Location location, String message, String hint) {}

  private final String name;
  private final List<Emit> emits;
  private final RuntimeException failure;

  private FakeChecker(String name, List<Emit> emits, RuntimeException failure) {
    this.name = name;
    this.emits = List.copyOf(emits);
    this.failure = failure;
  }

  public static FakeChecker reporting(String name, Emit... emits) {
    return new FakeChecker(name, List.of(emits), null);
  }

  public static FakeChecker throwing(String name, RuntimeException failure) {
    return new FakeChecker(name, List.of(), failure);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Rule> rules() {
    return List.of(new FakeError(), new FakeWarning(), new FakeSecurity());
  }

  @Override
  public void check(ScanContext ctx, FindingSink sink) {
    if (failure != null) {
      throw failure;
    }
    for (Emit e : emits) {
      sink.report(e.rule(), e.severity(), e.location(), e.message(), e.hint());
    }
  }

  @RuleInfo(code = "GMD990", name = "fake-error", severity = Severity.ERROR, summary = "a test rule at error",
      tags = {"test"}, help = "A rule that exists only in tests, to drive the report pipeline end to end. It reports what the test tells it to.")
  public static final class FakeError implements Rule {}

  @RuleInfo(code = "GMD991", name = "fake-warning", severity = Severity.WARNING, summary = "a test rule at warning",
      tags = {"test"}, help = "A rule that exists only in tests, to drive the report pipeline end to end. It reports what the test tells it to.")
  public static final class FakeWarning implements Rule {}

  @RuleInfo(code = "GMD992", name = "fake-security", severity = Severity.ERROR, summary = "a test security rule",
      tags = {"test"}, securitySeverity = "8.0",
      help = "A security rule that exists only in tests, to check SARIF's security-severity property end to end.")
  public static final class FakeSecurity implements Rule {}
}
