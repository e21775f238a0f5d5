package dev.gomoddoctor.gomod.version;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Go's string quoting rules ({@code strconv.Quote}, {@code strconv.QuoteRune},
 * {@code strconv.Unquote}) and its notion of printable and space runes ({@code unicode.IsPrint},
 * {@code unicode.IsSpace}). Error messages quote paths and versions with {@code %q}, so the
 * doctor needs the same escapes to print what Go prints.
 */
public final class GoQuoting {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoQuoting() {}

  /** Go's {@code %q} of a string: double quotes, Go escapes for what is not printable. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(r -> appendEscaped(sb, r, '"'));
    return sb.append('"').toString();
  }

  /** Go's {@code %q} of a rune: single quotes, Go escapes for what is not printable. */
  public static String quoteRune(int r) {
    StringBuilder sb = new StringBuilder("'");
    appendEscaped(sb, r, '\'');
    return sb.append('\'').toString();
  }

  private static void appendEscaped(StringBuilder sb, int r, char quote) {
    if (r == quote || r == '\\') {
      sb.append('\\').appendCodePoint(r);
      return;
    }
    if (isPrint(r)) {
      sb.appendCodePoint(r);
      return;
    }
    switch (r) {
      case 0x07 -> sb.append("\\a");
      case '\b' -> sb.append("\\b");
      case '\f' -> sb.append("\\f");
      case '\n' -> sb.append("\\n");
      case '\r' -> sb.append("\\r");
      case '\t' -> sb.append("\\t");
      case 0x0b -> sb.append("\\v");
      default -> {
        if (r < ' ' || r == 0x7f) {
          sb.append("\\x").append(HEX[(r >> 4) & 0xf]).append(HEX[r & 0xf]);
        } else if (r < 0x10000) {
          sb.append("\\u");
          for (int shift = 12; shift >= 0; shift -= 4) {
            sb.append(HEX[(r >> shift) & 0xf]);
          }
        } else {
          sb.append("\\U");
          for (int shift = 28; shift >= 0; shift -= 4) {
            sb.append(HEX[(r >> shift) & 0xf]);
          }
        }
      }
    }
  }

  /**
   * Go's {@code strconv.Unquote} for a double-quoted token (quotes included), or empty when Go
   * reports {@code invalid syntax}. Backquoted tokens are not handled here: go.mod rejects them.
   */
  public static Optional<String> unquoteDoubleQuoted(String token) {
    if (token.length() < 2 || token.charAt(0) != '"' || token.charAt(token.length() - 1) != '"') {
      return Optional.empty();
    }
    String body = token.substring(1, token.length() - 1);
    if (body.indexOf('\\') < 0) {
      return body.indexOf('"') >= 0 || body.indexOf('\n') >= 0 ? Optional.empty() : Optional.of(body);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
    int i = 0;
    while (i < body.length()) {
      int c = body.codePointAt(i);
      if (c == '"' || c == '\n') {
        return Optional.empty();
      }
      if (c != '\\') {
        writeUtf8(out, c);
        i += Character.charCount(c);
        continue;
      }
      if (i + 1 >= body.length()) {
        return Optional.empty();
      }
      char e = body.charAt(i + 1);
      i += 2;
      switch (e) {
        case 'a' -> out.write(0x07);
        case 'b' -> out.write('\b');
        case 'f' -> out.write('\f');
        case 'n' -> out.write('\n');
        case 'r' -> out.write('\r');
        case 't' -> out.write('\t');
        case 'v' -> out.write(0x0b);
        case '\\' -> out.write('\\');
        case '"' -> out.write('"');
        case 'x', 'u', 'U' -> {
          int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          if (i + n > body.length()) {
            return Optional.empty();
          }
          long v = 0;
          for (int k = 0; k < n; k++) {
            int d = Character.digit(body.charAt(i + k), 16);
            if (d < 0) {
              return Optional.empty();
            }
            v = v << 4 | d;
          }
          i += n;
          if (e == 'x') {
            out.write((int) v); // a raw byte, as in Go
          } else {
            if (v > 0x10FFFF || v >= 0xD800 && v < 0xE000) {
              return Optional.empty();
            }
            writeUtf8(out, (int) v);
          }
        }
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          if (i + 2 > body.length()) {
            return Optional.empty();
          }
          int v = e - '0';
          for (int k = 0; k < 2; k++) {
            int d = body.charAt(i + k) - '0';
            if (d < 0 || d > 7) {
              return Optional.empty();
            }
            v = v << 3 | d;
          }
          if (v > 255) {
            return Optional.empty();
          }
          i += 2;
          out.write(v);
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.of(new String(out.toByteArray(), StandardCharsets.UTF_8));
  }

  private static void writeUtf8(ByteArrayOutputStream out, int cp) {
    byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
    out.write(b, 0, b.length);
  }

  /**
   * Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII
   * space; no other spaces and no control or format characters.
   */
  public static boolean isPrint(int r) {
    if (r == ' ') {
      return true;
    }
    switch (Character.getType(r)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER,
          Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Go's {@code unicode.IsSpace}: ASCII white space, U+0085, U+00A0 and Unicode White_Space. */
  public static boolean isSpace(int r) {
    if (r <= 0xFF) {
      return r == ' ' || r >= '\t' && r <= '\r' || r == 0x85 || r == 0xA0;
    }
    return r == 0x1680 || r >= 0x2000 && r <= 0x200a || r == 0x2028 || r == 0x2029
        || r == 0x202f || r == 0x205f || r == 0x3000;
  }
}
