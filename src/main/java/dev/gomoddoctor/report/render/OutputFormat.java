package dev.gomoddoctor.report.render;

import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code scan}. */
public enum OutputFormat {
  TEXT,
  JSON,
  SARIF,
  /** GitHub Actions annotations. */
  GITHUB;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<OutputFormat> parse(String word) {
    for (OutputFormat f : values()) {
      if (f.label().equals(word)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
