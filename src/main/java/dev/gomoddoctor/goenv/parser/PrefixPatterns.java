package dev.gomoddoctor.goenv.parser;

/**
 * x/mod's {@code module.MatchPrefixPatterns}, used for GOPRIVATE, GONOPROXY, GONOSUMDB,
 * GOINSECURE and GOVCS: comma-separated globs, no white space trimming ({@code " b.com"} never
 * matches), one trailing {@code /} dropped; a glob with N slashes is matched with
 * {@link PathMatch} against the first N+1 elements of the path; a malformed glob matches nothing.
 */
public final class PrefixPatterns {
  private PrefixPatterns() {}

  public static boolean matches(String globs, String target) {
    return firstMatch(globs, target) != null;
  }

  /** The glob that matched (as written, after dropping a trailing slash), or null. */
  public static String firstMatch(String globs, String target) {
    String rest = globs;
    while (!rest.isEmpty()) {
      String glob;
      int comma = rest.indexOf(',');
      if (comma >= 0) {
        glob = rest.substring(0, comma);
        rest = rest.substring(comma + 1);
      } else {
        glob = rest;
        rest = "";
      }
      if (glob.endsWith("/")) {
        glob = glob.substring(0, glob.length() - 1);
      }
      if (glob.isEmpty()) {
        continue;
      }
      int n = 0;
      for (int i = 0; i < glob.length(); i++) {
        if (glob.charAt(i) == '/') {
          n++;
        }
      }
      String prefix = target;
      for (int i = 0; i < target.length(); i++) {
        if (target.charAt(i) == '/') {
          if (n == 0) {
            prefix = target.substring(0, i);
            break;
          }
          n--;
        }
      }
      if (n > 0) {
        continue; // fewer path elements than the glob
      }
      try {
        if (PathMatch.match(glob, prefix)) {
          return glob;
        }
      } catch (PathMatch.BadPattern e) {
        // Go ignores the error: a malformed glob matches nothing
      }
    }
    return null;
  }

  /** Each glob that is malformed for {@code path.Match} (it can never match anything). */
  public static java.util.List<String> malformed(String globs) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String g : globs.split(",", -1)) {
      if (g.isEmpty()) {
        continue;
      }
      try {
        PathMatch.match(g.endsWith("/") ? g.substring(0, g.length() - 1) : g, "");
      } catch (PathMatch.BadPattern e) {
        out.add(g);
      }
    }
    return out;
  }
}
