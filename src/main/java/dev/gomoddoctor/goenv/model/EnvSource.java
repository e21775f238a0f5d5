package dev.gomoddoctor.goenv.model;

/**
 * Where an effective Go setting came from: the process environment, a line of the user's GOENV
 * file, {@code $GOROOT/go.env}, or the go command's built-in default.
 *
 * @param path the file for GOENV_FILE and GOROOT_GO_ENV, else ""
 * @param line the 1-based line in that file, else 0
 * @param detail for defaults, what the default was derived from (e.g. "GOPRIVATE"), else ""
 */
public record EnvSource(Kind kind, String path, int line, String detail) {

  public enum Kind {
    ENVIRONMENT("environment"),
    GOENV_FILE("GOENV file"),
    GOROOT_GO_ENV("GOROOT/go.env"),
    DEFAULT("default");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public EnvSource {
    path = path == null ? "" : path;
    detail = detail == null ? "" : detail;
  }

  public static EnvSource environment() {
    return new EnvSource(Kind.ENVIRONMENT, "", 0, "");
  }

  public static EnvSource envFile(String path, int line) {
    return new EnvSource(Kind.GOENV_FILE, path, line, "");
  }

  public static EnvSource gorootGoEnv(String path, int line) {
    return new EnvSource(Kind.GOROOT_GO_ENV, path, line, "");
  }

  public static EnvSource byDefault() {
    return new EnvSource(Kind.DEFAULT, "", 0, "");
  }

  public static EnvSource byDefault(String detail) {
    return new EnvSource(Kind.DEFAULT, "", 0, detail);
  }

  /** {@code environment}, {@code GOENV file /home/u/.config/go/env:3}, {@code GOROOT/go.env}, {@code default}. */
  public String display() {
    return switch (kind) {
      case ENVIRONMENT -> "environment";
      case GOENV_FILE -> "GOENV file " + path + (line > 0 ? ":" + line : "");
      case GOROOT_GO_ENV -> "GOROOT/go.env";
      case DEFAULT -> detail.isEmpty() ? "default" : "default (" + detail + ")";
    };
  }
}
