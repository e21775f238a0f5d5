package dev.gomoddoctor.gomod.version;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Module, import and file path validity and major-version suffixes, as x/mod's
 * {@code module} package judges them, plus {@code modfile.IsDirectoryPath}. Checks return the
 * error text Go prints ({@code malformed module path "x": missing dot in first path element}),
 * or empty when the path is valid.
 */
public final class ModulePaths {
  private static final Set<String> WINDOWS_RESERVED = Set.of(
      "CON", "PRN", "AUX", "NUL",
      "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
      "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  /** The path's prefix and its major-version suffix ({@code /v2}, {@code .v1} or {@code ""}). */
  public record PathMajor(String prefix, String pathMajor) {}

  private ModulePaths() {}

  /**
   * The module-path rules (x/mod {@code module.CheckPath}): an import path whose first element
   * is a lower-case domain-like name with a dot, and a valid major-version suffix.
   */
  public static Optional<String> checkPath(String path) {
    Optional<String> common = checkCommon(path, false);
    if (common.isPresent()) {
      return Optional.of(malformed("module", path, common.get()));
    }
    int i = path.indexOf('/');
    if (i < 0) {
      i = path.length();
    }
    if (i == 0) {
      return Optional.of(malformed("module", path, "leading slash"));
    }
    String first = path.substring(0, i);
    if (first.indexOf('.') < 0) {
      return Optional.of(malformed("module", path, "missing dot in first path element"));
    }
    if (path.charAt(0) == '-') {
      return Optional.of(malformed("module", path, "leading dash in first path element"));
    }
    for (int k = 0; k < first.length(); ) {
      int r = first.codePointAt(k);
      if (!(r == '-' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z')) {
        return Optional.of(malformed("module", path,
            "invalid char " + GoQuoting.quoteRune(r) + " in first path element"));
      }
      k += Character.charCount(r);
    }
    if (splitPathVersion(path).isEmpty()) {
      return Optional.of(malformed("module", path, "invalid version"));
    }
    return Optional.empty();
  }

  /**
   * True when {@code path} fails the module-path rules only because its first element has no
   * dot (monorepo-style {@code gitserver/team/lib}): Go accepts that wherever it never fetches.
   */
  public static boolean failsOnlyForMissingDot(String path) {
    Optional<String> err = checkPath(path);
    if (err.isEmpty() || !err.get().endsWith(": missing dot in first path element")) {
      return false;
    }
    // the checks after the dot check must pass too
    int i = path.indexOf('/');
    String first = i < 0 ? path : path.substring(0, i);
    for (int k = 0; k < first.length(); k++) {
      char r = first.charAt(k);
      if (!(r == '-' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z')) {
        return false;
      }
    }
    return path.charAt(0) != '-' && splitPathVersion(path).isPresent();
  }

  /** The import-path rules (x/mod {@code module.CheckImportPath}); the main module's path needs only these. */
  public static Optional<String> checkImportPath(String path) {
    return checkCommon(path, false).map(why -> malformed("import", path, why));
  }

  /** The file-path rules (x/mod {@code module.CheckFilePath}). */
  public static Optional<String> checkFilePath(String path) {
    return checkCommon(path, true).map(why -> malformed("file", path, why));
  }

  private static String malformed(String kind, String path, String why) {
    return "malformed " + kind + " path " + GoQuoting.quote(path) + ": " + why;
  }

  private static Optional<String> checkCommon(String path, boolean fileName) {
    if (path.isEmpty()) {
      return Optional.of("empty string");
    }
    if (path.indexOf('\uFFFD') >= 0) {
      // the text was decoded with replacement characters: the bytes were not UTF-8
      return Optional.of("invalid UTF-8");
    }
    if (path.charAt(0) == '-' && !fileName) {
      return Optional.of("leading dash");
    }
    if (path.contains("//")) {
      return Optional.of("double slash");
    }
    if (path.charAt(path.length() - 1) == '/') {
      return Optional.of("trailing slash");
    }
    int start = 0;
    for (int i = 0; i <= path.length(); i++) {
      if (i == path.length() || path.charAt(i) == '/') {
        Optional<String> err = checkElement(path.substring(start, i), fileName);
        if (err.isPresent()) {
          return err;
        }
        start = i + 1;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> checkElement(String elem, boolean fileName) {
    if (elem.isEmpty()) {
      return Optional.of("empty path element");
    }
    if (elem.chars().allMatch(c -> c == '.')) {
      return Optional.of("invalid path element " + GoQuoting.quote(elem));
    }
    if (elem.charAt(0) == '.' && !fileName) {
      return Optional.of("leading dot in path element");
    }
    if (elem.charAt(elem.length() - 1) == '.') {
      return Optional.of("trailing dot in path element");
    }
    for (int k = 0; k < elem.length(); ) {
      int r = elem.codePointAt(k);
      if (!(fileName ? fileNameOk(r) : importPathOk(r))) {
        return Optional.of("invalid char " + GoQuoting.quoteRune(r));
      }
      k += Character.charCount(r);
    }
    int dot = elem.indexOf('.');
    String shortName = dot < 0 ? elem : elem.substring(0, dot);
    if (WINDOWS_RESERVED.contains(shortName.toUpperCase(Locale.ROOT))) {
      return Optional.of(GoQuoting.quote(shortName) + " disallowed as path element component on Windows");
    }
    if (!fileName) {
      // Windows short names (PROGRA~1) end in a tilde and digits
      int tilde = shortName.lastIndexOf('~');
      if (tilde >= 0 && tilde < shortName.length() - 1
          && shortName.substring(tilde + 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Optional.of("trailing tilde and digits in path element");
      }
    }
    return Optional.empty();
  }

  private static boolean importPathOk(int r) {
    return r == '+' || r == '-' || r == '.' || r == '_' || r == '~'
        || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z';
  }

  private static boolean fileNameOk(int r) {
    if (r < 0x80) {
      return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'
          || "!#$%&()+,-.=@[]^_{}~ ".indexOf(r) >= 0;
    }
    return Character.isLetter(r);
  }

  /**
   * Splits {@code example.com/m/v2} into {@code example.com/m} and {@code /v2}
   * ({@code gopkg.in/yaml.v2} into {@code gopkg.in/yaml} and {@code .v2}); a path without suffix
   * gives {@code (path, "")}. Empty when the suffix is malformed ({@code /v1}, {@code /v1.2},
   * {@code /v01}, a gopkg.in path without {@code .vN}).
   */
  public static Optional<PathMajor> splitPathVersion(String path) {
    if (path.startsWith("gopkg.in/")) {
      return splitGopkgIn(path);
    }
    int i = path.length();
    boolean dot = false;
    while (i > 0 && (path.charAt(i - 1) >= '0' && path.charAt(i - 1) <= '9' || path.charAt(i - 1) == '.')) {
      if (path.charAt(i - 1) == '.') {
        dot = true;
      }
      i--;
    }
    if (i <= 1 || i == path.length() || path.charAt(i - 1) != 'v' || path.charAt(i - 2) != '/') {
      return Optional.of(new PathMajor(path, ""));
    }
    String prefix = path.substring(0, i - 2);
    String pathMajor = path.substring(i - 2);
    if (dot || pathMajor.length() <= 2 || pathMajor.charAt(2) == '0' || pathMajor.equals("/v1")) {
      return Optional.empty();
    }
    return Optional.of(new PathMajor(prefix, pathMajor));
  }

  private static Optional<PathMajor> splitGopkgIn(String path) {
    int i = path.length();
    if (path.endsWith("-unstable")) {
      i -= "-unstable".length();
    }
    while (i > 0 && path.charAt(i - 1) >= '0' && path.charAt(i - 1) <= '9') {
      i--;
    }
    if (i <= 1 || path.charAt(i - 1) != 'v' || path.charAt(i - 2) != '.') {
      return Optional.empty();
    }
    String prefix = path.substring(0, i - 2);
    String pathMajor = path.substring(i - 2);
    if (pathMajor.length() <= 2 || pathMajor.charAt(2) == '0' && !pathMajor.equals(".v0")) {
      return Optional.empty();
    }
    return Optional.of(new PathMajor(prefix, pathMajor));
  }

  /**
   * Whether version {@code v} fits the path's major-version suffix (x/mod
   * {@code module.CheckPathMajor}); returns Go's {@code version "v2.0.0" invalid: should be v0
   * or v1, not v2} text when it does not.
   */
  public static Optional<String> checkPathMajor(String v, String pathMajor) {
    String pm = pathMajor;
    if (pm.startsWith(".v") && pm.endsWith("-unstable")) {
      pm = pm.substring(0, pm.length() - "-unstable".length());
    }
    if (v.startsWith("v0.0.0-") && pm.equals(".v1")) {
      // an old pseudo-version bug for gopkg.in .v1 paths that Go still accepts
      return Optional.empty();
    }
    String m = Semver.major(v);
    String want;
    if (pm.isEmpty()) {
      if (m.equals("v0") || m.equals("v1") || Semver.build(v).equals("+incompatible")) {
        return Optional.empty();
      }
      want = "v0 or v1";
    } else if (pm.charAt(0) == '/' || pm.charAt(0) == '.') {
      if (m.equals(pm.substring(1))) {
        return Optional.empty();
      }
      want = pm.substring(1);
    } else {
      want = pm;
    }
    return Optional.of(invalidVersion(v, "should be " + want + ", not " + m));
  }

  /**
   * Go's {@code InvalidVersionError} text: {@code version "x" invalid: why}. (Go says
   * {@code pseudo-version} only where a caller flags it, which go.mod parsing never does.)
   */
  public static String invalidVersion(String v, String why) {
    return "version " + GoQuoting.quote(v) + " invalid: " + why;
  }

  /**
   * x/mod {@code module.CanonicalVersion}: {@link Semver#canonical} that keeps an
   * {@code +incompatible} build suffix; {@code ""} when invalid.
   */
  public static String canonicalVersion(String v) {
    String cv = Semver.canonical(v);
    if (Semver.build(v).equals("+incompatible")) {
      cv += "+incompatible";
    }
    return cv;
  }

  /**
   * x/mod {@code modfile.IsDirectoryPath}: a {@code replace} target or {@code use} path that
   * names a directory: {@code .}, {@code ..}, {@code ./}, {@code ../} (also with backslashes), a
   * rooted path, or a drive letter. Checked for every OS's syntax, as go.mod files travel.
   */
  public static boolean isDirectoryPath(String ns) {
    return ns.equals(".") || ns.startsWith("./") || ns.startsWith(".\\")
        || ns.equals("..") || ns.startsWith("../") || ns.startsWith("..\\")
        || ns.startsWith("/") || ns.startsWith("\\")
        || ns.length() >= 2 && isAsciiLetter(ns.charAt(0)) && ns.charAt(1) == ':';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
