package dev.gomoddoctor.gomod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.ParseResult;
import dev.gomoddoctor.gomod.parser.ModFileParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parsing speed of go.mod files: prints lines per second for files of 125 to 4,000 requirements.
 * A linear parser keeps lines/second flat as the file grows. Runs with {@code mvn verify -Pbench}.
 */
@Tag("benchmark")
class ModFileParserBenchmark {

  static String goModWithRequires(int n) {
    StringBuilder sb = new StringBuilder("module example.com/bench\n\ngo 1.22\n\nrequire (\n");
    for (int i = 0; i < n; i++) {
      sb.append("\tgithub.com/org").append(i % 37).append("/module").append(i).append(" v1.")
          .append(i % 20).append('.').append(i % 7).append(i % 3 == 0 ? " // indirect" : "").append('\n');
    }
    sb.append(")\n\nreplace github.com/org1/module1 => ../module1\n");
    return sb.toString();
  }

  @Test
  void linesPerSecond() {
    // warm up the JIT so the first size is not penalised
    String warm = goModWithRequires(500);
    for (int i = 0; i < 300; i++) {
      ModFileParser.parseModFile("go.mod", warm);
    }
    for (int n : new int[] {125, 250, 500, 1000, 2000, 4000}) {
      String text = goModWithRequires(n);
      long lines = text.lines().count();
      int iterations = Math.max(20, 400_000 / n);
      long start = System.nanoTime();
      ParseResult<ModFile> last = null;
      for (int i = 0; i < iterations; i++) {
        last = ModFileParser.parseModFile("go.mod", text);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(last.ok()).isTrue();
      assertThat(last.file().requires()).hasSize(n);
      System.out.printf("go.mod with %5d requires (%5d lines): %8.3f ms/parse, %,12.0f lines/second%n",
          n, lines, seconds * 1000 / iterations, lines * iterations / seconds);
    }
  }
}
