package dev.gomoddoctor.docker.ignore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The .gitignore files of the scanned tree, answering "does git ignore this path?". A Dockerfile
 * that copies a git-ignored path that is absent (bin/app, dist/, .build/linux-amd64/…) copies a
 * build output that {@code make}/goreleaser writes before {@code docker build}, not a missing file.
 *
 * <p>git's rules: a pattern without a slash (other than a trailing one) matches at any depth below
 * its .gitignore, one with a slash is anchored to it; a trailing {@code /} matches directories
 * only; the last matching line decides, deeper .gitignore files coming later; a path inside an
 * ignored directory stays ignored whatever {@code !} lines say. The glob of each line is compiled
 * by {@link IgnorePattern} ({@code *}, {@code ?}, classes, {@code **}). Not read:
 * {@code .git/info/exclude} and the global excludes file.
 */
public record GitIgnore(List<Line> lines) {

  public GitIgnore {
    lines = List.copyOf(lines);
  }

  /** One gitignore line, anchored at the scan root. */
  public record Line(IgnorePattern glob, boolean negated, boolean directoryOnly) {

    boolean matches(String path) {
      if (!glob.matches(path)) {
        return false;
      }
      // patternmatcher's "**/name" shortcut is a plain suffix test; git wants a whole name
      if (glob.kind() == IgnorePattern.Kind.SUFFIX) {
        String name = glob.pattern().substring(glob.pattern().lastIndexOf("**/") + 3);
        return path.equals(name) || path.endsWith("/" + name);
      }
      return true;
    }
  }

  public static GitIgnore none() {
    return new GitIgnore(List.of());
  }

  /**
   * @param files the .gitignore files' text by their directory relative to the scan root ("" for
   *     the root)
   */
  public static GitIgnore of(Map<String, String> files) {
    List<String> dirs = new ArrayList<>(files.keySet());
    dirs.sort(Comparator.comparingInt((String d) -> d.isEmpty() ? 0 : d.split("/").length)
        .thenComparing(Comparator.naturalOrder()));
    List<Line> out = new ArrayList<>();
    for (String dir : dirs) {
      String[] text = files.get(dir).split("\n", -1);
      for (int i = 0; i < text.length; i++) {
        Line l = translate(dir, text[i], i + 1);
        if (l != null) {
          out.add(l);
        }
      }
    }
    return new GitIgnore(out);
  }

  /**
   * Whether git ignores the path (relative to the scan root). The path is absent, so it may be a
   * file or a directory: ignored either way counts.
   */
  public boolean ignores(String path) {
    int slash = path.indexOf('/');
    while (slash > 0) {
      if (decide(path.substring(0, slash), true)) {
        return true;
      }
      slash = path.indexOf('/', slash + 1);
    }
    return decide(path, false) || decide(path, true);
  }

  private boolean decide(String path, boolean directory) {
    boolean ignored = false;
    for (Line l : lines) {
      if ((directory || !l.directoryOnly()) && l.matches(path)) {
        ignored = !l.negated();
      }
    }
    return ignored;
  }

  /** One gitignore line anchored at the scan root, or null for a blank line, a comment or a bad glob. */
  static Line translate(String dir, String line, int lineNumber) {
    String p = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    if (p.isBlank() || p.startsWith("#")) {
      return null;
    }
    // trailing spaces are dropped unless escaped
    while (p.endsWith(" ") && !p.endsWith("\\ ")) {
      p = p.substring(0, p.length() - 1);
    }
    boolean negated = p.startsWith("!");
    if (negated) {
      p = p.substring(1);
    } else if (p.startsWith("\\!") || p.startsWith("\\#")) {
      p = p.substring(1);
    }
    boolean directoryOnly = p.endsWith("/");
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.isEmpty()) {
      return null;
    }
    boolean anchored = p.contains("/");
    if (p.startsWith("/")) {
      p = p.substring(1);
    }
    if (!anchored && !p.startsWith("**")) {
      p = "**/" + p;
    }
    String full = dir.isEmpty() ? p : dir + "/" + p;
    try {
      return new Line(IgnorePattern.compile(full, negated, lineNumber), negated, directoryOnly);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
