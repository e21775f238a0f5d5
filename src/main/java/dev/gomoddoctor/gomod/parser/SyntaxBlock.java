package dev.gomoddoctor.gomod.parser;

import java.util.List;

/**
 * A parenthesised block: {@code require ( ... )}.
 *
 * @param keywords the tokens before {@code (}; one for every block Go accepts
 * @param before whole-line comments above the block
 * @param suffix end-of-line comments that belong to the block itself (only a one-line {@code ( )})
 * @param lparenSuffix end-of-line comments after {@code (}
 * @param rparenBefore comments between the last line and {@code )}
 */
public record SyntaxBlock(
    SourcePosition start, List<String> keywords, SourcePosition lparen, List<SyntaxLine> lines,
    SourcePosition rparen, List<SyntaxComment> before, List<SyntaxComment> suffix,
    List<SyntaxComment> lparenSuffix, List<SyntaxComment> rparenBefore) implements SyntaxStatement {

  public SyntaxBlock {
    keywords = List.copyOf(keywords);
    lines = List.copyOf(lines);
    before = List.copyOf(before);
    suffix = List.copyOf(suffix);
    lparenSuffix = List.copyOf(lparenSuffix);
    rparenBefore = List.copyOf(rparenBefore);
  }
}
