package dev.gomoddoctor.gomod.parser;

import java.util.List;

/** A top-level statement of a go.mod/go.work syntax tree. */
public sealed interface SyntaxStatement permits SyntaxLine, SyntaxBlock, SyntaxCommentBlock {

  SourcePosition start();

  /** Whole-line comments directly above the statement. */
  List<SyntaxComment> before();
}
