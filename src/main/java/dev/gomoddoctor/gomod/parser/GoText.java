package dev.gomoddoctor.gomod.parser;

import java.util.ArrayList;
import java.util.List;

/** Small helpers that reproduce Go's text functions where the go command relies on them. */
final class GoText {
  private GoText() {}

  /** Go's {@code unicode.IsSpace}: Latin-1 spaces including NEL and NBSP, then Unicode White_Space. */
  static boolean isSpace(int cp) {
    if (cp < 0x100) {
      return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 || cp == 0xA0;
    }
    return Character.isSpaceChar(cp);
  }

  /** Go's {@code strings.Fields} over {@code text[start, end)}. */
  static List<String> fields(String text, int start, int end) {
    List<String> out = new ArrayList<>(3);
    int i = start;
    while (i < end) {
      int cp = text.codePointAt(i);
      if (isSpace(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int s = i;
      while (i < end) {
        cp = text.codePointAt(i);
        if (isSpace(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      out.add(text.substring(s, i));
    }
    return out;
  }

  static List<String> fields(String line) {
    return fields(line, 0, line.length());
  }
}
