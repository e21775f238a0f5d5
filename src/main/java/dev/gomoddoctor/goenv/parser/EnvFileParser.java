package dev.gomoddoctor.goenv.parser;

import dev.gomoddoctor.goenv.model.EnvFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Go env file exactly as {@code cfg.readEnvFile} does: split on {@code \n} only; a line
 * counts when it contains {@code =} and its first byte is {@code A}–{@code Z}; the key is
 * everything before the first {@code =} and the value everything after, untrimmed (a trailing
 * {@code \r} from a CRLF file stays in the value). Also notes the skipped lines that look like
 * settings, for GMD209.
 */
public final class EnvFileParser {
  private EnvFileParser() {}

  public static EnvFile parse(String path, String text) {
    List<EnvFile.Entry> entries = new ArrayList<>();
    List<EnvFile.IgnoredLine> ignored = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int lineNo = i + 1;
      int eq = line.indexOf('=');
      char first = line.isEmpty() ? 0 : line.charAt(0);
      if (eq >= 0 && first >= 'A' && first <= 'Z') {
        entries.add(new EnvFile.Entry(lineNo, line.substring(0, eq), line.substring(eq + 1)));
        continue;
      }
      String why = whyIgnored(line, eq);
      if (!why.isEmpty()) {
        ignored.add(new EnvFile.IgnoredLine(lineNo, line, why));
      }
    }
    return new EnvFile(path, entries, ignored, "");
  }

  /** An env file that exists but could not be read (Go ignores it without a word). */
  public static EnvFile unreadable(String path, String why) {
    return new EnvFile(path, List.of(), List.of(), why.isEmpty() ? "unreadable" : why);
  }

  /** Why Go skips a line that looks like a setting; "" for blank lines and {@code #} comments. */
  private static String whyIgnored(String line, int eq) {
    String stripped = line.strip();
    if (stripped.isEmpty() || stripped.startsWith("#")) {
      return "";
    }
    if (eq < 0) {
      return "has no '='";
    }
    char first = line.charAt(0);
    if (Character.isWhitespace(first)) {
      return "starts with white space";
    }
    if (stripped.startsWith("export ") || stripped.startsWith("export\t")) {
      return "starts with 'export' (the file is not a shell script)";
    }
    if (first >= 'a' && first <= 'z') {
      return "starts with a lower-case letter";
    }
    return "does not start with a letter A-Z";
  }
}
