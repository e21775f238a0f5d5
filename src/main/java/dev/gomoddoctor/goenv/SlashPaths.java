package dev.gomoddoctor.goenv;

import java.util.ArrayDeque;
import java.util.Deque;

/** Go's {@code filepath.Clean}/{@code Join} for Unix paths, so printed values match {@code go env}. */
public final class SlashPaths {
  private SlashPaths() {}

  /** Lexical clean: collapses {@code //}, removes {@code .}, resolves {@code ..}; "" becomes ".". */
  public static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.startsWith("/");
    Deque<String> out = new ArrayDeque<>();
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!out.isEmpty() && !out.peekLast().equals("..")) {
          out.removeLast();
        } else if (!rooted) {
          out.addLast("..");
        }
        continue;
      }
      out.addLast(part);
    }
    String joined = String.join("/", out);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /** {@code filepath.Join}: empty elements are skipped, the result is cleaned ("" if all empty). */
  public static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(p);
    }
    return sb.length() == 0 ? "" : clean(sb.toString());
  }

  public static boolean isAbsolute(String path) {
    return path.startsWith("/");
  }

  public static String parent(String path) {
    return join(path, "..");
  }
}
