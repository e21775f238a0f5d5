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
 * <p>Each gitignore line is translated to a Docker ignore pattern and matched by
 * {@link DockerIgnore}, whose semantics are the same for what matters here: {@code **} over any
 * number of directories, a parent directory's match covering its files, the last match winning
 * (deeper .gitignore files come later) and {@code !} re-including. A pattern without a slash
 * matches at any depth below its .gitignore ({@code **}/p); one with a slash is anchored to it.
 * Not modelled: a trailing {@code /} (directory only) also matches a file of that name, and
 * {@code .git/info/exclude} and the global excludes file are not read.
 */
public record GitIgnore(DockerIgnore patterns) {

  public static GitIgnore none() {
    return new GitIgnore(DockerIgnore.none());
  }

  /**
   * @param files the .gitignore files' text by their directory relative to the scan root ("" for
   *     the root)
   */
  public static GitIgnore of(Map<String, String> files) {
    List<String> dirs = new ArrayList<>(files.keySet());
    dirs.sort(Comparator.comparingInt((String d) -> d.isEmpty() ? 0 : d.split("/").length)
        .thenComparing(Comparator.naturalOrder()));
    StringBuilder translated = new StringBuilder();
    for (String dir : dirs) {
      for (String line : files.get(dir).split("\n", -1)) {
        String p = translate(dir, line);
        if (p != null) {
          translated.append(p).append('\n');
        }
      }
    }
    try {
      return new GitIgnore(DockerIgnore.parse(".gitignore", translated.toString()));
    } catch (DockerIgnore.SyntaxError e) {
      // a gitignore line Docker's matcher cannot compile: ignore nothing rather than guess
      return none();
    }
  }

  /** Whether git ignores the path (relative to the scan root). */
  public boolean ignores(String path) {
    return patterns.excludes(path);
  }

  /** One gitignore line as a Docker ignore pattern rooted at the scan root, or null for none. */
  static String translate(String dir, String line) {
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
    return (negated ? "!" : "") + full;
  }
}
