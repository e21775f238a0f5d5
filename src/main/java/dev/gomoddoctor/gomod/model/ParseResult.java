package dev.gomoddoctor.gomod.model;

import java.util.List;

/**
 * What parsing one go.mod or go.work gave: the file as far as it could be understood, and every
 * error the go command would report. Go itself rejects the whole file when {@code errors} is not
 * empty; the model keeps the directives that were valid so that other checks can still run.
 *
 * @param syntaxValid false after a lexer or block error (Go stops there, so the model is empty)
 */
public record ParseResult<T>(T file, List<ModFileError> errors, boolean syntaxValid) {

  public ParseResult {
    errors = List.copyOf(errors);
  }

  /** True when the go command accepts the file. */
  public boolean ok() {
    return errors.isEmpty();
  }

  /** Go's error text, one error per line, as printed after {@code errors parsing go.mod:}. */
  public String goErrorText() {
    StringBuilder sb = new StringBuilder();
    for (ModFileError e : errors) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(e.goMessage());
    }
    return sb.toString();
  }
}
