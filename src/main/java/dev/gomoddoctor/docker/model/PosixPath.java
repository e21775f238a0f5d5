package dev.gomoddoctor.docker.model;

import java.util.ArrayDeque;
import java.util.Deque;

/** Go's {@code path.Clean}/{@code path.Join} for paths inside an image (always {@code /}). */
public final class PosixPath {
  private PosixPath() {}

  public static String clean(String p) {
    if (p.isEmpty()) {
      return ".";
    }
    boolean rooted = p.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String seg : p.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!rooted) {
          parts.addLast("..");
        }
        continue;
      }
      parts.addLast(seg);
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /** {@code dir/rel}, cleaned; {@code rel} wins when absolute. */
  public static String resolve(String dir, String rel) {
    if (rel.startsWith("/")) {
      return clean(rel);
    }
    return clean((dir.isEmpty() ? "/" : dir) + "/" + rel);
  }

  /** Whether {@code path} is {@code dir} or below it (both absolute, cleaned). */
  public static boolean isWithin(String path, String dir) {
    String d = clean(dir);
    String p = clean(path);
    return p.equals(d) || d.equals("/") || p.startsWith(d + "/");
  }
}
