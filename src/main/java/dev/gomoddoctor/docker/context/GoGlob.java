package dev.gomoddoctor.docker.context;

/**
 * Go's {@code path.Match} for one path element ({@code *}, {@code ?}, {@code [a-z]},
 * {@code [^x]}, backslash escapes), as BuildKit resolves COPY/ADD wildcards element by element.
 */
final class GoGlob {
  private GoGlob() {}

  static boolean hasMeta(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '\\') {
        return true;
      }
    }
    return false;
  }

  static boolean match(String pattern, String name) {
    return match(pattern, 0, name, 0);
  }

  private static boolean match(String p, int pi, String s, int si) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        while (pi < p.length() && p.charAt(pi) == '*') {
          pi++;
        }
        if (pi == p.length()) {
          return s.indexOf('/', si) < 0;
        }
        for (int k = si; k <= s.length(); k++) {
          if (k > si && s.charAt(k - 1) == '/') {
            return false;
          }
          if (match(p, pi, s, k)) {
            return true;
          }
        }
        return false;
      }
      if (si >= s.length()) {
        return false;
      }
      char sc = s.charAt(si);
      if (c == '?') {
        if (sc == '/') {
          return false;
        }
        pi++;
        si++;
      } else if (c == '[') {
        int end = pi + 1;
        boolean negate = end < p.length() && p.charAt(end) == '^';
        if (negate) {
          end++;
        }
        boolean matched = false;
        boolean first = true;
        while (end < p.length() && (first || p.charAt(end) != ']')) {
          first = false;
          char lo = p.charAt(end);
          if (lo == '\\' && end + 1 < p.length()) {
            lo = p.charAt(++end);
          }
          end++;
          char hi = lo;
          if (end + 1 < p.length() && p.charAt(end) == '-' && p.charAt(end + 1) != ']') {
            hi = p.charAt(end + 1);
            if (hi == '\\' && end + 2 < p.length()) {
              hi = p.charAt(end + 2);
              end++;
            }
            end += 2;
          }
          if (lo <= sc && sc <= hi) {
            matched = true;
          }
        }
        if (end >= p.length()) {
          return false;
        }
        if (matched == negate || sc == '/') {
          return false;
        }
        pi = end + 1;
        si++;
      } else if (c == '\\' && pi + 1 < p.length()) {
        if (p.charAt(pi + 1) != sc) {
          return false;
        }
        pi += 2;
        si++;
      } else {
        if (c != sc) {
          return false;
        }
        pi++;
        si++;
      }
    }
    return si == s.length();
  }
}
