package dev.gomoddoctor.goenv.parser;

/** GO111MODULE ({@code modload/init.go}): "" and {@code on} mean module mode, {@code auto}, {@code off}. */
public enum Go111Module {
  UNSET,
  ON,
  AUTO,
  OFF,
  /** Any other value: every go command that loads modules fails. */
  INVALID;

  public static Go111Module parse(String value) {
    return switch (value) {
      case "" -> UNSET;
      case "on" -> ON;
      case "auto" -> AUTO;
      case "off" -> OFF;
      default -> INVALID;
    };
  }

  /** Since Go 1.16 module mode is the default; auto enables it whenever a go.mod is found. */
  public boolean modulesWithGoMod() {
    return this != OFF && this != INVALID;
  }

  /** What Go prints for this value, "" when it prints nothing. */
  public static String error(String value) {
    return switch (parse(value)) {
      case INVALID -> "go: unknown environment setting GO111MODULE=" + value;
      case OFF -> "go: modules disabled by GO111MODULE=off; see 'go help modules'";
      default -> "";
    };
  }
}
