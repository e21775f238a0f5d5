package dev.gomoddoctor.docker.shell;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Quote removal and parameter expansion of one POSIX shell word, as {@code /bin/sh} would do it
 * with the variables known from the Dockerfile (ENV/ARG) and the script itself. What cannot be
 * known statically (command substitution, unknown variables) is kept as written and marks the
 * word incomplete.
 */
public final class ShellWords {
  private ShellWords() {}

  public static Word expand(String raw, Function<String, Optional<String>> lookup) {
    Expander e = new Expander(raw, lookup);
    String v = e.run();
    return new Word(raw, v, e.complete, e.refs);
  }

  private static final class Expander {
    private final String s;
    private final Function<String, Optional<String>> lookup;
    private int i;
    private boolean complete = true;
    private final Set<String> refs = new LinkedHashSet<>();

    Expander(String s, Function<String, Optional<String>> lookup) {
      this.s = s;
      this.lookup = lookup;
    }

    String run() {
      StringBuilder out = new StringBuilder();
      if (s.startsWith("~") && (s.length() == 1 || s.charAt(1) == '/')) {
        Optional<String> home = lookup.apply("HOME");
        refs.add("HOME");
        if (home.isPresent()) {
          out.append(home.get());
        } else {
          out.append('~');
          complete = false;
        }
        i = 1;
      }
      while (i < s.length()) {
        char c = s.charAt(i);
        switch (c) {
          case '\'' -> {
            int end = s.indexOf('\'', i + 1);
            if (end < 0) {
              end = s.length();
            }
            out.append(s, i + 1, end);
            i = end + 1;
          }
          case '"' -> doubleQuoted(out);
          case '\\' -> {
            if (i + 1 < s.length()) {
              if (s.charAt(i + 1) != '\n') {
                out.append(s.charAt(i + 1));
              }
              i += 2;
            } else {
              i++;
            }
          }
          case '$' -> dollar(out);
          case '`' -> backtick(out);
          default -> {
            out.append(c);
            i++;
          }
        }
      }
      return out.toString();
    }

    private void doubleQuoted(StringBuilder out) {
      i++;
      while (i < s.length() && s.charAt(i) != '"') {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < s.length() && "$`\"\\\n".indexOf(s.charAt(i + 1)) >= 0) {
          if (s.charAt(i + 1) != '\n') {
            out.append(s.charAt(i + 1));
          }
          i += 2;
        } else if (c == '$') {
          dollar(out);
        } else if (c == '`') {
          backtick(out);
        } else {
          out.append(c);
          i++;
        }
      }
      i++;
    }

    private void backtick(StringBuilder out) {
      int end = s.indexOf('`', i + 1);
      end = end < 0 ? s.length() : end + 1;
      out.append(s, i, end);
      complete = false;
      i = end;
    }

    private void dollar(StringBuilder out) {
      int start = i;
      if (i + 1 >= s.length()) {
        out.append('$');
        i++;
        return;
      }
      char n = s.charAt(i + 1);
      if (n == '(') {
        int end = matching(i + 1, '(', ')');
        out.append(s, start, end);
        complete = false;
        i = end;
        return;
      }
      if (n == '{') {
        int end = matching(i + 1, '{', '}');
        String inner = s.substring(i + 2, Math.max(i + 2, end - 1));
        i = end;
        braced(inner, s.substring(start, end), out);
        return;
      }
      if (Character.isLetter(n) || n == '_') {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
        String name = s.substring(i + 1, j);
        i = j;
        refs.add(name);
        Optional<String> v = lookup.apply(name);
        if (v.isPresent()) {
          out.append(v.get());
        } else {
          out.append(s, start, j);
          complete = false;
        }
        return;
      }
      if (Character.isDigit(n) || "@*#?$!-".indexOf(n) >= 0) {
        out.append(s, i, i + 2);
        complete = false;
        i += 2;
        return;
      }
      out.append('$');
      i++;
    }

    private void braced(String inner, String whole, StringBuilder out) {
      int j = 0;
      while (j < inner.length() && (Character.isLetterOrDigit(inner.charAt(j)) || inner.charAt(j) == '_')) {
        j++;
      }
      String name = inner.substring(0, j);
      String op = inner.substring(j);
      if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
        out.append(whole);
        complete = false;
        return;
      }
      refs.add(name);
      Optional<String> v = lookup.apply(name);
      if (op.isEmpty()) {
        if (v.isPresent()) {
          out.append(v.get());
        } else {
          out.append(whole);
          complete = false;
        }
        return;
      }
      boolean colon = op.startsWith(":");
      String rest = colon ? op.substring(1) : op;
      if (rest.isEmpty()) {
        out.append(whole);
        complete = false;
        return;
      }
      char kind = rest.charAt(0);
      String word = rest.substring(1);
      if (kind != '-' && kind != '=' && kind != '+' && kind != '?') {
        // ${X%…}, ${X#…}, ${X/…}, ${X:1:2}: not worth evaluating
        out.append(whole);
        complete = false;
        return;
      }
      if (v.isEmpty() && !lookupIsAuthoritative()) {
        out.append(whole);
        complete = false;
        return;
      }
      boolean set = v.isPresent() && (!colon || !v.get().isEmpty());
      switch (kind) {
        case '-', '=', '?' -> {
          if (set) {
            out.append(v.get());
          } else {
            Word w = ShellWords.expand(word, lookup);
            refs.addAll(w.refs());
            complete &= w.complete();
            out.append(w.value());
          }
        }
        default -> {
          if (set) {
            Word w = ShellWords.expand(word, lookup);
            refs.addAll(w.refs());
            complete &= w.complete();
            out.append(w.value());
          }
        }
      }
    }

    /**
     * An unknown variable in the Dockerfile is usually truly unset (ARG without value), so
     * {@code ${X:-default}} takes the default.
     */
    private boolean lookupIsAuthoritative() {
      return true;
    }

    /** Index just past the bracket matching the one at {@code open}, honouring quotes. */
    private int matching(int open, char o, char c) {
      int depth = 0;
      for (int j = open; j < s.length(); j++) {
        char ch = s.charAt(j);
        if (ch == '\\') {
          j++;
        } else if (ch == '\'' && o != '{') {
          int e = s.indexOf('\'', j + 1);
          j = e < 0 ? s.length() : e;
        } else if (ch == o) {
          depth++;
        } else if (ch == c) {
          depth--;
          if (depth == 0) {
            return j + 1;
          }
        }
      }
      return s.length();
    }
  }
}
