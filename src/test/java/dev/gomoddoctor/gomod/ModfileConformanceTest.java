package dev.gomoddoctor.gomod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.ParseResult;
import dev.gomoddoctor.gomod.model.WorkFile;
import dev.gomoddoctor.gomod.parser.ModFileParser;
import dev.gomoddoctor.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The corpus: golang/mod's modfile testdata (what its read_test.go and work_test.go expect) and
 * every go.mod/go.work of the copied repositories (all accepted by Go as published).
 */
class ModfileConformanceTest {

  /** Inputs golang/mod's TestPrintParse lets fail strict parsing: they hold made-up directives. */
  private static final Set<String> NOT_GO_MOD_FILES =
      Set.of("block.golden", "block.in", "comment.golden", "comment.in", "rule1.golden");

  @Test
  void modfileTestdataGivesTheResultsGolangModExpects() throws IOException {
    Path testdata = SharedData.corpus().resolve("modfile-testdata");
    List<Path> files = list(testdata, 1, p -> p.endsWith(".in") || p.endsWith(".golden"));
    assertThat(files).isNotEmpty();
    int accepted = 0;
    int rejected = 0;
    int pairs = 0;
    for (Path p : files) {
      String name = p.getFileName().toString();
      String text = read(p);
      assertThat(ModFileParser.parseSyntax(name, text).errors()).as("syntax of " + name).isEmpty();
      ParseResult<ModFile> parsed = ModFileParser.parseModFile(name, text);
      if (NOT_GO_MOD_FILES.contains(name)) {
        assertThat(parsed.errors()).as(name + " has directives Go does not know").isNotEmpty();
        rejected++;
        continue;
      }
      assertThat(parsed.errors()).as("strict parse of " + name).isEmpty();
      accepted++;
      if (name.endsWith(".in")) {
        // the .golden is the formatted .in: both must mean the same thing
        Path golden = p.resolveSibling(name.replace(".in", ".golden"));
        ParseResult<ModFile> formatted = ModFileParser.parseModFile(golden.getFileName().toString(), read(golden));
        assertThat(ModFileInspector.json(formatted.file())).as(name + " vs its golden")
            .isEqualTo(ModFileInspector.json(parsed.file()));
        pairs++;
      }
    }
    System.out.printf("modfile-testdata: %d go.mod inputs accepted, %d rejected as golang/mod expects, "
        + "%d .in/.golden pairs equal%n", accepted, rejected, pairs);

    List<Path> work = list(testdata.resolve("work"), 1, p -> p.endsWith(".in") || p.endsWith(".golden"));
    assertThat(work).isNotEmpty();
    int workPairs = 0;
    for (Path p : work) {
      String name = p.getFileName().toString();
      ParseResult<WorkFile> parsed = ModFileParser.parseWorkFile(name, read(p));
      assertThat(parsed.errors()).as("go.work " + name).isEmpty();
      if (name.endsWith(".in")) {
        Path golden = p.resolveSibling(name.replace(".in", ".golden"));
        assertThat(WorkFileInspector.json(ModFileParser.parseWorkFile(name, read(golden)).file()))
            .as(name + " vs its golden").isEqualTo(WorkFileInspector.json(parsed.file()));
        workPairs++;
      }
    }
    System.out.printf("modfile-testdata/work: %d go.work inputs accepted, %d .in/.golden pairs equal%n",
        work.size(), workPairs);
  }

  @Test
  void specificTestdataMeanings() throws IOException {
    Path testdata = SharedData.corpus().resolve("modfile-testdata");
    ModFile replace = ModFileParser.parseModFile("replace2.in", read(testdata.resolve("replace2.in"))).file();
    assertThat(replace.replaces()).extracting(r -> r.oldModule() + " => " + r.newModule()).containsExactly(
        "xyz@v1.2.3 => /tmp/z", "xyz@v1.3.4 => my/xyz@v1.3.4-me", "xyz@v1.4.5 => /tmp/my dir",
        "xyz@v1.5.6 => my/xyz@v1.5.6", "xyz => my/other/xyz@v1.5.4");
    ModFile retract = ModFileParser.parseModFile("retract.in", read(testdata.resolve("retract.in"))).file();
    assertThat(retract.retracts()).extracting(r -> r.low() + "," + r.high())
        .containsExactly("v1.2.3,v1.2.3", "v1.2.3,v1.2.4", "v1.2.3,v1.2.3", "v1.2.3,v1.2.4");
    ModFile issue = ModFileParser.parseModFile("issue70632.in", read(testdata.resolve("issue70632.in"))).file();
    assertThat(issue.requires()).extracting(r -> r.path() + "@" + r.version())
        .containsExactly("golang.org/x/time@v0.8.0");
    ModFile gopkg = ModFileParser.parseModFile("gopkg.in.golden", read(testdata.resolve("gopkg.in.golden"))).file();
    assertThat(gopkg.requires()).hasSize(2);
  }

  @Test
  void everyGoModAndGoWorkOfTheRepositoriesParses() throws IOException {
    Path repos = SharedData.corpus().resolve("repos");
    List<Path> files = list(repos, Integer.MAX_VALUE, p -> (p.endsWith("/go.mod") || p.endsWith("/go.work")) && !p.contains("/vendor/"));
    int mods = 0;
    int works = 0;
    int requires = 0;
    List<String> failures = new ArrayList<>();
    for (Path p : files) {
      String rel = repos.relativize(p).toString();
      String text = read(p);
      if (rel.endsWith("go.mod")) {
        ParseResult<ModFile> r = ModFileParser.parseModFile(rel, text);
        r.errors().forEach(e -> failures.add(e.goMessage()));
        requires += r.file().requires().size();
        mods++;
      } else {
        ParseResult<WorkFile> r = ModFileParser.parseWorkFile(rel, text);
        r.errors().forEach(e -> failures.add(e.goMessage()));
        works++;
      }
    }
    System.out.printf("corpus repos: %d go.mod (%d requirements) and %d go.work parsed, %d errors%n",
        mods, requires, works, failures.size());
    assertThat(failures).isEmpty();
    assertThat(mods).isGreaterThan(100);
  }

  static List<Path> list(Path dir, int depth, java.util.function.Predicate<String> keep) throws IOException {
    try (Stream<Path> s = Files.walk(dir, depth)) {
      return s.filter(Files::isRegularFile).filter(p -> keep.test(p.toString().replace('\\', '/'))).sorted()
          .toList();
    }
  }

  static String read(Path p) throws IOException {
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
  }
}
