package dev.gomoddoctor.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates {@code ../shared} (corpus, schemas) relative to the checkout. Tests that need it call
 * {@link #corpus()} and are skipped, with a message, when the folder is absent (a fresh clone).
 */
public final class SharedData {
  private SharedData() {}

  public static Path shared() {
    String prop = System.getProperty("gomoddoctor.shared");
    Path p = prop != null ? Path.of(prop) : Path.of("..", "shared");
    return p.toAbsolutePath().normalize();
  }

  /** {@code ../shared/corpus}, or skips the calling test when it is absent. */
  public static Path corpus() {
    Path c = shared().resolve("corpus");
    assumeTrue(Files.isDirectory(c), "skipped: corpus not found at " + c);
    return c;
  }

  /** The corpus's repository directories ({@code repos/<owner>__<repo>}), sorted; skips when absent. */
  public static List<Path> corpusRepos() {
    try (Stream<Path> s = Files.list(corpus().resolve("repos"))) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code ../shared/schemas/sarif-schema-2.1.0.json}, or skips when it is absent. */
  public static Path sarifSchema() {
    Path s = shared().resolve("schemas").resolve("sarif-schema-2.1.0.json");
    assumeTrue(Files.isRegularFile(s), "skipped: SARIF schema not found at " + s);
    return s;
  }

  /** The project checkout (for docs and examples). */
  public static Path projectDir() {
    String prop = System.getProperty("gomoddoctor.basedir");
    return (prop != null ? Path.of(prop) : Path.of("")).toAbsolutePath().normalize();
  }
}
