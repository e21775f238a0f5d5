package dev.gomoddoctor.goenv.parser;

import java.nio.charset.StandardCharsets;

/**
 * Go's {@code path.Match}: {@code *} matches any run of non-{@code /} bytes, {@code ?} one
 * non-{@code /} character, {@code [...]} and {@code [^...]} classes with ranges, {@code \}
 * escapes; the whole name must match. Works on UTF-8 bytes as Go does. A malformed pattern is
 * reported as {@link BadPattern} (Go's {@code ErrBadPattern}), also when the name already failed
 * to match earlier in the pattern.
 */
public final class PathMatch {
  private PathMatch() {}

  /** Go's {@code path.ErrBadPattern}: "syntax error in pattern". */
  public static final class BadPattern extends Exception {
    private static final long serialVersionUID = 1L;

    BadPattern() {
      super("syntax error in pattern", null, false, false);
    }
  }

  public static boolean match(String pattern, String name) throws BadPattern {
    return match(pattern.getBytes(StandardCharsets.UTF_8), name.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean match(byte[] pat, byte[] nameBytes) throws BadPattern {
    int p = 0;
    int n = 0;
    while (p < pat.length) {
      // scan one chunk: leading stars, then up to the next star outside a class
      boolean star = false;
      while (p < pat.length && pat[p] == '*') {
        p++;
        star = true;
      }
      int chunkStart = p;
      boolean inRange = false;
      int i = p;
      scan:
      for (; i < pat.length; i++) {
        switch (pat[i]) {
          case '\\' -> {
            if (i + 1 < pat.length) {
              i++;
            }
          }
          case '[' -> inRange = true;
          case ']' -> inRange = false;
          case '*' -> {
            if (!inRange) {
              break scan;
            }
          }
          default -> { }
        }
      }
      int chunkEnd = i;
      p = i;
      if (star && chunkStart == chunkEnd) {
        // a trailing star matches the rest unless it holds a slash
        for (int k = n; k < nameBytes.length; k++) {
          if (nameBytes[k] == '/') {
            return false;
          }
        }
        return true;
      }
      int t = matchChunk(pat, chunkStart, chunkEnd, nameBytes, n);
      if (t >= 0 && (t == nameBytes.length || p < pat.length)) {
        n = t;
        continue;
      }
      boolean advanced = false;
      if (star) {
        for (int k = n; k < nameBytes.length && nameBytes[k] != '/'; k++) {
          int t2 = matchChunk(pat, chunkStart, chunkEnd, nameBytes, k + 1);
          if (t2 >= 0) {
            if (p == pat.length && t2 < nameBytes.length) {
              continue;
            }
            n = t2;
            advanced = true;
            break;
          }
        }
      }
      if (advanced) {
        continue;
      }
      // before answering no, check that the rest of the pattern is well-formed
      while (p < pat.length) {
        while (p < pat.length && pat[p] == '*') {
          p++;
        }
        int cs = p;
        boolean inR = false;
        int j = p;
        scan2:
        for (; j < pat.length; j++) {
          switch (pat[j]) {
            case '\\' -> {
              if (j + 1 < pat.length) {
                j++;
              }
            }
            case '[' -> inR = true;
            case ']' -> inR = false;
            case '*' -> {
              if (!inR) {
                break scan2;
              }
            }
            default -> { }
          }
        }
        matchChunk(pat, cs, j, new byte[0], 0);
        p = j;
      }
      return false;
    }
    return n == nameBytes.length;
  }

  /**
   * Matches one chunk at {@code s}; returns the index after it, or -1. Keeps scanning the chunk
   * after a failure so a malformed class still raises BadPattern, as Go does.
   */
  private static int matchChunk(byte[] pat, int c, int end, byte[] s, int si) throws BadPattern {
    boolean failed = false;
    while (c < end) {
      if (!failed && si >= s.length) {
        failed = true;
      }
      byte b = pat[c];
      if (b == '[') {
        int r = -1;
        if (!failed) {
          int[] dec = decode(s, si);
          r = dec[0];
          si += dec[1];
        }
        c++;
        boolean negated = false;
        if (c < end && pat[c] == '^') {
          negated = true;
          c++;
        }
        boolean match = false;
        int nrange = 0;
        while (true) {
          if (c < end && pat[c] == ']' && nrange > 0) {
            c++;
            break;
          }
          int[] lo = getEsc(pat, c, end);
          c = lo[1];
          int hi = lo[0];
          if (pat[c] == '-') {
            int[] h = getEsc(pat, c + 1, end);
            hi = h[0];
            c = h[1];
          }
          if (lo[0] <= r && r <= hi) {
            match = true;
          }
          nrange++;
        }
        if (match == negated) {
          failed = true;
        }
      } else if (b == '?') {
        if (!failed) {
          if (s[si] == '/') {
            failed = true;
          }
          si += decode(s, si)[1];
        }
        c++;
      } else {
        if (b == '\\') {
          c++;
          if (c >= end) {
            throw new BadPattern();
          }
        }
        if (!failed) {
          if (pat[c] != s[si]) {
            failed = true;
          }
          si++;
        }
        c++;
      }
    }
    return failed ? -1 : si;
  }

  /** One possibly escaped character of a class: {rune, next index}; Go's getEsc. */
  private static int[] getEsc(byte[] pat, int c, int end) throws BadPattern {
    if (c >= end || pat[c] == '-' || pat[c] == ']') {
      throw new BadPattern();
    }
    if (pat[c] == '\\') {
      c++;
      if (c >= end) {
        throw new BadPattern();
      }
    }
    int[] dec = decode(pat, c);
    if (dec[0] == 0xFFFD && dec[1] == 1) {
      throw new BadPattern();
    }
    int next = c + dec[1];
    if (next >= end) {
      throw new BadPattern();
    }
    return new int[] {dec[0], next};
  }

  /** utf8.DecodeRune: {rune, size}; invalid -> {0xFFFD, 1}. */
  private static int[] decode(byte[] s, int i) {
    int b0 = s[i] & 0xff;
    if (b0 < 0x80) {
      return new int[] {b0, 1};
    }
    int size;
    int cp;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      size = 2;
      cp = b0 & 0x1f;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      size = 3;
      cp = b0 & 0x0f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      size = 4;
      cp = b0 & 0x07;
    } else {
      return new int[] {0xFFFD, 1};
    }
    if (i + size > s.length) {
      return new int[] {0xFFFD, 1};
    }
    for (int k = 1; k < size; k++) {
      int b = s[i + k] & 0xff;
      if ((b & 0xc0) != 0x80) {
        return new int[] {0xFFFD, 1};
      }
      cp = (cp << 6) | (b & 0x3f);
    }
    if ((size == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (size == 4 && (cp < 0x10000 || cp > 0x10ffff))) {
      return new int[] {0xFFFD, 1};
    }
    return new int[] {cp, size};
  }
}
