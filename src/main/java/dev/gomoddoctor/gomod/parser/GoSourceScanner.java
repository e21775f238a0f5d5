package dev.gomoddoctor.gomod.parser;

import dev.gomoddoctor.gomod.model.BuildConstraint;
import dev.gomoddoctor.gomod.model.GoSourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the header of a Go source file: build constraints in the leading comments, the package
 * clause and the import declarations (single or grouped; named, dot and blank imports;
 * interpreted and raw strings; comments anywhere). It stops at the first other declaration, so
 * the rest of the file, however large or unusual, is never tokenised.
 */
public final class GoSourceScanner {
  private final String src;
  private int pos;
  private int line = 1;
  private int lineStart;

  private GoSourceScanner(String src) {
    this.src = src;
  }

  public static GoSourceFile scan(String path, String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new GoSourceScanner(s).run(path);
  }

  private GoSourceFile run(String path) {
    Optional<BuildConstraint> goBuild = Optional.empty();
    List<BuildConstraint> plusBuild = new ArrayList<>();
    // header: comments before the package clause
    while (true) {
      skipSpaceAndNewlines();
      if (startsWith("//")) {
        boolean atLineStart = src.substring(lineStart, pos).isBlank();
        String comment = readLineComment();
        if (atLineStart && goBuild.isEmpty() && isGoBuild(comment)) {
          goBuild = BuildConstraintParser.parseGoBuild(comment.substring("//go:build".length()));
        } else if (atLineStart && isPlusBuild(comment)) {
          BuildConstraintParser.parsePlusBuild(comment.substring(comment.indexOf("+build") + 6))
              .ifPresent(plusBuild::add);
        }
      } else if (startsWith("/*")) {
        if (!skipBlockComment()) {
          break;
        }
      } else {
        break;
      }
    }
    Optional<BuildConstraint> constraint = goBuild;
    if (constraint.isEmpty() && !plusBuild.isEmpty()) {
      BuildConstraint all = plusBuild.get(0);
      for (int i = 1; i < plusBuild.size(); i++) {
        all = new BuildConstraint.And(all, plusBuild.get(i));
      }
      constraint = Optional.of(all);
    }
    int pkgLine = line;
    if (!"package".equals(readIdent())) {
      return new GoSourceFile(path, "", 0, List.of(), constraint);
    }
    skipSpace();
    String pkg = readIdent();
    if (pkg == null) {
      return new GoSourceFile(path, "", 0, List.of(), constraint);
    }
    List<GoSourceFile.Import> imports = new ArrayList<>();
    while (true) {
      skipSpaceNewlinesCommentsSemicolons();
      int save = pos;
      int saveLine = line;
      int saveLineStart = lineStart;
      String kw = readIdent();
      if (!"import".equals(kw)) {
        pos = save;
        line = saveLine;
        lineStart = saveLineStart;
        break;
      }
      skipSpaceAndComments();
      if (peek() == '(') {
        pos++;
        while (true) {
          skipSpaceNewlinesCommentsSemicolons();
          if (pos >= src.length()) {
            break;
          }
          if (peek() == ')') {
            pos++;
            break;
          }
          GoSourceFile.Import imp = readImportSpec();
          if (imp == null) {
            return new GoSourceFile(path, pkg, pkgLine, imports, constraint);
          }
          imports.add(imp);
        }
      } else {
        GoSourceFile.Import imp = readImportSpec();
        if (imp == null) {
          break;
        }
        imports.add(imp);
      }
    }
    return new GoSourceFile(path, pkg, pkgLine, imports, constraint);
  }

  private static boolean isGoBuild(String comment) {
    // "//go:build" followed by space or end: go/build's isGoBuildComment
    if (!comment.startsWith("//go:build")) {
      return false;
    }
    String rest = comment.substring("//go:build".length());
    return rest.isEmpty() || rest.charAt(0) == ' ' || rest.charAt(0) == '\t';
  }

  private static boolean isPlusBuild(String comment) {
    String body = comment.substring(2).strip();
    return body.startsWith("+build") && (body.length() == 6 || Character.isWhitespace(body.charAt(6)));
  }

  /** {@code [name] "path"}, positioned at the name or the string. */
  private GoSourceFile.Import readImportSpec() {
    String name = "";
    if (peek() == '.') {
      name = ".";
      pos++;
    } else if (peek() != '"' && peek() != '`') {
      name = readIdent();
      if (name == null) {
        return null;
      }
    }
    skipSpaceAndComments();
    int l = line;
    int col = pos - lineStart + 1;
    String path = readString();
    if (path == null) {
      return null;
    }
    return new GoSourceFile.Import(path, name, l, col);
  }

