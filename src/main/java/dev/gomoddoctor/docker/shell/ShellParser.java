package dev.gomoddoctor.docker.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Splits the text of a shell-form RUN (or a RUN here-document) into its simple commands, in the
 * order the shell runs them, with the variables and directory each one sees. It understands what
 * Dockerfiles use: {@code &&}, {@code ||}, {@code ;}, pipes, subshells, line continuations,
 * quotes, comments, here-documents, {@code export}, {@code cd}, {@code env}/{@code sudo}
 * wrappers and {@code sh -c '…'}. Control flow is flattened: every command of an {@code if} or
 * loop counts as run. Pure: text in, commands out; never throws on odd input.
 */
public final class ShellParser {

  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);
  private static final Set<String> SKIP_KEYWORDS =
      Set.of("if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "esac", "time");
  private static final Set<String> WRAPPERS = Set.of("sudo", "nice", "nohup", "exec", "command", "time", "xargs");
  private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh");

  private final Function<String, Optional<String>> outer;

  private ShellParser(Function<String, Optional<String>> outer) {
    this.outer = outer;
  }

  /**
   * Parses {@code script}; {@code env} gives the values of variables the shell inherits (the
   * stage's ENV and ARG values at this RUN).
   */
  public static List<ShellCommand> parse(String script, Function<String, Optional<String>> env) {
    ShellParser p = new ShellParser(env);
    State st = new State();
    List<ShellCommand> out = new ArrayList<>();
    p.run(script, 0, st, out);
    return out;
  }

  public static List<ShellCommand> parse(String script) {
    return parse(script, k -> Optional.empty());
  }

  /** Mutable shell state while walking one script. */
  private static final class State {
    Map<String, String> vars = new LinkedHashMap<>();
    Map<String, String> exported = new LinkedHashMap<>();
    Optional<String> dir = Optional.empty();
    boolean dirKnown = true;

    State copy() {
      State s = new State();
      s.vars = new LinkedHashMap<>(vars);
      s.exported = new LinkedHashMap<>(exported);
      s.dir = dir;
      s.dirKnown = dirKnown;
      return s;
    }
  }

  private record Token(Kind kind, String text, int line, Optional<String> body, int bodyLine) {
    Token(Kind kind, String text, int line, Optional<String> body) {
      this(kind, text, line, body, -1);
    }
  }

  private enum Kind { WORD, OP, REDIR }

  private void run(String script, int lineOffset, State st, List<ShellCommand> out) {
    List<Token> tokens = lex(script, lineOffset);
    Deque<State> stack = new ArrayDeque<>();
    List<Token> current = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind == Kind.OP) {
        finish(current, st, out);
        current = new ArrayList<>();
        if (t.text.equals("(")) {
          stack.push(st);
          st = st.copy();
        } else if (t.text.equals(")") && !stack.isEmpty()) {
          st = stack.pop();
        }
      } else {
        current.add(t);
      }
    }
    finish(current, st, out);
  }

  private void finish(List<Token> tokens, State st, List<ShellCommand> out) {
    if (tokens.isEmpty()) {
      return;
    }
    Function<String, Optional<String>> lookup = name -> {
      String v = st.vars.get(name);
      return v != null ? Optional.of(v) : outer.apply(name);
    };
    Map<String, String> inline = new LinkedHashMap<>();
    List<Word> words = new ArrayList<>();
    List<Redirect> redirects = new ArrayList<>();
    int line = tokens.get(0).line;
    boolean start = true;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind == Kind.REDIR) {
        Word target = i + 1 < tokens.size() && tokens.get(i + 1).kind == Kind.WORD
            ? ShellWords.expand(tokens.get(++i).text, lookup) : Word.literal("");
        redirects.add(new Redirect(t.text, target, t.body, t.bodyLine));
        continue;
      }
      if (start && SKIP_KEYWORDS.contains(t.text)) {
        line = i + 1 < tokens.size() ? tokens.get(i + 1).line : line;
        continue;
      }
      if (start && (t.text.equals("for") || t.text.equals("case") || t.text.equals("select"))) {
        return;
      }
      if (start && ASSIGNMENT.matcher(t.text).matches()) {
        int eq = t.text.indexOf('=');
        Word v = ShellWords.expand(t.text.substring(eq + 1), lookup);
        inline.put(t.text.substring(0, eq), v.value());
        continue;
      }
      start = false;
      words.add(ShellWords.expand(t.text, lookup));
    }
    if (words.isEmpty()) {
      // A bare assignment sets a shell variable (exported ones stay exported).
      for (Map.Entry<String, String> e : inline.entrySet()) {
        st.vars.put(e.getKey(), e.getValue());
        if (st.exported.containsKey(e.getKey())) {
          st.exported.put(e.getKey(), e.getValue());
        }
      }
      return;
    }
    command(words, inline, redirects, line, st, out, lookup);
  }

  private void command(List<Word> words, Map<String, String> inline, List<Redirect> redirects, int line,
      State st, List<ShellCommand> out, Function<String, Optional<String>> lookup) {
    // strip wrappers: env [-i] [-u X] [A=b]… cmd, sudo [-E] [-u user] cmd, time cmd …
    int i = 0;
    while (i < words.size()) {
      String w = words.get(i).value();
      if (w.equals("env") || w.endsWith("/env")) {
        i++;
        while (i < words.size()) {
          String a = words.get(i).value();
          if (a.equals("-u") || a.equals("--unset")) {
            i += 2;
          } else if (a.startsWith("-")) {
            i++;
          } else if (ASSIGNMENT.matcher(a).matches()) {
            int eq = a.indexOf('=');
            inline.put(a.substring(0, eq), a.substring(eq + 1));
            i++;
          } else {
            break;
          }
        }
      } else if (WRAPPERS.contains(w)) {
        i++;
        while (i < words.size() && words.get(i).value().startsWith("-")) {
          String a = words.get(i).value();
          i += (a.equals("-u") || a.equals("-g") || a.equals("-n") || a.equals("-I")) ? 2 : 1;
        }
      } else {
        break;
      }
    }
    if (i >= words.size()) {
      return;
    }
    String name = words.get(i).value();
    List<Word> args = words.subList(i + 1, words.size());
    String base = name.substring(name.lastIndexOf('/') + 1);

    if (SHELLS.contains(base)) {
      for (int j = 0; j < args.size() - 1; j++) {
        String a = args.get(j).value();
        if (a.startsWith("-") && !a.startsWith("--") && a.contains("c")) {
          State inner = st.copy();
          inner.exported.putAll(inline);
          inner.vars.putAll(inline);
          run(args.get(j + 1).value(), line, inner, out);
          return;
        }
      }
      // `sh <<EOF`, `bash -e <<EOF`: the here-document is the script
      if (args.stream().allMatch(a -> a.value().startsWith("-") && !a.value().equals("-c"))) {
        for (Redirect r : redirects) {
          if (r.isStdinHeredoc() && r.bodyLine() >= 0) {
            State inner = st.copy();
            inner.exported.putAll(inline);
            inner.vars.putAll(inline);
            run(r.body().get(), r.bodyLine(), inner, out);
            return;
          }
        }
      }
    }
    switch (base) {
      case "export" -> {
        for (Word a : args) {
          String v = a.value();
          if (v.startsWith("-")) {
            continue;
          }
          int eq = v.indexOf('=');
          if (eq > 0) {
            st.vars.put(v.substring(0, eq), v.substring(eq + 1));
            st.exported.put(v.substring(0, eq), v.substring(eq + 1));
          } else {
            Optional<String> val = lookup.apply(v);
            val.ifPresent(x -> st.exported.put(v, x));
          }
        }
        return;
      }
      case "unset" -> {
        for (Word a : args) {
          st.vars.remove(a.value());
          st.exported.remove(a.value());
        }
        return;
      }
      case "cd", "pushd" -> {
        out.add(new ShellCommand(name, args, inline, st.exported, st.dir, st.dirKnown, redirects, line));
        List<Word> targets = args.stream().filter(a -> !a.value().startsWith("-") || a.value().equals("-")).toList();
        if (targets.isEmpty() || !targets.get(0).complete() || targets.get(0).value().equals("-")) {
          st.dirKnown = false;
          return;
        }
        String t = targets.get(0).value();
        if (t.startsWith("/")) {
          st.dir = Optional.of(t);
          st.dirKnown = true;
        } else {
          st.dir = Optional.of(st.dir.map(d -> d.endsWith("/") ? d + t : d + "/" + t).orElse(t));
        }
        return;
      }
      case "popd" -> {
        st.dirKnown = false;
        return;
      }
      default -> { }
    }
    out.add(new ShellCommand(name, args, inline, st.exported, st.dir, st.dirKnown, redirects, line));
  }

  // ---------------------------------------------------------------- lexer

  private static List<Token> lex(String s, int lineOffset) {
    List<Token> out = new ArrayList<>();
    int line = lineOffset;
    int i = 0;
    List<String[]> pendingHeredocs = new ArrayList<>(); // {delimiter, stripTabs}
    List<Integer> pendingIndex = new ArrayList<>();
    StringBuilder word = null;
    int wordLine = line;
    while (i <= s.length()) {
      char c = i < s.length() ? s.charAt(i) : '\n';
      boolean atEnd = i >= s.length();
      if (word == null && c == '#' ) {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        i += 2;
        line++;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || ";&|()<>".indexOf(c) >= 0) {
        boolean fdRedirect = word != null && (c == '<' || c == '>') && word.toString().matches("\\d+");
        String prefix = "";
        if (word != null) {
          if (fdRedirect) {
            prefix = word.toString();
          } else {
            out.add(new Token(Kind.WORD, word.toString(), wordLine, Optional.empty()));
          }
          word = null;
        }
        if (atEnd) {
          break;
        }
        if (c == '\n') {
          out.add(new Token(Kind.OP, "\n", line, Optional.empty()));
          line++;
          i++;
          // here-document bodies start on the next line
          for (int h = 0; h < pendingHeredocs.size(); h++) {
            String delim = pendingHeredocs.get(h)[0];
            boolean strip = pendingHeredocs.get(h)[1] != null;
            StringBuilder body = new StringBuilder();
            int bodyLine = line;
            while (i < s.length()) {
              int nl = s.indexOf('\n', i);
              String l = nl < 0 ? s.substring(i) : s.substring(i, nl);
              i = nl < 0 ? s.length() : nl + 1;
              line++;
              String cmp = strip ? l.replaceFirst("^\t+", "") : l;
              if (cmp.equals(delim)) {
                break;
              }
              body.append(cmp).append('\n');
            }
            int idx = pendingIndex.get(h);
            Token t = out.get(idx);
            out.set(idx, new Token(t.kind, t.text, t.line, Optional.of(body.toString()), bodyLine));
          }
          pendingHeredocs.clear();
          pendingIndex.clear();
          continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
          i++;
          continue;
        }
        if (c == '<' || c == '>') {
          int j = i + 1;
          while (j < s.length() && "<>&|-".indexOf(s.charAt(j)) >= 0 && j - i < 3) {
            j++;
          }
          String op = prefix + s.substring(i, j);
          if (op.endsWith("-") && !op.contains("<<")) {
            op = op.substring(0, op.length() - 1);
            j--;
          }
          out.add(new Token(Kind.REDIR, op, line, Optional.empty()));
          i = j;
          if (op.contains("<<") && !op.contains("<<<")) {
            // read the delimiter word now so its body can be attached at the next newline
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
              i++;
            }
            int st = i;
            while (i < s.length() && " \t\n;&|()<>".indexOf(s.charAt(i)) < 0) {
              i++;
            }
            String raw = s.substring(st, i);
            String delim = raw.replace("'", "").replace("\"", "").replace("\\", "");
            out.add(new Token(Kind.WORD, raw, line, Optional.empty()));
            pendingHeredocs.add(new String[] {delim, op.endsWith("-") ? "strip" : null});
            pendingIndex.add(out.size() - 2);
          }
          continue;
        }
        // ; & | ( ) and their doubled forms
        String op = String.valueOf(c);
        if (i + 1 < s.length() && (c == '&' || c == '|' || c == ';') && s.charAt(i + 1) == c) {
          op = op + c;
        }
        out.add(new Token(Kind.OP, op, line, Optional.empty()));
        i += op.length();
        continue;
      }
      if (word == null) {
        word = new StringBuilder();
        wordLine = line;
      }
      int end = skipQuoted(s, i);
      for (int k = i; k < end; k++) {
        if (s.charAt(k) == '\n') {
          line++;
        }
      }
      word.append(s, i, end);
      i = end;
    }
    return out;
  }

  /** Index just past the character, quoted string or expansion starting at {@code i}. */
  private static int skipQuoted(String s, int i) {
    char c = s.charAt(i);
    switch (c) {
      case '\\':
        return Math.min(s.length(), i + 2);
      case '\'': {
        int e = s.indexOf('\'', i + 1);
        return e < 0 ? s.length() : e + 1;
      }
      case '"': {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != '"') {
          j = s.charAt(j) == '\\' ? j + 2 : (s.charAt(j) == '$' || s.charAt(j) == '`') ? skipQuoted(s, j) : j + 1;
        }
        return Math.min(s.length(), j + 1);
      }
      case '`': {
        int e = s.indexOf('`', i + 1);
        return e < 0 ? s.length() : e + 1;
      }
      case '$': {
        if (i + 1 < s.length() && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '{')) {
          char o = s.charAt(i + 1);
          char cl = o == '(' ? ')' : '}';
          int depth = 0;
          for (int j = i + 1; j < s.length(); j++) {
            char ch = s.charAt(j);
            if (ch == '\\') {
              j++;
            } else if (ch == '\'' && o == '(') {
              int e = s.indexOf('\'', j + 1);
              j = e < 0 ? s.length() : e;
            } else if (ch == '"') {
              j = skipQuoted(s, j) - 1;
            } else if (ch == o) {
              depth++;
            } else if (ch == cl) {
              depth--;
              if (depth == 0) {
                return j + 1;
              }
            }
          }
          return s.length();
        }
        return i + 1;
      }
      default:
        return i + 1;
    }
  }
}
