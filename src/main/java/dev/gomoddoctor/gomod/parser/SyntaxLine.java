package dev.gomoddoctor.gomod.parser;

import java.util.List;

/**
 * One line of tokens: a top-level statement ({@code require example.com/m v1.0.0}) or a line
 * inside a block ({@code example.com/m v1.0.0}, {@code inBlock} true). Token texts keep their
 * quotes.
 *
 * @param before whole-line comments above it (blank-line markers included inside blocks)
 * @param suffix end-of-line comments after it
 */
public record SyntaxLine(
    SourcePosition start, SourcePosition end, List<String> tokens, boolean inBlock,
    List<SyntaxComment> before, List<SyntaxComment> suffix) implements SyntaxStatement {

  public SyntaxLine {
    tokens = List.copyOf(tokens);
    before = List.copyOf(before);
    suffix = List.copyOf(suffix);
  }
}
