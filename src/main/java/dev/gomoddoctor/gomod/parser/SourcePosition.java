package dev.gomoddoctor.gomod.parser;

import dev.gomoddoctor.gomod.model.Position;

/**
 * A position in the source: 1-based line, 1-based rune column, and the 0-based rune offset from
 * the start of the file (used to order comments against syntax).
 */
public record SourcePosition(int line, int column, int offset) {

  public Position toPosition() {
    return new Position(line, column);
  }

  /** The position one rune further on the same line. */
  SourcePosition next() {
    return new SourcePosition(line, column + 1, offset + 1);
  }
}
