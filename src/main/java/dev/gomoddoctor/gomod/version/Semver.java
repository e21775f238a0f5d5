package dev.gomoddoctor.gomod.version;

import java.util.Optional;

/**
 * Semantic versions as the go command reads them (golang.org/x/mod/semver): a leading {@code v},
 * decimal numbers without leading zeros, the shorthands {@code v1} and {@code v1.2} (only without
 * prerelease or build), dot-separated prerelease and build identifiers.
 *
 * @param major decimal string, e.g. {@code "1"}
 * @param minor decimal string ({@code "0"} when the shorthand left it out)
 * @param patch decimal string ({@code "0"} when the shorthand left it out)
 * @param shorthand what the shorthand left out: {@code ""}, {@code ".0"} or {@code ".0.0"}
 * @param prerelease {@code ""} or {@code -identifiers}
 * @param build {@code ""} or {@code +identifiers}
 */
public record Semver(String major, String minor, String patch, String shorthand, String prerelease, String build) {

  /** Parses {@code v}, or empty when it is not a valid semantic version. */
  public static Optional<Semver> parse(String v) {
    if (v == null || v.isEmpty() || v.charAt(0) != 'v') {
      return Optional.empty();
    }
    Cursor c = new Cursor(v, 1);
    String major = c.decimal();
    if (major == null) {
      return Optional.empty();
    }
    if (c.atEnd()) {
      return Optional.of(new Semver(major, "0", "0", ".0.0", "", ""));
    }
    if (!c.take('.')) {
      return Optional.empty();
    }
    String minor = c.decimal();
    if (minor == null) {
      return Optional.empty();
    }
    if (c.atEnd()) {
      return Optional.of(new Semver(major, minor, "0", ".0", "", ""));
    }
    if (!c.take('.')) {
      return Optional.empty();
    }
    String patch = c.decimal();
    if (patch == null) {
      return Optional.empty();
    }
    String prerelease = "";
    if (c.peek() == '-') {
      prerelease = c.identifiers('-', true);
      if (prerelease == null) {
        return Optional.empty();
      }
    }
    String build = "";
    if (c.peek() == '+') {
      build = c.identifiers('+', false);
      if (build == null) {
        return Optional.empty();
      }
    }
    if (!c.atEnd()) {
      return Optional.empty();
    }
    return Optional.of(new Semver(major, minor, patch, "", prerelease, build));
  }

  public static boolean isValid(String v) {
    return parse(v).isPresent();
  }

  /**
   * The canonical form: shorthands filled with {@code .0}, build metadata dropped
   * ({@code v1.2 -> v1.2.0}, {@code v1.2.3+meta -> v1.2.3}); {@code ""} when invalid.
   */
  public static String canonical(String v) {
    Optional<Semver> p = parse(v);
    if (p.isEmpty()) {
      return "";
    }
    Semver s = p.get();
    if (!s.build.isEmpty()) {
      return v.substring(0, v.length() - s.build.length());
    }
    return v + s.shorthand;
  }

  /** {@code v2} for {@code v2.1.0}; {@code ""} when invalid. */
  public static String major(String v) {
    return parse(v).map(s -> "v" + s.major).orElse("");
  }

  /** {@code v2.1} for {@code v2.1.0}; {@code ""} when invalid. */
  public static String majorMinor(String v) {
    return parse(v).map(s -> "v" + s.major + "." + s.minor).orElse("");
  }

  /** {@code -pre.1} of {@code v1.2.3-pre.1+b}; {@code ""} when none or invalid. */
  public static String prerelease(String v) {
    return parse(v).map(Semver::prerelease).orElse("");
  }

  /** {@code +b} of {@code v1.2.3-pre.1+b}; {@code ""} when none or invalid. */
  public static String build(String v) {
    return parse(v).map(Semver::build).orElse("");
  }

