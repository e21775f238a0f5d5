package dev.gomoddoctor.docker.parser;

import dev.gomoddoctor.docker.model.AstNode;
import dev.gomoddoctor.docker.model.Directive;
import dev.gomoddoctor.docker.model.DockerfileAst;
import dev.gomoddoctor.docker.model.Heredoc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BuildKit's Dockerfile parser (frontend/dockerfile/parser), re-implemented: parser directives,
 * the escape token, line continuations (with comment and blank lines inside), heredocs, builder
 * flags and the per-instruction argument grammar (JSON with shell-form fallback, ENV/LABEL
 * pairs, ...). Pure: text in, {@link DockerfileAst} out, or a {@link DockerfileSyntaxException}
 * with BuildKit's message.
 */
public final class DockerfileParser {
  private static final Pattern DIRECTIVE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(.+?)[\\t\\n\\f\\r ]*\\z");
  private static final Pattern WHITESPACE = Pattern.compile("[\\t\\u000B\\f\\r ]+");
  private static final Pattern HEREDOC = Pattern.compile("^(\\d*)<<(-?)([^<]*)\\z", Pattern.DOTALL);
  private static final Set<String> VALID_DIRECTIVES = Set.of("syntax", "escape", "check");
  private static final Set<String> HEREDOC_COMMANDS = Set.of("add", "copy", "run");
  /** Go's bufio.Scanner gives up on longer lines (bufio.MaxScanTokenSize). */
  private static final int MAX_LINE_BYTES = 64 * 1024;

  private DockerfileParser() {}

  /** Parses a whole Dockerfile. */
  public static DockerfileAst parse(String text) throws DockerfileSyntaxException {
    return new State(text).run();
  }

  private static final class State {
    final List<String> lines = new ArrayList<>();
    int next;
    char escape = '\\';
    Pattern continuation;
    boolean directivesDone;
    final Set<String> seen = new HashSet<>();
    final List<Directive> directives = new ArrayList<>();

