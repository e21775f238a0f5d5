package dev.gomoddoctor.docker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.docker.DockerChecker;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.SharedData;
import dev.gomoddoctor.testing.TestProject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The false-positive review of the Go-aware Dockerfile rules: scans each corpus repository as its
 * own root and prints every GMD4xx finding of these rules (docs/dockerfile-fp-review.md judges
 * them). Only read-only access to the corpus.
 */
class GoDockerRulesCorpusTest {

  @Test
  void printsEveryFindingOverTheCorpusRepos() throws IOException {
    List<Path> roots = SharedData.corpusRepos();
    List<String> goRuleCodes = new DockerChecker().rules().stream().map(r -> r.meta().code()).toList();
    TreeMap<String, Integer> perRule = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (Path root : roots) {
      List<Finding> found = TestProject.in(root).run(new DockerChecker());
      for (Finding f : found) {
        if (!goRuleCodes.contains(f.ruleId()) || f.ruleId().equals("GMD400") || f.ruleId().equals("GMD402")
            || f.ruleId().equals("GMD418")) {
          continue;
        }
        perRule.merge(f.ruleId(), 1, Integer::sum);
        lines.add(root.getFileName() + "/" + f.location().display() + " " + f.ruleId() + " " + f.severity().label()
            + ": " + f.message());
      }
    }
    lines.forEach(System.out::println);
    System.out.println("Go-aware Dockerfile findings over " + roots.size() + " corpus repos: " + lines.size() + " "
        + perRule);
    assertThat(roots).isNotEmpty();
  }
}
