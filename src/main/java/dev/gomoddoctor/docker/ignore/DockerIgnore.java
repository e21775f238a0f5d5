package dev.gomoddoctor.docker.ignore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A .dockerignore file with Docker's exact semantics (docker/cli and moby/patternmatcher):
 * lines starting with {@code #} are comments, lines are trimmed and {@code filepath.Clean}ed,
 * a leading {@code /} is dropped, {@code **} matches any number of directories, and a path is
 * excluded when the last pattern that matches it (or one of its parent directories) is not a
 * {@code !} exception.
 *
 * @param path where the file was read from (relative to the scan root), empty for none
 */
public record DockerIgnore(String path, List<IgnorePattern> patterns) {

  public DockerIgnore {
    patterns = List.copyOf(patterns);
  }

  /** No ignore file: nothing is excluded. */
  public static DockerIgnore none() {
    return new DockerIgnore("", List.of());
  }

  /** A pattern Docker refuses, with its line. */
  public static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    public SyntaxError(String message, int line) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  public static DockerIgnore parse(String path, String text) throws SyntaxError {
    List<IgnorePattern> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.startsWith("#")) {
        continue;
      }
      String p = dev.gomoddoctor.docker.parser.GoText.trimSpace(line);
      if (p.isEmpty()) {
        continue;
      }
      boolean invert = p.charAt(0) == '!';
      if (invert) {
        p = dev.gomoddoctor.docker.parser.GoText.trimSpace(p.substring(1));
      }
      if (!p.isEmpty()) {
        p = cleanPath(p);
        if (p.length() > 1 && p.charAt(0) == '/') {
          p = p.substring(1);
        }
      }
      // patternmatcher cleans once more; "!" alone is illegal there
      if (invert && p.isEmpty()) {
        throw new SyntaxError("illegal exclusion pattern: \"!\"", i + 1);
      }
      String cleaned = cleanPath(p);
      try {
        out.add(IgnorePattern.compile(cleaned, invert, i + 1));
      } catch (IllegalArgumentException e) {
        throw new SyntaxError(e.getMessage(), i + 1);
      }
    }
    return new DockerIgnore(path, out);
  }

  /** Whether the build context leaves out this path (relative to the context, {@code /} separators). */
  public boolean excludes(String relativePath) {
    return decidingPattern(relativePath).map(p -> !p.exclusion()).orElse(false);
  }

  /**
   * The pattern that decided the path's fate (the last that changed it), for messages; empty when
   * no pattern touched the path.
   */
  public Optional<IgnorePattern> decidingPattern(String relativePath) {
    String file = relativePath;
    int slash = file.lastIndexOf('/');
    String parent = slash < 0 ? "." : file.substring(0, slash);
    String[] parentDirs = parent.split("/");
    boolean matched = false;
    IgnorePattern decider = null;
    for (IgnorePattern p : patterns) {
      if (p.exclusion() != matched) {
        continue;
      }
      boolean match = p.matches(file);
      if (!match && !parent.equals(".")) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parentDirs.length; i++) {
          if (i > 0) {
            prefix.append('/');
          }
          prefix.append(parentDirs[i]);
          if (p.matches(prefix.toString())) {
            match = true;
            break;
          }
        }
      }
      if (match) {
        matched = !p.exclusion();
        decider = p;
      }
    }
    return Optional.ofNullable(decider);
  }

  /** Go's {@code filepath.Clean} on a slash path. */
  static String cleanPath(String p) {
    if (p.isEmpty()) {
      return ".";
    }
    boolean rooted = p.startsWith("/");
    List<String> parts = new ArrayList<>();
    for (String seg : p.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
          parts.remove(parts.size() - 1);
        } else if (!rooted) {
          parts.add("..");
        }
        continue;
      }
      parts.add(seg);
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }
}
