package dev.gomoddoctor.gomod.version;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Toolchain names as in go.mod {@code toolchain} lines and GOTOOLCHAIN: {@code go1.21.0},
 * {@code go1.21rc1}, optionally with a custom suffix ({@code go1.21.1-bigcorp}), or
 * {@code default} (cmd/go internal/gover/toolchain.go, x/mod modfile.ToolchainRE).
 */
public final class ToolchainName {
  /** What x/mod accepts on a {@code toolchain} line; deliberately loose for forward compatibility. */
  public static final Pattern TOOLCHAIN_LINE = Pattern.compile("^default$|^go1($|\\.)");

  private ToolchainName() {}

  /** True when x/mod's parser accepts {@code name} on a toolchain line. */
  public static boolean isValidToolchainLine(String name) {
    return TOOLCHAIN_LINE.matcher(name).find();
  }

  /**
   * The Go version a toolchain name denotes ({@code go1.21.1-bigcorp -> 1.21.1}), or empty when
   * it is not a toolchain name ({@code default}, paths, malformed versions).
   */
  public static Optional<String> goVersion(String name) {
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || !name.startsWith("go")) {
      return Optional.empty();
    }
    String v = name.substring(2);
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch == ' ' || ch == '\t' || ch == '-') {
        v = v.substring(0, i);
        break;
      }
    }
    return GoVersion.isValid(v) ? Optional.of(v) : Optional.empty();
  }

  /**
   * True for names like {@code go1.22}: a language version from 1.21 on, which the go command
   * refuses to switch to ("is a language version but not a toolchain version").
   */
  public static boolean isLanguageVersionOnly(String name) {
    return goVersion(name)
        .map(v -> GoVersion.isLang(v) && GoVersion.compare(v, "1.21") >= 0)
        .orElse(false);
  }

  /** The standard toolchain name for a Go version: {@code 1.21.0 -> go1.21.0}. */
  public static String forVersion(String goVersion) {
    return "go" + goVersion;
  }
}
