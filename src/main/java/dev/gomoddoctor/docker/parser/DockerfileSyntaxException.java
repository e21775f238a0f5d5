package dev.gomoddoctor.docker.parser;

/**
 * The file does not parse as BuildKit parses it. The message is BuildKit's own wording
 * (e.g. {@code unknown instruction: RUNN}); lines are 1-based, 0 when unknown.
 */
public final class DockerfileSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int startLine;
  private final int endLine;

  public DockerfileSyntaxException(String message, int startLine, int endLine) {
    super(message);
    this.startLine = startLine;
    this.endLine = Math.max(startLine, endLine);
  }

  public int startLine() {
    return startLine;
  }

  public int endLine() {
    return endLine;
  }

  /** As {@code docker build} prints it: {@code dockerfile parse error on line N: ...}. */
  public String buildkitMessage() {
    return "dockerfile parse error on line " + startLine + ": " + getMessage();
  }
}
