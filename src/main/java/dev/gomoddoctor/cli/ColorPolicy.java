package dev.gomoddoctor.cli;

import java.util.Map;

/** Colour only on a terminal, never with {@code --no-color}, {@code NO_COLOR} or {@code TERM=dumb}. */
final class ColorPolicy {
  private ColorPolicy() {}

  static boolean useColor(boolean noColorFlag, Map<String, String> env, boolean stdoutIsTerminal) {
    if (noColorFlag) {
      return false;
    }
    String noColor = env.get("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return false;
    }
    if ("dumb".equals(env.get("TERM"))) {
      return false;
    }
    return stdoutIsTerminal;
  }
}
