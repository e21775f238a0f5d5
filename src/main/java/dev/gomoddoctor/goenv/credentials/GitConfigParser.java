package dev.gomoddoctor.goenv.credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads git config text (git's {@code config.c}: sections {@code [name]},
 * {@code [name "sub"]} and the old {@code [name.sub]}, {@code name = value} with quotes,
 * escapes, {@code #}/{@code ;} comments and backslash-newline continuations). Pure and lenient:
 * a line git would reject is skipped, because the doctor only needs the settings git would
 * still see in a valid file.
 */
public final class GitConfigParser {
  private GitConfigParser() {}

  public static List<GitConfigEntry> parse(String source, String text) {
    List<GitConfigEntry> out = new ArrayList<>();
    String section = null;
    Optional<String> sub = Optional.empty();
    int pos = 0;
    int line = 1;
    int n = text.length();
    while (pos < n) {
      int lineStart = line;
      // skip leading white space on this line
      while (pos < n && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t' || text.charAt(pos) == '\r')) {
        pos++;
      }
      if (pos >= n) {
        break;
      }
      char c = text.charAt(pos);
      if (c == '\n') {
        pos++;
        line++;
        continue;
      }
      if (c == '#' || c == ';') {
        pos = endOfLine(text, pos);
        continue;
      }
      if (c == '[') {
        Header h = parseHeader(text, pos + 1);
        if (h == null) {
          section = null;
          pos = endOfLine(text, pos);
          continue;
        }
        section = h.section;
        sub = h.sub;
        pos = h.end;
        continue; // the rest of the line may hold a variable (git allows "[core] bare = true")
      }
      if (!Character.isLetter(c) || section == null) {
        pos = endOfLine(text, pos);
        continue;
      }
      int nameStart = pos;
      while (pos < n && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '-')) {
        pos++;
      }
      String name = text.substring(nameStart, pos).toLowerCase(Locale.ROOT);
      while (pos < n && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
        pos++;
      }
      if (pos >= n || text.charAt(pos) == '\n' || text.charAt(pos) == '\r'
          || text.charAt(pos) == '#' || text.charAt(pos) == ';') {
        out.add(new GitConfigEntry(source, lineStart, section, sub, name, ""));
        pos = endOfLine(text, pos);
        continue;
      }
      if (text.charAt(pos) != '=') {
        pos = endOfLine(text, pos);
        continue;
      }
      pos++;
      StringBuilder value = new StringBuilder();
      boolean quoted = false;
      int pendingSpace = 0;
      boolean started = false;
      while (pos < n) {
        char v = text.charAt(pos);
        if (v == '\n') {
          break;
        }
        if (!quoted && (v == '#' || v == ';')) {
          pos = endOfLine(text, pos);
          break;
        }
        if (v == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n') {
          pos++;
          continue;
        }
        if (!quoted && (v == ' ' || v == '\t')) {
          if (started) {
            pendingSpace++;
          }
          pos++;
          continue;
        }
        if (pendingSpace > 0) {
          value.append(" ".repeat(pendingSpace));
          pendingSpace = 0;
        }
        if (v == '"') {
          quoted = !quoted;
          started = true;
          pos++;
          continue;
        }
        if (v == '\\' && pos + 1 < n) {
          char e = text.charAt(pos + 1);
          pos += 2;
          switch (e) {
            case '\n' -> {
              line++;
              continue; // continuation line
            }
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'b' -> {
              if (value.length() > 0) {
                value.setLength(value.length() - 1);
              }
            }
            case '"', '\\' -> value.append(e);
            default -> value.append(e);
          }
          started = true;
          continue;
        }
        value.append(v);
        started = true;
        pos++;
      }
      out.add(new GitConfigEntry(source, lineStart, section, sub, name, value.toString()));
    }
    return out;
  }

  private record Header(String section, Optional<String> sub, int end) {}

  /** Parses after '[' up to and including ']'; null when git would reject the header. */
  private static Header parseHeader(String text, int pos) {
    int n = text.length();
    int start = pos;
    while (pos < n && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '-'
        || text.charAt(pos) == '.')) {
      pos++;
    }
    String name = text.substring(start, pos);
    if (name.isEmpty() || pos >= n) {
      return null;
    }
    if (text.charAt(pos) == ']') {
      int dot = name.indexOf('.');
      if (dot >= 0) {
        // deprecated [section.subsection]: the subsection is lower-cased by git
        return new Header(name.substring(0, dot).toLowerCase(Locale.ROOT),
            Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT)), pos + 1);
      }
      return new Header(name.toLowerCase(Locale.ROOT), Optional.empty(), pos + 1);
    }
    if (text.charAt(pos) != ' ' && text.charAt(pos) != '\t') {
      return null;
    }
    while (pos < n && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
    if (pos >= n || text.charAt(pos) != '"') {
      return null;
    }
    pos++;
    StringBuilder sub = new StringBuilder();
    while (pos < n && text.charAt(pos) != '"') {
      char c = text.charAt(pos);
      if (c == '\n') {
        return null;
      }
      if (c == '\\' && pos + 1 < n) {
        pos++;
        c = text.charAt(pos);
      }
      sub.append(c);
      pos++;
    }
    if (pos + 1 >= n || text.charAt(pos + 1) != ']') {
      return null;
    }
    return new Header(name.toLowerCase(Locale.ROOT), Optional.of(sub.toString()), pos + 2);
  }

  private static int endOfLine(String text, int pos) {
    int eol = text.indexOf('\n', pos);
    return eol < 0 ? text.length() : eol;
  }
}
