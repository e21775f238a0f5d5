package dev.gomoddoctor.goenv.model;

/**
 * Something odd in a Go env file that Go itself passes over in silence (GMD209).
 *
 * @param file the env file's path
 * @param line 1-based line, 0 for the whole file
 * @param key the setting concerned, "" for an ignored line or the whole file
 * @param detail the offending line (ignored lines), the value (stray bytes), the earlier line
 *     number (duplicates), or why the file is unreadable
 */
public record EnvProblem(Kind kind, String file, int line, String key, String detail) {

  public enum Kind {
    /** A line that looks like a setting but that Go skips. */
    IGNORED_LINE,
    /** A value ending in a carriage return or white space, which Go keeps. */
    STRAY_BYTES,
    /** A key set twice; the last one wins. */
    DUPLICATE_KEY,
    /** The file exists but cannot be read; Go ignores it. */
    UNREADABLE
  }
}
