package dev.gomoddoctor.docker.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides the exec (JSON) form the way BuildKit does with Go's {@code json.Unmarshal} into
 * {@code []interface{}}: the whole text must be valid JSON and an array; an array holding
 * anything but strings is an error, anything else invalid means "not JSON, use the shell form".
 */
final class GoJsonArray {
  /** Thrown for a valid JSON array with a non-string element. */
  static final class NotStringArray extends Exception {
    private static final long serialVersionUID = 1L;

    NotStringArray() {
      super("when using JSON array syntax, arrays must be comprised of strings only");
    }
  }

  private final String s;
  private int pos;

  private GoJsonArray(String s) {
    this.s = s;
  }

  /** The strings of the array, or null when the text is not a valid JSON array. */
  static List<String> parse(String text) throws NotStringArray {
    GoJsonArray p = new GoJsonArray(text);
    Object v;
    try {
      p.ws();
      v = p.value();
      p.ws();
      if (p.pos != p.s.length()) {
        return null;
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (!(v instanceof List<?> list)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String str)) {
        throw new NotStringArray();
      }
      out.add(str);
    }
    return out;
  }

  private void ws() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else {
        break;
      }
    }
  }

  private IllegalArgumentException bad() {
    return new IllegalArgumentException("invalid JSON at " + pos);
  }

  private Object value() {
    if (pos >= s.length()) {
      throw bad();
    }
    char c = s.charAt(pos);
    switch (c) {
      case '[' -> {
        pos++;
        List<Object> list = new ArrayList<>();
        ws();
        if (pos < s.length() && s.charAt(pos) == ']') {
          pos++;
          return list;
        }
        while (true) {
          ws();
          list.add(value());
          ws();
          if (pos >= s.length()) {
            throw bad();
          }
          char d = s.charAt(pos++);
          if (d == ']') {
            return list;
          }
          if (d != ',') {
            throw bad();
          }
        }
      }
      case '{' -> {
        pos++;
        ws();
        if (pos < s.length() && s.charAt(pos) == '}') {
          pos++;
          return new Object();
        }
        while (true) {
          ws();
          if (pos >= s.length() || s.charAt(pos) != '"') {
            throw bad();
          }
          string();
          ws();
          if (pos >= s.length() || s.charAt(pos++) != ':') {
            throw bad();
          }
          ws();
          value();
          ws();
          if (pos >= s.length()) {
            throw bad();
          }
          char d = s.charAt(pos++);
          if (d == '}') {
            return new Object();
          }
          if (d != ',') {
            throw bad();
          }
        }
      }
      case '"' -> {
        return string();
      }
      case 't' -> {
        literal("true");
        return Boolean.TRUE;
      }
      case 'f' -> {
        literal("false");
        return Boolean.FALSE;
      }
      case 'n' -> {
        literal("null");
        return new Object();
      }
      default -> {
        number();
        return 0;
      }
    }
  }

  private void literal(String word) {
    if (!s.startsWith(word, pos)) {
      throw bad();
    }
    pos += word.length();
  }

  private void number() {
    int start = pos;
    if (pos < s.length() && s.charAt(pos) == '-') {
      pos++;
    }
    if (pos >= s.length()) {
      throw bad();
    }
    if (s.charAt(pos) == '0') {
      pos++;
    } else if (s.charAt(pos) >= '1' && s.charAt(pos) <= '9') {
      digits();
    } else {
      throw bad();
    }
    if (pos < s.length() && s.charAt(pos) == '.') {
      pos++;
      if (digits() == 0) {
        throw bad();
      }
    }
    if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
      pos++;
      if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
        pos++;
      }
      if (digits() == 0) {
        throw bad();
      }
    }
    if (pos == start) {
      throw bad();
    }
  }

  private int digits() {
    int n = 0;
    while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
      pos++;
      n++;
    }
    return n;
  }

  private String string() {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= s.length()) {
        throw bad();
      }
      char c = s.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        throw bad();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= s.length()) {
        throw bad();
      }
      char e = s.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          int cp = hex4();
          if (Character.isHighSurrogate((char) cp)) {
            if (s.startsWith("\\u", pos)) {
              int save = pos;
              pos += 2;
              int lo = hex4();
              if (Character.isLowSurrogate((char) lo)) {
                sb.append((char) cp).append((char) lo);
                continue;
              }
              pos = save;
            }
            sb.append('\uFFFD');
          } else if (Character.isLowSurrogate((char) cp)) {
            sb.append('\uFFFD');
          } else {
            sb.append((char) cp);
          }
        }
        default -> throw bad();
      }
    }
  }

  private int hex4() {
    if (pos + 4 > s.length()) {
      throw bad();
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(s.charAt(pos++), 16);
      if (d < 0) {
        throw bad();
      }
      v = v * 16 + d;
    }
    return v;
  }
}
