package dev.gomoddoctor.docker.model;

import java.util.List;

/**
 * One instruction as BuildKit's parser sees it (before typed parsing), with its lines.
 *
 * @param keyword the instruction word as written (case kept; BuildKit matches it case-insensitively)
 * @param flags the {@code --name=value} words before the arguments, quotes removed
 * @param args the argument nodes as BuildKit's line parser splits them (ENV/LABEL as key, value,
 *     separator triples)
 * @param subCommand the instruction inside an ONBUILD, else null
 * @param json whether the arguments were a JSON array (exec form)
 * @param original the logical line after joining continuations
 * @param startLine first physical line (1-based); {@code endLine} includes heredoc bodies
 * @param column the 1-based column of the keyword on its first line
 * @param comments the comment lines just before the instruction
 */
public record AstNode(
    String keyword,
    List<String> flags,
    List<String> args,
    AstNode subCommand,
    boolean json,
    String original,
    int startLine,
    int endLine,
    int column,
    List<Heredoc> heredocs,
    List<String> comments) {

  public AstNode {
    flags = List.copyOf(flags);
    args = List.copyOf(args);
    heredocs = List.copyOf(heredocs);
    comments = List.copyOf(comments);
  }

  /** The keyword in lower case, as BuildKit dispatches on it. */
  public String command() {
    return keyword.toLowerCase(java.util.Locale.ROOT);
  }

  /** Same node at other lines (the parser fixes lines after heredocs are read). */
  public AstNode withLines(int start, int end, List<Heredoc> docs) {
    return new AstNode(keyword, flags, args, subCommand, json, original, start, end, column, docs, comments);
  }
}
