package dev.gomoddoctor.docker.ignore;

import java.util.regex.Pattern;

/**
 * One .dockerignore line after Docker's normalisation (trimmed, {@code filepath.Clean}ed, leading
 * {@code /} dropped), compiled the way moby/patternmatcher compiles it.
 *
 * @param pattern the cleaned pattern without its {@code !}
 * @param exclusion a {@code !} line: re-includes what earlier lines excluded
 * @param line the 1-based line in the ignore file
 */
public record IgnorePattern(String pattern, boolean exclusion, int line, Kind kind, Pattern regex) {

  /** How patternmatcher decides a match: plain equality, prefix ({@code dir/**}), suffix ({@code **}/name) or regex. */
  public enum Kind { EXACT, PREFIX, SUFFIX, REGEX }

  /** Compiles a cleaned pattern; throws IllegalArgumentException for a pattern Go's filepath.Match rejects. */
  public static IgnorePattern compile(String cleaned, boolean exclusion, int line) {
    StringBuilder re = new StringBuilder("^");
    Kind kind = Kind.EXACT;
    int[] cps = cleaned.codePoints().toArray();
    int depth = 0;
    for (int i = 0; i < cps.length; i++) {
      int ch = cps[i];
      if (ch == '*') {
        if (i + 1 < cps.length && cps[i + 1] == '*') {
          int start = i;
          i++;
          if (i + 1 < cps.length && cps[i + 1] == '/') {
            i++;
          }
          if (i + 1 >= cps.length) {
            if (kind == Kind.EXACT) {
              kind = Kind.PREFIX;
            } else {
              re.append(".*");
              kind = Kind.REGEX;
            }
          } else {
            re.append("(.*/)?");
            kind = Kind.REGEX;
          }
          if (start == 0) {
            kind = Kind.SUFFIX;
          }
        } else {
          re.append("[^/]*");
          kind = Kind.REGEX;
        }
      } else if (ch == '?') {
        re.append("[^/]");
        kind = Kind.REGEX;
      } else if (ch == '.' || ch == '+' || ch == '(' || ch == ')' || ch == '|' || ch == '{' || ch == '}'
          || ch == '$') {
        re.append('\\').appendCodePoint(ch);
      } else if (ch == '\\') {
        if (i + 1 < cps.length) {
          re.append('\\').appendCodePoint(cps[++i]);
          kind = Kind.REGEX;
        } else {
          re.append("\\\\");
        }
      } else if (ch == '[' || ch == ']') {
        depth += ch == '[' ? 1 : -1;
        re.appendCodePoint(ch);
        kind = Kind.REGEX;
      } else if (ch == '^') {
        // a literal caret outside a class would be an anchor in Java's regex
        re.append(depth > 0 ? "^" : "\\^");
      } else {
        re.appendCodePoint(ch);
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("syntax error in pattern");
    }
    Pattern compiled = null;
    if (kind == Kind.REGEX) {
      try {
        compiled = Pattern.compile(re.append('$').toString(), Pattern.DOTALL);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new IllegalArgumentException("syntax error in pattern");
      }
    }
    return new IgnorePattern(cleaned, exclusion, line, kind, compiled);
  }

  /** Whether this pattern matches a context-relative path ({@code /} separators, no leading {@code /}). */
  public boolean matches(String path) {
    switch (kind) {
      case EXACT:
        return path.equals(pattern);
      case PREFIX:
        return path.startsWith(pattern.substring(0, pattern.length() - 2));
      case SUFFIX: {
        String suffix = pattern.substring(2);
        if (suffix.startsWith("/")) {
          suffix = suffix.substring(1);
        }
        return path.endsWith(suffix);
      }
      default:
        return regex.matcher(path).matches();
    }
  }

  /** The line as written back ({@code !} included). */
  public String display() {
    return (exclusion ? "!" : "") + pattern;
  }
}
