package dev.gomoddoctor.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Writes JSON the way Go's {@code json.MarshalIndent(v, "", "\t")} does, so that
 * {@code inspect --format json} can be diffed byte for byte against {@code go mod edit -json}:
 * tab indentation, {@code "key": value}, {@code <}, {@code >} and {@code &} escaped as
 * backslash-u-003c style sequences, control characters likewise (lower-case hex) except
 * newline, carriage return and tab. Only this class touches Jackson, so text output never loads it.
 */
final class GoStyleJson {
  private GoStyleJson() {}

  static String write(Object document) {
    DefaultIndenter tabs = new DefaultIndenter("\t", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEntrySpacing(Separators.Spacing.NONE)
        .withArrayValueSpacing(Separators.Spacing.NONE)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(separators)
        .withObjectIndenter(tabs)
        .withArrayIndenter(tabs);
    ObjectMapper mapper = new ObjectMapper();
    mapper.getFactory().setCharacterEscapes(new GoEscapes());
    ObjectWriter writer = mapper.writer(printer);
    try {
      return writer.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** The escapes of Go's encoding/json (with HTML escaping on, its default). */
  private static final class GoEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    GoEscapes() {
      for (int c = 0; c < 0x20; c++) {
        if (c != '\n' && c != '\r' && c != '\t') {
          ascii[c] = ESCAPE_CUSTOM;
        }
      }
      ascii['<'] = ESCAPE_CUSTOM;
      ascii['>'] = ESCAPE_CUSTOM;
      ascii['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
