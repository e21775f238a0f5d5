package dev.gomoddoctor.gomod.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.model.GoSum;
import dev.gomoddoctor.gomod.model.ModulesTxt;
import dev.gomoddoctor.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every go.sum, go.work.sum and vendor/modules.txt of the real-repository corpus parses cleanly. */
class ModuleFilesCorpusTest {

  static List<Path> corpusFiles(String... names) throws IOException {
    Path repos = SharedData.corpus().resolve("repos");
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(repos)) {
      s.filter(Files::isRegularFile).sorted().forEach(p -> {
        String rel = repos.relativize(p).toString().replace('\\', '/');
        String name = p.getFileName().toString();
        boolean inVendor = rel.contains("/vendor/");
        for (String n : names) {
          if (name.equals(n) && (!inVendor || rel.endsWith("/vendor/modules.txt"))) {
            out.add(p);
          }
        }
      });
    }
    return out;
  }

  @Test
  void everyGoSumParses() throws IOException {
    List<Path> files = corpusFiles("go.sum", "go.work.sum", "vendor.sum");
    long lines = 0;
    List<String> problems = new ArrayList<>();
    for (Path p : files) {
      GoSum sum = GoSumParser.parse(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
      lines += sum.lines().size();
      sum.problems().forEach(pr -> problems.add(pr.message()));
    }
    System.out.printf("go.sum corpus: %d files, %d lines, %d problems%n", files.size(), lines, problems.size());
    assertThat(files).isNotEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void everyModulesTxtParses() throws IOException {
    List<Path> files = corpusFiles("modules.txt");
    int modules = 0;
    int packages = 0;
    for (Path p : files) {
      ModulesTxt m = ModulesTxtParser.parse(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
      assertThat(m.entries()).as(p.toString()).isNotEmpty();
      modules += m.entries().size();
      packages += m.entries().stream().mapToInt(e -> e.packages().size()).sum();
    }
    System.out.printf("modules.txt corpus: %d files, %d module lines, %d packages%n", files.size(), modules, packages);
    assertThat(files).isNotEmpty();
  }
}
