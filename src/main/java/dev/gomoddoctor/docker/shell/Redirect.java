package dev.gomoddoctor.docker.shell;

import java.util.Optional;

/**
 * An output or input redirection of a command.
 *
 * @param op {@code >}, {@code >>}, {@code <}, {@code <<} (here-document), {@code 2>}, …
 * @param target the file written or read (for here-documents: the delimiter)
 * @param body the here-document's text, for {@code <<}
 */
public record Redirect(String op, Word target, Optional<String> body) {

  public boolean writes() {
    return op.endsWith(">") && !op.startsWith("<") && !target.value().startsWith("&");
  }
}
