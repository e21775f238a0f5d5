package dev.gomoddoctor.report;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; ordered from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The lower-case word used in text, JSON and configuration: {@code error}, {@code warning}, {@code note}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** SARIF's {@code level} uses the same three words. */
  public String sarifLevel() {
    return label();
  }

  /** True when this severity is at least as severe as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Optional<Severity> parse(String word) {
    for (Severity s : values()) {
      if (s.label().equals(word)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
