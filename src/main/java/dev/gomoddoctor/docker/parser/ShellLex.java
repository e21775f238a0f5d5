package dev.gomoddoctor.docker.parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BuildKit's word processor (frontend/dockerfile/shell): quote removal, escapes and
 * {@code $VAR}/{@code ${VAR}}/{@code ${VAR:-default}}/{@code ${VAR:+alt}}/{@code ${VAR?msg}}/
 * {@code ${VAR#pat}}/{@code ${VAR%pat}}/{@code ${VAR/pat/repl}} expansion, and the split into
 * words after expansion. Used for instruction arguments, heredoc words and FROM lines.
 */
public final class ShellLex {
  private static final int EOF = -1;

  private final int escape;
  private final boolean rawQuotes;
  private final boolean skipProcessQuotes;
  private final boolean skipUnsetEnv;
  private final boolean rawEscapesDefault;

  /** The result of processing one word. */
  public record Result(String word, List<String> words, Set<String> matched, Set<String> unmatched) {}

  public ShellLex(int escape, boolean rawQuotes, boolean rawEscapes, boolean skipProcessQuotes, boolean skipUnsetEnv) {
    this.escape = escape;
    this.rawQuotes = rawQuotes;
    this.rawEscapesDefault = rawEscapes;
    this.skipProcessQuotes = skipProcessQuotes;
    this.skipUnsetEnv = skipUnsetEnv;
  }

  /** The plain lexer BuildKit uses to expand instruction arguments. */
  public static ShellLex standard(int escape) {
    return new ShellLex(escape, false, false, false, false);
  }

  public String processWord(String word, Map<String, String> env) throws ShellSyntaxException {
    return process(word, env).word();
  }

  public List<String> processWords(String word, Map<String, String> env) throws ShellSyntaxException {
    return process(word, env).words();
  }

  public Result process(String source, Map<String, String> env) throws ShellSyntaxException {
    Run run = new Run(source, env);
    try {
      Object[] r = run.processStopOn(EOF, rawEscapesDefault);
      @SuppressWarnings("unchecked")
      List<String> words = (List<String>) r[1];
      return new Result((String) r[0], words, run.matches, run.nonmatches);
    } catch (ShellSyntaxException e) {
      throw new ShellSyntaxException("failed to process " + GoText.quote(source) + ": " + e.getMessage());
    }
  }

  /** A syntax error in a word, worded as BuildKit words it. */
  public static final class ShellSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public ShellSyntaxException(String message) {
      super(message);
    }
  }

  /** Splits into words the way BuildKit's wordsStruct does. */
  private static final class Words {
    final List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord;

    void addChar(int ch) {
      if (GoText.isSpace(ch) && inWord) {
        if (word.length() != 0) {
          words.add(word.toString());
          word = new StringBuilder();
          inWord = false;
        }
      } else if (!GoText.isSpace(ch)) {
        addRawChar(ch);
      }
    }

    void addRawChar(int ch) {
      word.appendCodePoint(ch);
      inWord = true;
    }

    void addString(String s) {
      s.codePoints().forEach(this::addChar);
    }

    void addRawString(String s) {
      word.append(s);
      inWord = true;
    }

    List<String> get() {
      if (word.length() > 0) {
        words.add(word.toString());
        word = new StringBuilder();
        inWord = false;
      }
      return words;
    }
  }

  private final class Run {
    final int[] cps;
    int pos;
    final Map<String, String> env;
    boolean rawEscapes;
    final Set<String> matches = new LinkedHashSet<>();
    final Set<String> nonmatches = new LinkedHashSet<>();

    Run(String source, Map<String, String> env) {
      this.cps = source.codePoints().toArray();
      this.env = env;
      this.rawEscapes = rawEscapesDefault;
    }

    int peek() {
      return pos < cps.length ? cps[pos] : EOF;
    }

    int next() {
      return pos < cps.length ? cps[pos++] : EOF;
    }

    Object[] processStopOn(int stop, boolean raw) throws ShellSyntaxException {
      boolean saved = rawEscapes;
      rawEscapes = raw;
      try {
        StringBuilder result = new StringBuilder();
        Words words = new Words();
        while (peek() != EOF) {
          int ch = peek();
          if (stop != EOF && ch == stop) {
            next();
            return new Object[] {result.toString(), words.get()};
          }
          if (ch == '$') {
            String tmp = processDollar();
            result.append(tmp);
            words.addString(tmp);
          } else if (!skipProcessQuotes && ch == '\'') {
            String tmp = processSingleQuote();
            result.append(tmp);
            words.addRawString(tmp);
          } else if (!skipProcessQuotes && ch == '"') {
            String tmp = processDoubleQuote();
            result.append(tmp);
            words.addRawString(tmp);
          } else {
            ch = next();
            if (ch == escape) {
              if (rawEscapes) {
                words.addRawChar(ch);
                result.appendCodePoint(ch);
              }
              ch = next();
              if (ch == EOF) {
                break;
              }
              words.addRawChar(ch);
            } else {
              words.addChar(ch);
            }
            result.appendCodePoint(ch);
          }
        }
        if (stop != EOF) {
          throw new ShellSyntaxException("unexpected end of statement while looking for matching "
              + new String(Character.toChars(stop)));
        }
        return new Object[] {result.toString(), words.get()};
      } finally {
        rawEscapes = saved;
      }
    }

    String processSingleQuote() throws ShellSyntaxException {
      StringBuilder result = new StringBuilder();
      int ch = next();
      if (rawQuotes) {
        result.appendCodePoint(ch);
      }
      while (true) {
        ch = next();
        if (ch == EOF) {
          throw new ShellSyntaxException("unexpected end of statement while looking for matching single-quote");
        }
        if (ch == '\'') {
          if (rawQuotes) {
            result.appendCodePoint(ch);
          }
          return result.toString();
        }
        result.appendCodePoint(ch);
      }
    }

    String processDoubleQuote() throws ShellSyntaxException {
      StringBuilder result = new StringBuilder();
      int ch = next();
      if (rawQuotes) {
        result.appendCodePoint(ch);
      }
      while (true) {
        int p = peek();
        if (p == EOF) {
          throw new ShellSyntaxException("unexpected end of statement while looking for matching double-quote");
        } else if (p == '"') {
          ch = next();
          if (rawQuotes) {
            result.appendCodePoint(ch);
          }
          return result.toString();
        } else if (p == '$') {
          result.append(processDollar());
        } else {
          ch = next();
          if (ch == escape) {
            if (rawEscapes) {
              result.appendCodePoint(ch);
            }
            int q = peek();
            if (q == EOF) {
              continue;
            }
            if (q == '"' || q == '$' || q == escape) {
              ch = next();
            }
          }
          result.appendCodePoint(ch);
        }
      }
    }

    String processDollar() throws ShellSyntaxException {
      next();
      if (peek() != '{') {
        String name = processName();
        if (name.isEmpty()) {
          return "$";
        }
        String value = getEnv(name);
        if (value == null && skipUnsetEnv) {
          return "$" + name;
        }
        return value == null ? "" : value;
      }
      next();
      int p = peek();
      if (p == EOF) {
        throw new ShellSyntaxException("syntax error: missing '}'");
      }
      if (p == '{' || p == '}' || p == ':') {
        throw new ShellSyntaxException("syntax error: bad substitution");
      }
      String name = processName();
      int ch = next();
      StringBuilder chs = new StringBuilder(runeString(ch));
      boolean nullIsUnset = false;
      if (ch == '}') {
        String value = getEnv(name);
        if (value == null && skipUnsetEnv) {
          return "${" + name + "}";
        }
        return value == null ? "" : value;
      }
      if (ch == ':') {
        nullIsUnset = true;
        ch = next();
        chs.append(runeString(ch));
      } else if (ch == '/') {
        return processReplace(name);
      } else if (ch != '+' && ch != '-' && ch != '?' && ch != '#' && ch != '%') {
        throw new ShellSyntaxException("unsupported modifier (" + chs + ") in substitution");
      }
      boolean raw = ch == '#' || ch == '%';
      String word;
      try {
        word = (String) processStopOn('}', raw)[0];
      } catch (ShellSyntaxException e) {
        if (peek() == EOF) {
          throw new ShellSyntaxException("syntax error: missing '}'");
        }
        throw e;
      }
      String value = getEnv(name);
      boolean set = value != null;
      if (skipUnsetEnv && !set) {
        return "${" + name + chs + word + "}";
      }
      String v = set ? value : "";
      switch (ch) {
        case '-':
          return !set || (nullIsUnset && v.isEmpty()) ? word : v;
        case '+':
          return !set || (nullIsUnset && v.isEmpty()) ? "" : word;
        case '?':
          if (!set) {
            throw new ShellSyntaxException(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
          }
          if (nullIsUnset && v.isEmpty()) {
            throw new ShellSyntaxException(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
          }
          return v;
        case '%':
        case '#': {
          boolean greedy = false;
          if (!word.isEmpty() && word.charAt(0) == ch) {
            greedy = true;
            word = word.substring(1);
          }
          return ch == '%' ? trimSuffix(word, v, greedy) : trimPrefix(word, v, greedy);
        }
        default:
          throw new ShellSyntaxException("unsupported modifier (" + chs + ") in substitution");
      }
    }

    String processReplace(String name) throws ShellSyntaxException {
      boolean all = peek() == '/';
      if (all) {
        next();
      }
      String pattern;
      try {
        pattern = (String) processStopOn('/', true)[0];
      } catch (ShellSyntaxException e) {
        if (peek() == EOF) {
          throw new ShellSyntaxException("syntax error: missing '/' in ${}");
        }
        throw e;
      }
      String replacement;
      try {
        replacement = (String) processStopOn('}', true)[0];
      } catch (ShellSyntaxException e) {
        if (peek() == EOF) {
          throw new ShellSyntaxException("syntax error: missing '}'");
        }
        throw e;
      }
      String value = getEnv(name);
      if (skipUnsetEnv && value == null) {
        return "${" + name + "/" + pattern + "/" + replacement + "}";
      }
      String v = value == null ? "" : value;
      Pattern re = globToRegex(pattern);
      Matcher m = re.matcher(v);
      String rep = Matcher.quoteReplacement(replacement);
      return all ? m.replaceAll(rep) : m.replaceFirst(rep);
    }

    String processName() {
      StringBuilder name = new StringBuilder();
      while (peek() != EOF) {
        int ch = peek();
        if (name.length() == 0 && Character.isDigit(ch)) {
          while (peek() != EOF && Character.isDigit(peek())) {
            name.appendCodePoint(next());
          }
          return name.toString();
        }
        if (name.length() == 0 && isSpecialParam(ch)) {
          return runeString(next());
        }
        if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
          break;
        }
        name.appendCodePoint(next());
      }
      return name.toString();
    }

    String getEnv(String name) {
      if (env.containsKey(name)) {
        matches.add(name);
        return env.get(name) == null ? "" : env.get(name);
      }
      nonmatches.add(name);
      return null;
    }
  }

  private static boolean isSpecialParam(int c) {
    return c == '@' || c == '*' || c == '#' || c == '?' || c == '-' || c == '$' || c == '!' || c == '0';
  }

  private static String runeString(int ch) {
    return ch == EOF ? "\uFFFD" : new String(Character.toChars(ch));
  }

  /** A shell pattern ({@code *}, {@code ?}, backslash escapes) as a Java regex. */
  static Pattern globToRegex(String pattern) throws ShellSyntaxException {
    StringBuilder out = new StringBuilder();
    int[] cps = pattern.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (c == '*') {
        out.append(".*");
      } else if (c == '?') {
        out.append('.');
      } else if (c == '\\') {
        if (i + 1 < cps.length && (cps[i + 1] == '}' || cps[i + 1] == '/')) {
          continue;
        }
        int n = i + 1 < cps.length ? cps[++i] : EOF;
        if (n != '*' && n != '?' && n != '\\') {
          throw new ShellSyntaxException("invalid pattern (" + pattern + ") in substitution: invalid escape '\\"
              + runeString(n) + "'");
        }
        out.append(Pattern.quote(runeString(n)));
      } else {
        out.append(Pattern.quote(runeString(c)));
      }
    }
    return Pattern.compile(out.toString(), Pattern.DOTALL);
  }

  private static String trimPrefix(String word, String value, boolean greedy) throws ShellSyntaxException {
    Pattern re = globToRegex(word);
    if (greedy) {
      for (int i = value.length(); i >= 0; i--) {
        if (re.matcher(value.substring(0, i)).matches()) {
          return value.substring(i);
        }
      }
    } else {
      for (int i = 0; i <= value.length(); i++) {
        if (re.matcher(value.substring(0, i)).matches()) {
          return value.substring(i);
        }
      }
    }
    return value;
  }

  private static String trimSuffix(String word, String value, boolean greedy) throws ShellSyntaxException {
    Pattern re = globToRegex(word);
    if (greedy) {
      for (int i = 0; i <= value.length(); i++) {
        if (re.matcher(value.substring(i)).matches()) {
          return value.substring(0, i);
        }
      }
    } else {
      for (int i = value.length(); i >= 0; i--) {
        if (re.matcher(value.substring(i)).matches()) {
          return value.substring(0, i);
        }
      }
    }
    return value;
  }
}
