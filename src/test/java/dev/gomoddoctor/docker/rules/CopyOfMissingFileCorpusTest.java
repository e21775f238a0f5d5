package dev.gomoddoctor.docker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.docker.DockerChecker;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.SharedData;
import dev.gomoddoctor.testing.TestProject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GMD418 over the corpus, judged against upstream: the corpus keeps only build files, so the
 * repositories are rebuilt in a temp dir with the files (and .gitignore lines) their real
 * checkouts have (src/test/resources/corpus-review/gmd418-upstream.tsv, from the GitHub index).
 * What GMD418 still reports then is what it would report on the real trees: exactly the findings
 * judged in docs/dockerfile-fp-review.md. The corpus is only read.
 */
class CopyOfMissingFileCorpusTest {
  @TempDir
  Path tmp;

  /** The findings left on the upstream trees, each judged in docs/dockerfile-fp-review.md. */
  private static final List<String> REMAINING = List.of();

  @Test
  void onTheUpstreamTreesOnlyTheJudgedFindingsRemain() throws IOException {
    Path repos = SharedData.corpus().resolve("repos");
    Map<String, List<String[]>> upstream = upstreamFacts();
    TreeSet<String> remaining = new TreeSet<>();
    int before = 0;
    for (String repo : upstream.keySet()) {
      Path src = repos.resolve(repo);
      before += TestProject.in(src).run(new DockerChecker(), "GMD418").size();
      Path tree = tmp.resolve(repo);
      copyTree(src, tree);
      for (String[] fact : upstream.get(repo)) {
        if (fact[1].equals("file")) {
          Path f = tree.resolve(fact[2]);
          Files.createDirectories(f.getParent());
          if (!Files.exists(f)) {
            Files.writeString(f, "");
          }
        } else {
          Files.writeString(tree.resolve(".gitignore"), fact[2] + "\n", StandardCharsets.UTF_8,
              StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
      }
      for (Finding f : TestProject.in(tree).run(new DockerChecker(), "GMD418")) {
        remaining.add(repo + "/" + f.location().path() + ":" + f.location().line() + " " + f.message());
      }
    }
    System.out.println("GMD418 on the corpus copies of " + upstream.size() + " repositories: " + before
        + " findings; on the same trees with their upstream files: " + remaining.size());
    remaining.forEach(r -> System.out.println("  " + r));
    assertThat(remaining).containsExactlyElementsOf(REMAINING);
  }

  private static Map<String, List<String[]>> upstreamFacts() throws IOException {
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    try (InputStream in = CopyOfMissingFileCorpusTest.class.getResourceAsStream("/corpus-review/gmd418-upstream.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
      }
    }
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
