package dev.gomoddoctor.gomod.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.model.GoSum;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Prints go.sum parsing speed on a generated 10,000-line file (run with -Pbench). */
@Tag("benchmark")
class GoSumParserBenchmark {

  static String generate(int lines, long seed) {
    Random r = new Random(seed);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuilder sb = new StringBuilder(lines * 90);
    for (int i = 0; i < lines; i++) {
      int mod = i / 2;
      sb.append("github.com/org").append(mod % 97).append("/module").append(mod).append(' ')
          .append('v').append(r.nextInt(3)).append('.').append(r.nextInt(30)).append('.').append(mod % 13);
      if (i % 2 == 1) {
        sb.append("/go.mod");
      }
      sb.append(" h1:");
      for (int k = 0; k < 42; k++) {
        sb.append(alphabet.charAt(r.nextInt(64)));
      }
      sb.append("A=\n");
    }
    return sb.toString();
  }

  @Test
  void tenThousandLines() {
    String text = generate(10_000, 42);
    GoSum warm = null;
    for (int i = 0; i < 50; i++) {
      warm = GoSumParser.parse("go.sum", text);
    }
    assertThat(warm.lines()).hasSize(10_000);
    assertThat(warm.problems()).isEmpty();
    int rounds = 200;
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      GoSumParser.parse("go.sum", text);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf("go.sum parse: %,d lines in %.2f ms per file, %,.0f lines/second%n",
        10_000, secs * 1000 / rounds, 10_000.0 * rounds / secs);
    // linearity: 4x the lines must not cost much more than 4x the time
    String big = generate(40_000, 43);
    long t1 = System.nanoTime();
    for (int i = 0; i < rounds / 4; i++) {
      GoSumParser.parse("go.sum", big);
    }
    double bigSecs = (System.nanoTime() - t1) / 1e9;
    System.out.printf("go.sum parse: 40,000 lines: %,.0f lines/second%n", 40_000.0 * rounds / 4 / bigSecs);
  }
}
