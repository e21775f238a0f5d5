package dev.gomoddoctor.goenv.credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code .netrc} text the way the go command does (golang/go
 * {@code cmd/go/internal/auth/netrc.go}, parseNetrc): lines split on {@code \n}, each line's
 * white-space separated words taken in pairs, an entry kept once machine, login and password
 * are all set, a {@code macdef} skipping lines up to the next empty one, and parsing stopping at
 * a {@code default} left unpaired at the end of a line. The {@code default} entry, which Go never
 * stores but git's libcurl honours, is read separately. Pure: text in, model out, never throws.
 */
public final class NetrcParser {
  private NetrcParser() {}

  public static Netrc parse(String data) {
    String[] lines = data.split("\n", -1);
    return new Netrc(goMachines(lines), curlDefault(lines));
  }

  private static List<Netrc.Entry> goMachines(String[] lines) {
    List<Netrc.Entry> machines = new ArrayList<>();
    String machine = "";
    String login = "";
    String password = "";
    int machineLine = 0;
    boolean inMacro = false;
    for (int n = 0; n < lines.length; n++) {
      if (inMacro) {
        if (lines[n].isEmpty()) {
          inMacro = false;
        }
        continue;
      }
      String[] f = fields(lines[n]);
      int i = 0;
      for (; i < f.length - 1; i += 2) {
        switch (f[i]) {
          case "machine" -> {
            machine = f[i + 1];
            login = "";
            password = "";
            machineLine = n + 1;
          }
          case "login" -> login = f[i + 1];
          case "password" -> password = f[i + 1];
          case "macdef" -> inMacro = true;
          default -> {
            // "default" inside a pair, "account" and unknown words: Go skips the pair
          }
        }
        if (!machine.isEmpty() && !login.isEmpty() && !password.isEmpty()) {
          machines.add(new Netrc.Entry(machine, login, password, machineLine));
          machine = "";
          login = "";
          password = "";
        }
      }
      if (i < f.length && f[i].equals("default")) {
        break;
      }
    }
    return machines;
  }

  /**
   * libcurl's view of the default entry: the login and password that follow the first
   * {@code default} word (outside macro bodies), up to the next {@code machine}.
   */
  private static Optional<Netrc.Entry> curlDefault(String[] lines) {
    boolean inMacro = false;
    boolean inDefault = false;
    boolean skipMacroName = false;
    int defaultLine = 0;
    String login = "";
    String password = "";
    String pendingKey = null;
    for (int n = 0; n < lines.length; n++) {
      if (inMacro) {
        if (lines[n].isEmpty()) {
          inMacro = false;
        }
        continue;
      }
      for (String w : fields(lines[n])) {
        if (skipMacroName) {
          skipMacroName = false;
          inMacro = true;
          continue;
        }
        if (pendingKey != null) {
          if (pendingKey.equals("login")) {
            login = w;
          } else {
            password = w;
          }
          pendingKey = null;
          continue;
        }
        switch (w) {
          case "default" -> {
            if (!inDefault && defaultLine == 0) {
              inDefault = true;
              defaultLine = n + 1;
            }
          }
          case "machine" -> {
            if (inDefault) {
              return Optional.of(new Netrc.Entry("", login, password, defaultLine));
            }
          }
          case "login", "password" -> {
            if (inDefault) {
              pendingKey = w;
            }
          }
          case "macdef" -> skipMacroName = true;
          default -> {
            // values of machine/account pairs outside the default entry
          }
        }
      }
      if (skipMacroName) {
        // "macdef" as the last word: the macro body starts on the next line anyway
        skipMacroName = false;
        inMacro = true;
      }
    }
    return inDefault ? Optional.of(new Netrc.Entry("", login, password, defaultLine)) : Optional.empty();
  }

  /** Go's strings.Fields for the ASCII white space .netrc files use. */
  static String[] fields(String line) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
      if (space) {
        if (start >= 0) {
          out.add(line.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      out.add(line.substring(start));
    }
    return out.toArray(new String[0]);
  }
}
