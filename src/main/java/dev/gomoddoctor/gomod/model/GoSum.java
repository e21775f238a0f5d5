package dev.gomoddoctor.gomod.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed go.sum or go.work.sum: its well-formed lines and the lines Go would reject or warn
 * about, each with its 1-based line number.
 *
 * @param path the file, relative to the scan root
 * @param lines the lines with exactly three fields, in file order (the known empty-go.mod hash,
 *     which Go drops, is left out)
 * @param problems malformed lines, unknown hash algorithms and bad hashes
 * @param duplicates line numbers that repeat an earlier line exactly (Go accepts them)
 */
public record GoSum(String path, List<Line> lines, List<Problem> problems, List<Integer> duplicates,
    Set<String> keys) {

  /** The hash of an empty go.mod that old Go releases wrote by mistake; Go ignores such lines. */
  public static final String EMPTY_GO_MOD_HASH = "h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=";

  /**
   * One {@code path version hash} line.
   *
   * @param version the version without the {@code /go.mod} suffix
   * @param goMod true for a {@code /go.mod} line (hash of the go.mod only); false for the zip line
   */
  public record Line(int line, String module, String version, boolean goMod, String hash) {}

  /** What is wrong with a line; {@code message} uses Go's wording where Go has one. */
  public record Problem(int line, Kind kind, String message) {}

  public enum Kind {
    /** Not three fields: {@code go: malformed go.sum: ...: wrong number of fields N}. */
    WRONG_FIELD_COUNT,
    /** An {@code h1:} hash that is not 44 base64 characters. */
    BAD_HASH,
    /** A hash prefix other than {@code h1:}: Go only warns. */
    UNKNOWN_HASH_ALGORITHM
  }

  public GoSum {
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
    duplicates = List.copyOf(duplicates);
    keys = Set.copyOf(keys);
  }

  public static GoSum of(String path, List<Line> lines, List<Problem> problems, List<Integer> duplicates) {
    Set<String> keys = new HashSet<>();
    for (Line l : lines) {
      keys.add(key(l.module(), l.version(), l.goMod()));
    }
    return new GoSum(path, lines, problems, duplicates, keys);
  }

  private static String key(String module, String version, boolean goMod) {
    return module + ' ' + version + (goMod ? "/go.mod" : "");
  }

  /** True when there is a {@code <module> <version>/go.mod} line. */
  public boolean hasGoMod(String module, String version) {
    return keys.contains(key(module, version, true));
  }

  /** True when there is a zip line {@code <module> <version> h1:...}. */
  public boolean hasZip(String module, String version) {
    return keys.contains(key(module, version, false));
  }
}