  /**
   * Orders two versions; an invalid version is less than every valid one and equal to every
   * other invalid one. Build metadata is ignored.
   */
  public static int compare(String v, String w) {
    Optional<Semver> pv = parse(v);
    Optional<Semver> pw = parse(w);
    if (pv.isEmpty() && pw.isEmpty()) {
      return 0;
    }
    if (pv.isEmpty()) {
      return -1;
    }
    if (pw.isEmpty()) {
      return 1;
    }
    Semver a = pv.get();
    Semver b = pw.get();
    int c = compareDecimal(a.major, b.major);
    if (c == 0) {
      c = compareDecimal(a.minor, b.minor);
    }
    if (c == 0) {
      c = compareDecimal(a.patch, b.patch);
    }
    return c != 0 ? c : comparePrerelease(a.prerelease, b.prerelease);
  }

  /** The larger of two versions by {@link #compare}; the first when equal. */
  public static String max(String v, String w) {
    if (!isValid(v) && !isValid(w)) {
      return "";
    }
    return compare(v, w) >= 0 ? v : w;
  }

  /**
   * Compares decimal strings without leading zeros by value (no overflow); {@code ""} sorts
   * before every number, as Go's {@code CmpInt} does.
   */
  public static int compareDecimal(String x, String y) {
    if (x.equals(y)) {
      return 0;
    }
    if (x.length() != y.length()) {
      return x.length() < y.length() ? -1 : 1;
    }
    return x.compareTo(y) < 0 ? -1 : 1;
  }

  private static int comparePrerelease(String x, String y) {
    if (x.equals(y)) {
      return 0;
    }
    if (x.isEmpty()) {
      return 1;
    }
    if (y.isEmpty()) {
      return -1;
    }
    String[] xs = x.substring(1).split("\\.", -1);
    String[] ys = y.substring(1).split("\\.", -1);
    for (int i = 0; i < xs.length && i < ys.length; i++) {
      String a = xs[i];
      String b = ys[i];
      if (a.equals(b)) {
        continue;
      }
      boolean an = isNumeric(a);
      boolean bn = isNumeric(b);
      if (an != bn) {
        return an ? -1 : 1;
      }
      if (an) {
        return compareDecimal(a, b);
      }
      return a.compareTo(b) < 0 ? -1 : 1;
    }
    return Integer.compare(xs.length, ys.length);
  }

  private static boolean isNumeric(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdentifierChar(char ch) {
    return ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '-';
  }

  /** A reading position in a version string. */
  private static final class Cursor {
    private final String s;
    private int i;

    Cursor(String s, int i) {
      this.s = s;
      this.i = i;
    }

    boolean atEnd() {
      return i >= s.length();
    }

    char peek() {
      return atEnd() ? 0 : s.charAt(i);
    }

    boolean take(char ch) {
      if (peek() == ch) {
        i++;
        return true;
      }
      return false;
    }

    /** A decimal without a leading zero (except {@code 0} itself), or null. */
    String decimal() {
      int start = i;
      while (!atEnd() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == start || s.charAt(start) == '0' && i - start > 1) {
        return null;
      }
      return s.substring(start, i);
    }

    /** {@code -a.b} or {@code +a.b} up to the next {@code +} (prerelease) or the end; null if bad. */
    String identifiers(char lead, boolean prerelease) {
      int start = i;
      i++; // the lead character
      int idStart = i;
      while (!atEnd() && !(prerelease && s.charAt(i) == '+')) {
        char ch = s.charAt(i);
        if (ch == '.') {
          if (!validIdentifier(idStart, i, prerelease)) {
            return null;
          }
          idStart = i + 1;
        } else if (!isIdentifierChar(ch)) {
          return null;
        }
        i++;
      }
      if (!validIdentifier(idStart, i, prerelease)) {
        return null;
      }
      return s.substring(start, i);
    }

    private boolean validIdentifier(int from, int to, boolean prerelease) {
      if (from == to) {
        return false;
      }
      // numeric prerelease identifiers must not have leading zeros; build identifiers may
      return !(prerelease && isNumeric(s.substring(from, to)) && s.charAt(from) == '0' && to - from > 1);
    }
  }
}
