package dev.gomoddoctor.gomod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.SharedData;
import dev.gomoddoctor.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scans every corpus repository with the module-files checker: nothing crashes, and the findings
 * per rule are printed for review. The corpus holds no .go files, so import-based rules must stay
 * quiet; the repositories build as published, so build-breaking rules must stay quiet too.
 */
class ModuleFilesCheckerCorpusTest {

  @Test
  void scansEveryCorpusRepo() throws IOException {
    List<Path> dirs = SharedData.corpusRepos();
    Map<String, Integer> perRule = new TreeMap<>();
    List<Finding> errors = new ArrayList<>();
    for (Path dir : dirs) {
      // the corpus copies at most 60 go.mod files per repository: replace targets beyond them are absent
      boolean truncated;
      try (Stream<Path> s = Files.walk(dir)) {
        truncated = s.filter(p -> p.endsWith("go.mod")).count() >= 60;
      }
      // GOFLAGS/GOWORK as in a default environment: nothing set
      List<Finding> findings = TestProject.in(dir).env("HOME", "/nonexistent").run(new ModuleFilesChecker());
      for (Finding f : findings) {
        perRule.merge(f.ruleId() + " " + f.severity().label(), 1, Integer::sum);
        if (System.getProperty("gomoddoctor.printFindings") != null) {
          System.out.println(dir.getFileName() + ": " + f.ruleId() + " " + f.location().display() + " " + f.message());
        }
        boolean artefact = (truncated && f.ruleId().equals("GMD105"))
            || f.ruleId().equals("GMD100"); // GMD100 is the parser's rule (hugo has an empty go.mod)
        if (f.severity() == dev.gomoddoctor.report.Severity.ERROR && !artefact) {
          errors.add(f);
        }
      }
    }
    System.out.printf("module-files corpus scan: %d repos, findings per rule: %s%n", dirs.size(), perRule);
    assertThat(dirs).isNotEmpty();
    // the published repositories build: no error-level module-file findings
    assertThat(errors).extracting(f -> f.location().display() + " " + f.ruleId() + " " + f.message()).isEmpty();
  }
}
