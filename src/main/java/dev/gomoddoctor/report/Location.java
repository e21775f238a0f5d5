package dev.gomoddoctor.report;

import java.util.Objects;

/**
 * Where a finding points: a path relative to the scan root with {@code /} separators, and a
 * 1-based line and column. Zero means "unknown" for line, column and the optional end.
 */
public record Location(String path, int line, int column, int endLine, int endColumn)
    implements Comparable<Location> {

  public Location {
    Objects.requireNonNull(path, "path");
    if (path.contains("\\")) {
      path = path.replace('\\', '/');
    }
    if (line < 0 || column < 0 || endLine < 0 || endColumn < 0) {
      throw new IllegalArgumentException("negative position in " + path);
    }
  }

  /** The whole file, no line known. */
  public static Location file(String path) {
    return new Location(path, 0, 0, 0, 0);
  }

  public static Location line(String path, int line) {
    return new Location(path, line, line > 0 ? 1 : 0, 0, 0);
  }

  public static Location at(String path, int line, int column) {
    return new Location(path, line, column, 0, 0);
  }

  public static Location span(String path, int line, int column, int endLine, int endColumn) {
    return new Location(path, line, column, endLine, endColumn);
  }

  public boolean hasLine() {
    return line > 0;
  }

  public boolean hasEnd() {
    return endLine > 0;
  }

  /** {@code path:line:col} as compilers print it, leaving out what is unknown. */
  public String display() {
    StringBuilder sb = new StringBuilder(path);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }

  @Override
  public int compareTo(Location o) {
    int c = path.compareTo(o.path);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }
}
