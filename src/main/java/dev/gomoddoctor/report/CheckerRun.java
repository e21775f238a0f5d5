package dev.gomoddoctor.report;

/** How one checker's run went, for the summary and the JSON {@code checkers} array. */
public record CheckerRun(String name, Status status, long millis, String detail) {

  public enum Status {
    OK,
    FAILED,
    SKIPPED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public CheckerRun {
    detail = detail == null ? "" : detail;
  }
}
