package dev.gomoddoctor.gomod.model;

/**
 * A place in a go.mod or go.work file: 1-based line and 1-based column counted in runes (a tab
 * is one), as the go command counts them.
 */
public record Position(int line, int column) {

  public static final Position NONE = new Position(0, 0);

  /** The {@code LINE} or {@code LINE:COL} part of Go's error prefix (the column only when past 1). */
  public String goSuffix() {
    if (column > 1) {
      return line + ":" + column;
    }
    return line > 0 ? Integer.toString(line) : "";
  }
}
