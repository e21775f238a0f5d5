package dev.gomoddoctor.goenv.model;

import java.util.List;
import java.util.Optional;

/**
 * A Go env file (the user's GOENV file or {@code $GOROOT/go.env}) as the go command reads it.
 *
 * @param path the file's absolute path
 * @param entries the {@code KEY=VALUE} lines Go uses, in file order (duplicates included)
 * @param ignored the lines Go skips that are not blank and not {@code #} comments
 * @param unreadable why the file exists but could not be read ("" when it was read); Go then
 *     ignores it silently
 */
public record EnvFile(String path, List<Entry> entries, List<IgnoredLine> ignored, String unreadable) {

  /** One line Go uses: key before the first {@code =}, the raw rest as value. */
  public record Entry(int line, String key, String value) {}

  /** A line Go ignores, and why. */
  public record IgnoredLine(int line, String text, String why) {}

  public EnvFile {
    entries = List.copyOf(entries);
    ignored = List.copyOf(ignored);
    unreadable = unreadable == null ? "" : unreadable;
  }

  /** The entry Go uses for {@code key}: the last one (later duplicates win). */
  public Optional<Entry> lookup(String key) {
    Entry found = null;
    for (Entry e : entries) {
      if (e.key().equals(key)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }
}