    State(String text) {
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          lines.add(text.substring(start, i + 1));
          start = i + 1;
        }
      }
      if (start < text.length()) {
        lines.add(text.substring(start));
      }
      setEscape("\\");
    }

    void setEscape(String s) {
      escape = s.charAt(0);
      String e = Pattern.quote(s);
      continuation = Pattern.compile("([^" + (s.equals("\\") ? "\\\\" : s) + "])" + e + "[ \\t]*\\z|^" + e + "[ \\t]*\\z",
          Pattern.DOTALL);
    }

    String scan() throws DockerfileSyntaxException {
      String l = lines.get(next++);
      if (l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LINE_BYTES) {
        throw new DockerfileSyntaxException(
            "dockerfile line greater than max allowed size of " + (MAX_LINE_BYTES - 1), next, next);
      }
      return l;
    }

    /** Returns whether the line was a directive. */
    boolean possibleDirective(String token, int lineNo) throws DockerfileSyntaxException {
      if (directivesDone) {
        return false;
      }
      if (!token.startsWith("#")) {
        directivesDone = true;
        return false;
      }
      Matcher m = DIRECTIVE.matcher(GoText.trimLeftSpace(token.substring(1)));
      if (!m.find()) {
        directivesDone = true;
        return false;
      }
      String k = m.group(1).toLowerCase(Locale.ROOT);
      if (!VALID_DIRECTIVES.contains(k)) {
        directivesDone = true;
        return false;
      }
      if (!seen.add(k)) {
        throw new DockerfileSyntaxException("only one " + k + " parser directive can be used", lineNo, lineNo);
      }
      String v = m.group(2);
      directives.add(new Directive(k, v, lineNo));
      if (k.equals("escape")) {
        if (!v.equals("`") && !v.equals("\\")) {
          throw new DockerfileSyntaxException("invalid escape token '" + v + "' does not match ` or \\", lineNo, lineNo);
        }
        setEscape(v);
      }
      return true;
    }

    DockerfileAst run() throws DockerfileSyntaxException {
      List<AstNode> nodes = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      List<String> comments = new ArrayList<>();
      int currentLine = 0;
      while (next < lines.size()) {
        String raw = scan();
        if (currentLine == 0 && raw.startsWith("\uFEFF")) {
          raw = raw.substring(1);
        }
        if (isComment(raw)) {
          String c = GoText.trimSpace(raw.substring(1));
          if (c.isEmpty()) {
            comments.clear();
          } else {
            comments.add(c);
          }
        }
        String token = GoText.trimLeftSpace(trimNewline(raw));
        int indent = raw.length() - GoText.trimLeftSpace(raw).length();
        boolean directive = possibleDirective(token, currentLine + 1);
        if (directive && !comments.isEmpty()) {
          comments.remove(comments.size() - 1);
        }
        if (isComment(token)) {
          token = "";
        }
        currentLine++;
        int startLine = currentLine;
        String[] cont = trimContinuation(token);
        boolean endOfLine = cont[1] == null;
        if (endOfLine && cont[0].isEmpty()) {
          continue;
        }
        StringBuilder buf = new StringBuilder(cont[0]);
        boolean emptyContinuation = false;
        while (!endOfLine && next < lines.size()) {
          String raw2 = scan();
          String tok2 = trimNewline(raw2);
          possibleDirective(tok2, currentLine + 1);
          currentLine++;
          if (isComment(raw2)) {
            continue;
          }
          if (GoText.trimLeftSpace(tok2).isEmpty()) {
            emptyContinuation = true;
            continue;
          }
          String[] c2 = trimContinuation(tok2);
          endOfLine = c2[1] == null;
          buf.append(c2[0]);
        }
        String line = buf.toString();
        if (emptyContinuation) {
          warnings.add("Empty continuation line found in: " + line);
        }
        AstNode node;
        try {
          node = newNode(line, List.copyOf(comments), indent + 1);
        } catch (DockerfileSyntaxException e) {
          throw new DockerfileSyntaxException(e.getMessage(), startLine, currentLine);
        }
        List<Heredoc> docs = new ArrayList<>();
        if (canContainHeredoc(node) && line.contains("<<")) {
          List<Heredoc> found;
          try {
            found = heredocsFromLine(line);
          } catch (DockerfileSyntaxException e) {
            throw new DockerfileSyntaxException(e.getMessage(), startLine, currentLine);
          }
          for (Heredoc h : found) {
            StringBuilder content = new StringBuilder();
            boolean terminated = false;
            int bodyStart = currentLine + 1;
            while (next < lines.size()) {
              String b = scan();
              currentLine++;
              String term = trimNewline(b);
              if (h.chomp()) {
                int k = 0;
                while (k < term.length() && term.charAt(k) == '\t') {
                  k++;
                }
                term = term.substring(k);
              }
              if (term.equals(h.name())) {
                terminated = true;
                break;
              }
              content.append(b);
            }
            if (!terminated) {
              throw new DockerfileSyntaxException("unterminated heredoc", startLine, currentLine);
            }
            docs.add(new Heredoc(h.name(), h.fileDescriptor(), h.expand(), h.chomp(), content.toString(),
                bodyStart, currentLine));
          }
        }
        nodes.add(node.withLines(startLine, currentLine, docs));
        comments.clear();
      }
      if (nodes.isEmpty()) {
        throw new DockerfileSyntaxException("file with no instructions", currentLine, currentLine);
      }
      return new DockerfileAst(directives, escape, nodes, warnings);
    }

    /** {value, null} at the end of the logical line, {value, ""} when it continues. */
    String[] trimContinuation(String line) {
      Matcher m = continuation.matcher(line);
      if (m.find()) {
        String g = m.group(1) == null ? "" : m.group(1);
        return new String[] {line.substring(0, m.start()) + g + line.substring(m.end()), ""};
      }
      return new String[] {line, null};
    }

    AstNode newNode(String line, List<String> comments, int column) throws DockerfileSyntaxException {
      String trimmed = GoText.trimSpace(line);
      String[] cmdline = WHITESPACE.split(trimmed, 2);
      String cmd = cmdline[0];
      List<String> flags = new ArrayList<>();
      String rest = "";
      if (cmdline.length == 2) {
        rest = extractBuilderFlags(cmdline[1], flags);
      }
      rest = GoText.trimSpace(rest);
      Args a = dispatch(cmd.toLowerCase(Locale.ROOT), rest, comments);
      return new AstNode(cmd, flags, a.args, a.sub, a.json, line, 0, 0, column, List.of(), comments);
    }

    record Args(List<String> args, AstNode sub, boolean json) {
      static Args of(List<String> args) {
        return new Args(args, null, false);
      }
    }

    Args dispatch(String cmd, String rest, List<String> comments) throws DockerfileSyntaxException {
      switch (cmd) {
        case "add", "copy", "volume":
          return maybeJsonToList(rest);
        case "arg":
          return Args.of(parseWords(rest));
        case "cmd", "entrypoint", "run", "shell":
          return maybeJson(rest);
        case "env":
          return Args.of(nameVal(rest, "ENV"));
        case "label":
          return Args.of(nameVal(rest, "LABEL"));
        case "expose", "from":
          return Args.of(whitespaceDelimited(rest));
        case "healthcheck":
          return healthConfig(rest);
        case "maintainer", "stopsignal", "user", "workdir":
          return Args.of(rest.isEmpty() ? List.of() : List.of(rest));
        case "onbuild":
          if (rest.isEmpty()) {
            return Args.of(List.of());
          }
          return new Args(List.of(), newNode(rest, List.of(), 0), false);
        default:
          // BuildKit keeps unknown instructions with one empty argument; the typed parse rejects them
          return Args.of(List.of(""));
      }
    }

    Args maybeJson(String rest) throws DockerfileSyntaxException {
      if (rest.isEmpty()) {
        return Args.of(List.of());
      }
      List<String> json = json(rest);
      if (json != null) {
        return new Args(json, null, true);
      }
      return Args.of(List.of(rest));
    }

    Args maybeJsonToList(String rest) throws DockerfileSyntaxException {
      List<String> json = json(rest);
      if (json != null) {
        return new Args(json, null, true);
      }
      return Args.of(whitespaceDelimited(rest));
    }

    List<String> json(String rest) throws DockerfileSyntaxException {
      String r = GoText.trimLeftSpace(rest);
      if (!r.startsWith("[")) {
        return null;
      }
      try {
        return GoJsonArray.parse(r);
      } catch (GoJsonArray.NotStringArray e) {
        throw new DockerfileSyntaxException(e.getMessage(), 0, 0);
      }
    }

    Args healthConfig(String rest) throws DockerfileSyntaxException {
      int sep = 0;
      while (sep < rest.length() && !GoText.isSpace(rest.charAt(sep))) {
        sep++;
      }
      int nx = sep;
      while (nx < rest.length() && GoText.isSpace(rest.charAt(nx))) {
        nx++;
      }
      if (sep == 0) {
        return Args.of(List.of());
      }
      Args cmd = maybeJson(rest.substring(nx));
      List<String> all = new ArrayList<>();
      all.add(rest.substring(0, sep));
      all.addAll(cmd.args);
      return new Args(all, null, cmd.json);
    }

    List<String> whitespaceDelimited(String rest) {
      if (rest.isEmpty()) {
        return List.of();
      }
      return List.of(WHITESPACE.split(rest, -1));
    }

    List<String> nameVal(String rest, String key) throws DockerfileSyntaxException {
      List<String> words = parseWords(rest);
      if (words.isEmpty()) {
        return List.of();
      }
      if (!words.get(0).contains("=")) {
        String[] parts = WHITESPACE.split(rest, 2);
        if (parts.length < 2) {
          throw new DockerfileSyntaxException(key + " must have two arguments", 0, 0);
        }
        return List.of(parts[0], parts[1], "");
      }
      List<String> out = new ArrayList<>();
      for (String w : words) {
        int eq = w.indexOf('=');
        if (eq < 0) {
          throw new DockerfileSyntaxException("Syntax error - can't find = in " + GoText.quote(w)
              + ". Must be of the form: name=value", 0, 0);
        }
        out.add(w.substring(0, eq));
        out.add(w.substring(eq + 1));
        out.add("=");
      }
      return out;
    }

    /** Words separated by whitespace; quotes and escapes are kept for the later expansion. */
    List<String> parseWords(String rest) {
      final int inSpaces = 0;
      final int inWord = 1;
      final int inQuote = 2;
      List<String> words = new ArrayList<>();
      int phase = inSpaces;
      int quote = 0;
      boolean blankOk = false;
      StringBuilder word = new StringBuilder();
      int[] cps = rest.codePoints().toArray();
      for (int pos = 0; pos <= cps.length; pos++) {
        if (phase == inSpaces) {
          if (pos == cps.length) {
            break;
          }
          if (GoText.isSpace(cps[pos])) {
            continue;
          }
          phase = inWord;
        }
        if (pos == cps.length) {
          if (blankOk || word.length() > 0) {
            words.add(word.toString());
          }
          break;
        }
        int ch = cps[pos];
        if (phase == inWord) {
          if (GoText.isSpace(ch)) {
            phase = inSpaces;
            if (blankOk || word.length() > 0) {
              words.add(word.toString());
            }
            word.setLength(0);
            blankOk = false;
            continue;
          }
          if (ch == '\'' || ch == '"') {
            quote = ch;
            blankOk = true;
            phase = inQuote;
          }
          if (ch == escape) {
            if (pos + 1 == cps.length) {
              continue;
            }
            word.appendCodePoint(ch);
            pos++;
            ch = cps[pos];
          }
          word.appendCodePoint(ch);
          continue;
        }
        if (ch == quote) {
          phase = inWord;
        }
        if (ch == escape && quote != '\'') {
          if (pos + 1 == cps.length) {
            phase = inWord;
            continue;
          }
          pos++;
          word.appendCodePoint(ch);
          ch = cps[pos];
        }
        word.appendCodePoint(ch);
      }
      return words;
    }

    /** Leading {@code --flag[=value]} words; returns the rest of the line. */
    String extractBuilderFlags(String line, List<String> words) {
      final int inSpaces = 0;
      final int inWord = 1;
      final int inQuote = 2;
      int phase = inSpaces;
      StringBuilder word = new StringBuilder();
      int quote = 0;
      boolean blankOk = false;
      int ch = 0;
      for (int pos = 0; pos <= line.length(); pos++) {
        if (pos != line.length()) {
          ch = line.charAt(pos);
        }
        if (phase == inSpaces) {
          if (pos == line.length()) {
            break;
          }
          if (GoText.isSpace(ch)) {
            continue;
          }
          if (ch != '-' || pos + 1 == line.length() || line.charAt(pos + 1) != '-') {
            return line.substring(pos);
          }
          phase = inWord;
        }
        if (pos == line.length()) {
          if (!word.toString().equals("--") && (blankOk || word.length() > 0)) {
            words.add(word.toString());
          }
          break;
        }
        if (phase == inWord) {
          if (GoText.isSpace(ch)) {
            phase = inSpaces;
            if (word.toString().equals("--")) {
              return line.substring(pos);
            }
            if (blankOk || word.length() > 0) {
              words.add(word.toString());
            }
            word.setLength(0);
            blankOk = false;
            continue;
          }
          if (ch == '\'' || ch == '"') {
            quote = ch;
            blankOk = true;
            phase = inQuote;
            continue;
          }
          if (ch == '\\') {
            if (pos + 1 == line.length()) {
              continue;
            }
            pos++;
            ch = line.charAt(pos);
          }
          word.append((char) ch);
          continue;
        }
        if (ch == quote) {
          phase = inWord;
          continue;
        }
        if (ch == '\\') {
          if (pos + 1 == line.length()) {
            phase = inWord;
            continue;
          }
          pos++;
          ch = line.charAt(pos);
        }
        word.append((char) ch);
      }
      return "";
    }

    boolean canContainHeredoc(AstNode node) {
      AstNode n = node;
      if (n.command().equals("onbuild") && n.subCommand() != null) {
        n = n.subCommand();
      }
      return HEREDOC_COMMANDS.contains(n.command()) && !n.json();
    }
  }

  /** Heredoc words ({@code <<EOF}, {@code <<-"EOF"}, {@code 3<<EOF}) of one logical line, in order. */
  static List<Heredoc> heredocsFromLine(String line) throws DockerfileSyntaxException {
    ShellLex lex = new ShellLex('\\', true, true, false, true);
    List<String> words;
    try {
      words = lex.processWords(line, Map.of());
    } catch (ShellLex.ShellSyntaxException e) {
      return List.of();
    }
    List<Heredoc> docs = new ArrayList<>();
    for (String w : words) {
      Heredoc h = parseHeredoc(w);
      if (h != null) {
        docs.add(h);
      }
    }
    return docs;
  }

  /** The heredoc a word starts, or null when the word is not a heredoc. */
  public static Heredoc parseHeredoc(String word) throws DockerfileSyntaxException {
    Matcher m = HEREDOC.matcher(word);
    if (!m.find()) {
      return null;
    }
    int fd = m.group(1).isEmpty() ? 0 : parseFd(m.group(1));
    boolean chomp = m.group(2).equals("-");
    String rest = m.group(3);
    if (rest.isEmpty()) {
      return null;
    }
    try {
      List<String> words = new ShellLex('\\', false, false, false, true).processWords(rest, Map.of());
      if (words.size() != 1) {
        return null;
      }
      List<String> raw = new ShellLex('\\', true, false, false, true).processWords(rest, Map.of());
      if (raw.size() != words.size()) {
        throw new DockerfileSyntaxException(
            "internal lexing of heredoc produced inconsistent results: " + rest, 0, 0);
      }
      String name = words.get(0);
      boolean expand = quoteCount(name) == quoteCount(raw.get(0));
      return new Heredoc(name, fd, expand, chomp, "", 0, 0);
    } catch (ShellLex.ShellSyntaxException e) {
      throw new DockerfileSyntaxException(e.getMessage(), 0, 0);
    }
  }

  /** A heredoc word, or null (errors count as "not a heredoc", as BuildKit's MustParseHeredoc). */
  public static Heredoc heredocOrNull(String word) {
    try {
      return parseHeredoc(word);
    } catch (DockerfileSyntaxException e) {
      return null;
    }
  }

  private static int parseFd(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int quoteCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\'' || s.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }

  static String trimNewline(String s) {
    int j = s.length();
    while (j > 0 && (s.charAt(j - 1) == '\r' || s.charAt(j - 1) == '\n')) {
      j--;
    }
    return s.substring(0, j);
  }

  static boolean isComment(String line) {
    String t = GoText.trimLeftSpace(line);
    return !t.isEmpty() && t.charAt(0) == '#';
  }

  /** BuildKit's AST dump, one {@code (instr ...)} per line, as its parser tests compare it. */
  public static String dump(DockerfileAst ast) {
    StringBuilder sb = new StringBuilder();
    for (AstNode n : ast.nodes()) {
      sb.append('(').append(dump(n)).append(")\n");
    }
    return GoText.trimSpace(sb.toString()) + "\n";
  }

  static String dump(AstNode n) {
    StringBuilder sb = new StringBuilder(n.keyword().toLowerCase(Locale.ROOT));
    if (!n.flags().isEmpty()) {
      sb.append(" [");
      for (int i = 0; i < n.flags().size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(GoText.quote(n.flags().get(i)));
      }
      sb.append(']');
    }
    if (n.subCommand() != null) {
      sb.append(" (").append(dump(n.subCommand())).append(')');
    }
    for (String a : n.args()) {
      sb.append(' ').append(GoText.quote(a));
    }
    return GoText.trimSpace(sb.toString());
  }
}
