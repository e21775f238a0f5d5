package dev.gomoddoctor.docker.shell;

import java.util.Optional;

/**
 * An output or input redirection of a command.
 *
 * @param op {@code >}, {@code >>}, {@code <}, {@code <<} (here-document), {@code 2>}, …
 * @param target the file written or read (for here-documents: the delimiter)
 * @param body the here-document's text, for {@code <<}
 * @param bodyLine 0-based line of the here-document's first body line in the script, -1 when none
 */
public record Redirect(String op, Word target, Optional<String> body, int bodyLine) {

  public Redirect(String op, Word target, Optional<String> body) {
    this(op, target, body, -1);
  }

  /** A here-document fed to the command's standard input ({@code <<}, {@code <<-}, {@code 0<<}). */
  public boolean isStdinHeredoc() {
    return body.isPresent() && (op.equals("<<") || op.equals("<<-") || op.equals("0<<") || op.equals("0<<-"));
  }

  public boolean writes() {
    return op.endsWith(">") && !op.startsWith("<") && !target.value().startsWith("&");
  }
}
