package dev.gomoddoctor.gomod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.cli.InspectCommand;
import dev.gomoddoctor.gomod.model.ModFileError;
import dev.gomoddoctor.gomod.parser.ModFileParser;
import dev.gomoddoctor.gomod.rules.GoModSyntax;
import dev.gomoddoctor.gomod.rules.GoVersionInvalid;
import dev.gomoddoctor.gomod.rules.ModuleRule;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import dev.gomoddoctor.testing.GoTool;
import dev.gomoddoctor.testing.SharedData;
import dev.gomoddoctor.testing.TestProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The real go command is the judge: for generated go.mod and go.work files (and the corpus's),
 * {@code inspect --format json} prints exactly what {@code go mod edit -json} /
 * {@code go work edit -json} prints, and a file Go rejects is rejected at the same lines, with
 * GMD100 (GMD106 for go-version errors) at Go's first line.
 */
class GoModDifferentialTest {
  private static final Pattern GO_ERROR_LINE = Pattern.compile("^go\\.(?:mod|work):(\\d+)(?::(\\d+))?: ");
  private static final long SEED = 20261120L;

  @TempDir
  Path tmp;

  /** The two syntax rules only: the other module rules are not under test here and cost time. */
  private static final Checker SYNTAX_RULES_ONLY = new Checker() {
    private final List<ModuleRule> rules = List.of(new GoModSyntax(), new GoVersionInvalid());

    @Override
    public String name() {
      return "gomod-syntax";
    }

    @Override
    public List<Rule> rules() {
      return List.copyOf(rules);
    }

    @Override
    public void check(ScanContext ctx, FindingSink sink) {
      ModuleFacts facts = new ModuleFacts(ctx, ModuleTree.of(ctx));
      rules.forEach(r -> r.check(facts, sink));
    }
  };

  record Outcome(int exitCode, String stdout, String stderr) {}

  @Test
  void inspectAgreesWithGoModEditJson() throws Exception {
    GoTool go = GoTool.require();
    List<GoModGenerator.Case> cases = new GoModGenerator(SEED).goModCases(260);
    int accepted = 0;
    int rejected = 0;
    int agreed = 0;
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      GoModGenerator.Case c = cases.get(i);
      Path dir = Files.createDirectories(tmp.resolve("mod" + i));
      Files.writeString(dir.resolve("go.mod"), c.text(), StandardCharsets.UTF_8);
      GoTool.Result expected = go.run(dir, Map.of(), "mod", "edit", "-json", "go.mod");
      Outcome ours = inspect(dir, "go.mod");
      if (expected.exitCode() == 0) {
        accepted++;
        if (ours.exitCode() == 0 && ours.stdout().equals(expected.stdout())) {
          agreed++;
        } else {
          disagreements.add(c.name() + ": go accepted, we " + (ours.exitCode() == 0 ? "printed\n" + ours.stdout()
              : "rejected: " + ours.stderr()) + "\ngo printed\n" + expected.stdout() + "\n--- input\n" + c.text());
        }
        continue;
      }
      rejected++;
      List<Integer> goLines = errorLines(expected.stderr());
      List<Integer> ourLines = ModFileParser.parseModFile("go.mod", c.text()).errors().stream()
          .map(ModFileError::line).toList();
      List<Finding> findings = TestProject.in(dir).run(SYNTAX_RULES_ONLY);
      boolean firstLineReported = !goLines.isEmpty()
          && findings.stream().anyMatch(f -> f.location().line() == goLines.get(0));
      if (ours.exitCode() == 1 && ourLines.equals(goLines) && firstLineReported) {
        agreed++;
      } else {
        disagreements.add(c.name() + ": go rejected at lines " + goLines + " (" + expected.stderr().strip()
            + "), parser lines " + ourLines + ", findings " + findings.stream()
            .map(f -> f.ruleId() + "@" + f.location().line()).toList() + "\n--- input\n" + c.text());
      }
    }
    System.out.printf("differential go.mod vs %s: %d files, go accepted %d, go rejected %d, agreed %d%n",
        go.path(), cases.size(), accepted, rejected, agreed);
    assertThat(disagreements).isEmpty();
    assertThat(accepted).isGreaterThan(50);
    assertThat(rejected).isGreaterThan(50);
  }

  @Test
  void inspectAgreesWithGoWorkEditJson() throws Exception {
    GoTool go = GoTool.require();
    List<GoModGenerator.Case> cases = new GoModGenerator(SEED + 1).goWorkCases(60);
    int accepted = 0;
    int agreed = 0;
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      GoModGenerator.Case c = cases.get(i);
      Path dir = Files.createDirectories(tmp.resolve("work" + i));
      Files.writeString(dir.resolve("go.work"), c.text(), StandardCharsets.UTF_8);
      GoTool.Result expected = go.run(dir, Map.of(), "work", "edit", "-json", "go.work");
      Outcome ours = inspect(dir, "go.work");
      boolean same;
      if (expected.exitCode() == 0) {
        accepted++;
        same = ours.exitCode() == 0 && ours.stdout().equals(expected.stdout());
      } else {
        List<Integer> ourLines = ModFileParser.parseWorkFile("go.work", c.text()).errors().stream()
            .map(ModFileError::line).toList();
        same = ours.exitCode() == 1 && ourLines.equals(errorLines(expected.stderr()));
      }
      if (same) {
        agreed++;
      } else {
        disagreements.add(c.name() + ": go said " + expected + ", we said " + ours + "\n--- input\n" + c.text());
      }
    }
    System.out.printf("differential go.work: %d files, go accepted %d, go rejected %d, agreed %d%n",
        cases.size(), accepted, cases.size() - accepted, agreed);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void corpusGoModsPrintLikeGoModEditJsonWhereGo119AcceptsThem() throws Exception {
    GoTool go = GoTool.require();
    Path repos = SharedData.corpus().resolve("repos");
    List<Path> files = ModfileConformanceTest.list(repos, Integer.MAX_VALUE,
        p -> p.endsWith("/go.mod") && !p.contains("/vendor/"));
    int compared = 0;
    int newerSyntax = 0;
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path dir = Files.createDirectories(tmp.resolve("corpus" + i));
      Files.copy(files.get(i), dir.resolve("go.mod"));
      GoTool.Result expected = go.run(dir, Map.of(), "mod", "edit", "-json", "go.mod");
      if (expected.exitCode() != 0) {
        newerSyntax++; // go 1.21.0 lines, toolchain, godebug, tool: Go 1.19 predates them
        continue;
      }
      compared++;
      Outcome ours = inspect(dir, "go.mod");
      if (!ours.stdout().equals(expected.stdout())) {
        disagreements.add(repos.relativize(files.get(i)).toString());
      }
    }
    System.out.printf("corpus go.mod vs go mod edit -json: %d compared byte for byte, %d use syntax newer than "
        + "Go 1.19, %d differ%n", compared, newerSyntax, disagreements.size());
    assertThat(disagreements).isEmpty();
  }

  private static Outcome inspect(Path dir, String name) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new InspectCommand())
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(dir.resolve(name).toString(), "--format", "json");
    // Go names the file as given on its command line; we gave an absolute path, so normalise
    return new Outcome(code, out.toString(), err.toString().replace(dir.resolve(name) + ":", name + ":"));
  }

  /** The line numbers of Go's error lines ({@code go.mod:LINE[:COL]: ...}), in order. */
  static List<Integer> errorLines(String stderr) {
    List<Integer> lines = new ArrayList<>();
    for (String l : stderr.split("\n")) {
      Matcher m = GO_ERROR_LINE.matcher(l);
      if (m.find()) {
        lines.add(Integer.parseInt(m.group(1)));
      }
    }
    return lines;
  }
}
