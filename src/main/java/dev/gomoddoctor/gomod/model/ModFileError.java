package dev.gomoddoctor.gomod.model;

/**
 * One error the go command reports for a go.mod or go.work file, in x/mod's
 * {@code modfile.Error} shape: printed as {@code file:LINE[:COL]: [verb [path]: ]message}.
 *
 * @param fileName the file name as it was given to the parser (Go prints it as given)
 * @param position where Go points: the directive's first token, or the lexer's position
 * @param verb the directive ({@code require}) when Go names it, else {@code ""}
 * @param modulePath the module path when Go names it (needs a verb), else {@code ""}
 * @param message Go's text after the prefixes
 * @param kind what sort of problem it is, so rules can pick the ones they report
 */
public record ModFileError(
    String fileName, Position position, String verb, String modulePath, String message, Kind kind) {

  /** Groups of errors, for routing to rules. */
  public enum Kind {
    /** Lexer and block structure errors: Go stops at the first one. */
    SYNTAX,
    /** A directive with wrong arguments, quoting, version or path. */
    DIRECTIVE,
    /** A {@code go} line whose version does not have Go's form. */
    GO_VERSION,
    /** A {@code toolchain} line whose name does not have Go's form. */
    TOOLCHAIN
  }

  public ModFileError {
    verb = verb == null ? "" : verb;
    modulePath = modulePath == null ? "" : modulePath;
  }

  public int line() {
    return position.line();
  }

  public int column() {
    return position.column();
  }

  /** The text after the position: {@code require example.com/m: version "x" invalid: ...}. */
  public String text() {
    if (!modulePath.isEmpty()) {
      return verb + " " + modulePath + ": " + message;
    }
    if (!verb.isEmpty()) {
      return verb + ": " + message;
    }
    return message;
  }

  /** The whole line as the go command prints it: {@code go.mod:5:2: require ...}. */
  public String goMessage() {
    String pos;
    if (position.column() > 1) {
      pos = fileName + ":" + position.line() + ":" + position.column() + ": ";
    } else if (position.line() > 0) {
      pos = fileName + ":" + position.line() + ": ";
    } else if (!fileName.isEmpty()) {
      pos = fileName + ": ";
    } else {
      pos = "";
    }
    return pos + text();
  }

  @Override
  public String toString() {
    return goMessage();
  }
}
