package dev.gomoddoctor.gomod.parser;

import java.util.List;

/** Whole-line comments that are not attached to a statement (separated by a blank line, or at the end). */
public record SyntaxCommentBlock(SourcePosition start, List<SyntaxComment> before) implements SyntaxStatement {

  public SyntaxCommentBlock {
    before = List.copyOf(before);
  }
}
