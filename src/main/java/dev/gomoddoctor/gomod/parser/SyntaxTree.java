package dev.gomoddoctor.gomod.parser;

import java.util.List;

/** The syntax of a go.mod or go.work file: statements with their comments, before any meaning is given to them. */
public record SyntaxTree(String fileName, List<SyntaxStatement> statements) {

  public SyntaxTree {
    statements = List.copyOf(statements);
  }
}