  /** An interpreted or raw string literal's value, or null when none starts here. */
  private String readString() {
    char q = peek();
    if (q == '`') {
      int end = src.indexOf('`', pos + 1);
      if (end < 0) {
        return null;
      }
      String raw = src.substring(pos + 1, end);
      for (int i = pos; i < end; i++) {
        if (src.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      pos = end + 1;
      return raw.replace("\r", "");
    }
    if (q != '"') {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    int i = pos + 1;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == '"') {
        pos = i + 1;
        return sb.toString();
      }
      if (c == '\n') {
        return null;
      }
      if (c == '\\' && i + 1 < src.length()) {
        i = unescape(i + 1, sb);
        if (i < 0) {
          return null;
        }
        continue;
      }
      sb.append(c);
      i++;
    }
    return null;
  }

  /** Decodes the escape after a backslash at {@code i}; returns the index after it, or -1. */
  private int unescape(int i, StringBuilder sb) {
    char c = src.charAt(i);
    switch (c) {
      case 'a': sb.append('\u0007'); return i + 1;
      case 'b': sb.append('\b'); return i + 1;
      case 'f': sb.append('\f'); return i + 1;
      case 'n': sb.append('\n'); return i + 1;
      case 'r': sb.append('\r'); return i + 1;
      case 't': sb.append('\t'); return i + 1;
      case 'v': sb.append('\u000b'); return i + 1;
      case '\\': sb.append('\\'); return i + 1;
      case '"': sb.append('"'); return i + 1;
      case 'x': return hex(i + 1, 2, sb);
      case 'u': return hex(i + 1, 4, sb);
      case 'U': return hex(i + 1, 8, sb);
      default:
        if (c >= '0' && c <= '7' && i + 3 <= src.length()) {
          try {
            sb.append((char) Integer.parseInt(src.substring(i, i + 3), 8));
            return i + 3;
          } catch (NumberFormatException e) {
            return -1;
          }
        }
        return -1;
    }
  }

  private int hex(int i, int digits, StringBuilder sb) {
    if (i + digits > src.length()) {
      return -1;
    }
    try {
      sb.appendCodePoint(Integer.parseInt(src.substring(i, i + digits), 16));
      return i + digits;
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private String readIdent() {
    int s = pos;
    while (pos < src.length()) {
      int cp = src.codePointAt(pos);
      if (Character.isLetter(cp) || cp == '_' || (pos > s && Character.isDigit(cp))) {
        pos += Character.charCount(cp);
      } else {
        break;
      }
    }
    return pos > s ? src.substring(s, pos) : null;
  }

  private char peek() {
    return pos < src.length() ? src.charAt(pos) : '\0';
  }

  private boolean startsWith(String s) {
    return src.startsWith(s, pos);
  }

  private void skipSpace() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else {
        break;
      }
    }
  }

  private void skipSpaceAndNewlines() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        newline();
      } else if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else {
        break;
      }
    }
  }

  /** Inside a declaration: spaces, newlines and comments are all just separators here. */
  private void skipSpaceAndComments() {
    skipSpaceNewlinesCommentsSemicolons(false);
  }

  private void skipSpaceNewlinesCommentsSemicolons() {
    skipSpaceNewlinesCommentsSemicolons(true);
  }

  private void skipSpaceNewlinesCommentsSemicolons(boolean semicolons) {
    while (pos < src.length()) {
      skipSpaceAndNewlines();
      if (startsWith("//")) {
        readLineComment();
      } else if (startsWith("/*")) {
        if (!skipBlockComment()) {
          return;
        }
      } else if (semicolons && peek() == ';') {
        pos++;
      } else {
        return;
      }
    }
  }

  private void newline() {
    pos++;
    line++;
    lineStart = pos;
  }

  /** Reads a {@code //} comment up to (not including) the newline; returns its text. */
  private String readLineComment() {
    int s = pos;
    int end = src.indexOf('\n', pos);
    if (end < 0) {
      end = src.length();
    }
    pos = end;
    String text = src.substring(s, end);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  private boolean skipBlockComment() {
    int end = src.indexOf("*/", pos + 2);
    if (end < 0) {
      pos = src.length();
      return false;
    }
    for (int i = pos; i < end; i++) {
      if (src.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    pos = end + 2;
    return true;
  }
}
