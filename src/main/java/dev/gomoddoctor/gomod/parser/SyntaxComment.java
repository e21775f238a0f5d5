package dev.gomoddoctor.gomod.parser;

/**
 * A {@code //} comment, its text without the trailing newline. Inside blocks an empty text
 * stands for a blank line between comments, as in x/mod.
 */
public record SyntaxComment(SourcePosition start, String text) {

  public boolean isBlankLine() {
    return text.isEmpty();
  }
}
