package dev.gomoddoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.testing.FakeChecker;
import dev.gomoddoctor.testing.FakeChecker.Emit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The scan command's contract with CI: exit codes, outputs, colour, configuration errors. */
class ScanCommandTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private Run scan(Map<String, String> env, List<Checker> checkers, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ScanCommand(env, checkers));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Run scan(List<Checker> checkers, String... args) {
    return scan(Map.of(), checkers, args);
  }

  private static Emit error(String path, int line, String msg) {
    return new Emit(new FakeChecker.FakeError(), null, Location.at(path, line, 1), msg, "fix it");
  }

  private static Emit warning(String path, int line, String msg) {
    return new Emit(new FakeChecker.FakeWarning(), null, Location.line(path, line), msg, "");
  }

  @Test
  void cleanScanExitsZeroAndPrintsASummary() {
    Run r = scan(List.of(FakeChecker.reporting("fake")), dir.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("gomod-doctor summary").contains("[✓] fake").contains("0 errors, 0 warnings, 0 notes");
  }

  @Test
  void errorFindingExitsOneAndIsPrintedWithLocationAndHint() {
    Run r = scan(List.of(FakeChecker.reporting("fake", error("go.sum", 3, "go.sum lacks example.com/b"))), dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("go.sum:3:1: error GMD990 go.sum lacks example.com/b").contains("      fix it");
  }

  @Test
  void failOnDecidesWhatFailsTheBuild() {
    Checker warn = FakeChecker.reporting("fake", warning("go.mod", 1, "w"));
    assertThat(scan(List.of(warn), dir.toString()).exit()).isZero();
    assertThat(scan(List.of(warn), "--fail-on", "warning", dir.toString()).exit()).isEqualTo(1);
    assertThat(scan(List.of(warn), "--fail-on", "note", dir.toString()).exit()).isEqualTo(1);
    Checker err = FakeChecker.reporting("fake", error("go.mod", 1, "e"));
    assertThat(scan(List.of(err), "--fail-on", "never", dir.toString()).exit()).isZero();
  }

  @Test
  void failOnComesFromTheConfigWhenNotGiven() throws Exception {
    Files.writeString(dir.resolve(".gomod-doctor.yaml"), "failOn: warning\n");
    Checker warn = FakeChecker.reporting("fake", warning("go.mod", 1, "w"));
    assertThat(scan(List.of(warn), dir.toString()).exit()).isEqualTo(1);
    assertThat(scan(List.of(warn), "--fail-on", "error", dir.toString()).exit()).isZero();
  }

  @Test
  void usageErrorsExitTwo() {
    List<Checker> none = List.of(FakeChecker.reporting("fake"));
    assertThat(scan(none, "--bogus").exit()).isEqualTo(2);
    assertThat(scan(none, "--format", "xml", dir.toString()).exit()).isEqualTo(2);
    assertThat(scan(none, "--fail-on", "sometimes", dir.toString()).exit()).isEqualTo(2);
    assertThat(scan(none, "--enable", "GMD999", dir.toString()).exit()).isEqualTo(2);
    assertThat(scan(none, "--user", "bob", dir.toString()).exit()).isEqualTo(2);
    assertThat(scan(none, dir.resolve("missing").toString()).exit()).isEqualTo(2);
    Run twoStdout = scan(none, "-o", "json=-", "-o", "text=-", dir.toString());
    assertThat(twoStdout.exit()).isEqualTo(2);
    assertThat(twoStdout.err()).contains("only one --output can go to stdout");
  }

  @Test
  void configErrorsExitTwoWithFileAndLine() throws Exception {
    Files.writeString(dir.resolve(".gomod-doctor.yaml"), "rules:\n  GMD990: error\nfailon: warning\n");
    Run r = scan(List.of(FakeChecker.reporting("fake")), dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(".gomod-doctor.yaml:3: unknown key 'failon'");
  }

  @Test
  void crashedCheckerExitsThreeButOthersStillReport() {
    Run r = scan(List.of(
            FakeChecker.throwing("broken", new IllegalStateException("boom")),
            FakeChecker.reporting("fake", error("go.mod", 2, "still here"))),
        "--format", "json", dir.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).contains("still here").contains("GMD901").contains("checker 'broken' failed")
        .contains("\"status\" : \"failed\"").contains("\"incomplete\" : true");
  }

  @Test
  void unreadableFileMakesTheScanIncomplete() {
    Checker unreadable = new Checker() {
      @Override public String name() {
        return "reader";
      }

      @Override public List<dev.gomoddoctor.rules.Rule> rules() {
        return List.of(new FakeChecker.FakeError());
      }

      @Override public void check(dev.gomoddoctor.scan.ScanContext ctx, dev.gomoddoctor.scan.FindingSink sink) {
        sink.unreadable("go.sum", 0, "Permission denied");
      }
    };
    Run r = scan(List.of(unreadable), dir.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).contains("error GMD900 cannot read go.sum: Permission denied").contains("INCOMPLETE");
  }

  @Test
  void outputTwiceWritesSarifToAFileAndTextToStdout() throws Exception {
    Path sarif = dir.resolve("out.sarif");
    Path json = dir.resolve("out.json");
    Run r = scan(List.of(FakeChecker.reporting("fake", error("go.mod", 1, "boom"))),
        "--output", "sarif=" + sarif, "--output", "text=-", "-o", "json=" + json, dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("go.mod:1:1: error GMD990 boom");
    JsonNode s = new ObjectMapper().readTree(sarif.toFile());
    assertThat(s.path("runs").get(0).path("results").get(0).path("ruleId").asText()).isEqualTo("GMD990");
    assertThat(new ObjectMapper().readTree(json.toFile()).path("findings").get(0).path("message").asText()).isEqualTo("boom");
  }

  @Test
  void disableAndConfigTurnRulesOffAndChangeSeverity() throws Exception {
    Checker c = FakeChecker.reporting("fake", error("go.mod", 1, "e"), warning("go.mod", 2, "w"));
    assertThat(scan(List.of(c), "--disable", "fake-error", dir.toString()).exit()).isZero();
    assertThat(scan(List.of(c), "--disable", "test", "--format", "json", dir.toString()).out())
        .doesNotContain("GMD99");
    assertThat(scan(List.of(c), "--enable", "GMD991", "--format", "json", dir.toString()).out())
        .contains("GMD991").doesNotContain("GMD990");
    Files.writeString(dir.resolve(".gomod-doctor.yaml"), "rules:\n  GMD990: warning\n  fake-warning: off\n");
    Run r = scan(List.of(c), "--format", "json", dir.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"severity\" : \"warning\"").doesNotContain("GMD991");
  }

  @Test
  void noColorIsHonouredAndColourNeedsATerminal() {
    assertThat(ColorPolicy.useColor(false, Map.of(), true)).isTrue();
    assertThat(ColorPolicy.useColor(false, Map.of("NO_COLOR", "1"), true)).isFalse();
    assertThat(ColorPolicy.useColor(false, Map.of("NO_COLOR", ""), true)).isTrue();
    assertThat(ColorPolicy.useColor(true, Map.of(), true)).isFalse();
    assertThat(ColorPolicy.useColor(false, Map.of("TERM", "dumb"), true)).isFalse();
    assertThat(ColorPolicy.useColor(false, Map.of(), false)).isFalse();
    // not a terminal in tests: plain text whatever the environment says
    Run r = scan(Map.of("NO_COLOR", "1"), List.of(FakeChecker.reporting("fake", error("go.mod", 1, "e"))), dir.toString());
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void quietPrintsOnlyFindings() {
    assertThat(scan(List.of(FakeChecker.reporting("fake")), "-q", dir.toString()).out()).isEmpty();
    assertThat(scan(List.of(FakeChecker.reporting("fake", error("go.mod", 1, "e"))), "-q", dir.toString()).out())
        .contains("GMD990").doesNotContain("summary");
  }
}
