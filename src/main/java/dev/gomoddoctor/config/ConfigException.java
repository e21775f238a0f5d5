package dev.gomoddoctor.config;

import java.nio.file.Path;

/** A configuration file that cannot be used; the message names the file and line (exit code 2). */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(Path file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
  }
}
