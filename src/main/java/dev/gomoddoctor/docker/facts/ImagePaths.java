package dev.gomoddoctor.docker.facts;

import java.util.ArrayDeque;
import java.util.Deque;

/** Slash-separated path arithmetic for paths inside an image (never the host's). */
public final class ImagePaths {
  private ImagePaths() {}

  /** {@code p} resolved against {@code dir} and cleaned ({@code .}, {@code ..}, duplicate slashes). */
  public static String resolve(String dir, String p) {
    if (p == null || p.isEmpty()) {
      return clean(dir);
    }
    String joined = p.startsWith("/") ? p : dir + "/" + p;
    String c = clean(joined);
    return p.endsWith("/") && !c.equals("/") ? c + "/" : c;
  }

  public static String clean(String p) {
    Deque<String> parts = new ArrayDeque<>();
    for (String s : p.split("/+")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(s);
      }
    }
    return "/" + String.join("/", parts);
  }

  public static String stripSlash(String p) {
    String c = clean(p);
    return c;
  }

  /** True when {@code p} equals {@code dir} or lies below it. */
  public static boolean isWithin(String p, String dir) {
    String a = clean(p);
    String d = clean(dir);
    return a.equals(d) || d.equals("/") || a.startsWith(d + "/");
  }
}
