package dev.gomoddoctor.goenv.model;

import java.util.Comparator;
import java.util.Optional;

/**
 * A Go version as the go command orders them ({@code internal/gover}): {@code 1.21 < 1.21rc1 <
 * 1.21.0}, and below 1.21 a missing patch is {@code .0} ({@code 1.20 == 1.20.0}). Written from
 * the behaviour described in the reference, not ported.
 *
 * @param major major number
 * @param minor minor number, or empty string when absent ("1")
 * @param patch patch number, or empty string when absent ("1.21")
 * @param kind "alpha", "beta", "rc" or "" for a release
 * @param pre the number after the kind, or ""
 */
public record GoVersion(String major, String minor, String patch, String kind, String pre)
    implements Comparable<GoVersion> {

  /** Go's version ordering; used wherever two Go versions are compared. */
  public static final Comparator<GoVersion> ORDER = GoVersion::compareParts;

  /** Parses {@code 1.21.3}, {@code 1.22rc1}, {@code 1.21}; empty when Go would reject it. */
  public static Optional<GoVersion> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    int[] pos = {0};
    String major = number(text, pos);
    if (major == null) {
      return Optional.empty();
    }
    if (pos[0] == text.length()) {
      return Optional.of(new GoVersion(major, "0", "0", "", ""));
    }
    if (text.charAt(pos[0]) != '.') {
      return Optional.empty();
    }
    pos[0]++;
    String minor = number(text, pos);
    if (minor == null) {
      return Optional.empty();
    }
    if (pos[0] == text.length()) {
      // a language version such as 1.21; below 1.21 it is the .0 release
      boolean old = cmpInt(minor, "21") < 0;
      return Optional.of(new GoVersion(major, minor, old ? "0" : "", "", ""));
    }
    String patch = "";
    if (text.charAt(pos[0]) == '.') {
      pos[0]++;
      patch = number(text, pos);
      if (patch == null) {
        return Optional.empty();
      }
      // prereleases of patch releases (1.21.3rc1) do not exist
      return pos[0] == text.length() ? Optional.of(new GoVersion(major, minor, patch, "", "")) : Optional.empty();
    }
    int k = pos[0];
    while (pos[0] < text.length() && text.charAt(pos[0]) >= 'a' && text.charAt(pos[0]) <= 'z') {
      pos[0]++;
    }
    if (pos[0] == k) {
      return Optional.empty();
    }
    String kind = text.substring(k, pos[0]);
    String pre = "";
    if (pos[0] < text.length()) {
      pre = number(text, pos);
      if (pre == null || pos[0] != text.length()) {
        return Optional.empty();
      }
    }
    return Optional.of(new GoVersion(major, minor, patch, kind, pre));
  }

  /** The version of a toolchain name ({@code go1.21.3}, {@code go1.21.1-bigcorp}), empty if none. */
  public static Optional<GoVersion> fromToolchain(String name) {
    if (name == null || name.contains("/") || name.contains("\\") || !name.startsWith("go")) {
      return Optional.empty();
    }
    String rest = name.substring(2);
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == ' ' || c == '\t' || c == '-') {
        rest = rest.substring(0, i);
        break;
      }
    }
    return parse(rest);
  }

  /** Compares two version strings; malformed ones sort before valid ones, as in gover. */
  public static int compare(String a, String b) {
    Optional<GoVersion> x = parse(a);
    Optional<GoVersion> y = parse(b);
    if (x.isEmpty() || y.isEmpty()) {
      return Boolean.compare(x.isPresent(), y.isPresent());
    }
    return x.get().compareTo(y.get());
  }

  /** True when this version is at least {@code other} (e.g. {@code atLeast("1.21")}). */
  public boolean atLeast(String other) {
    return parse(other).map(o -> compareTo(o) >= 0).orElse(true);
  }

  /** The language version, e.g. 1.21 for 1.21.3. */
  public String lang() {
    return major + "." + minor;
  }

  @Override
  public int compareTo(GoVersion o) {
    return compareParts(this, o);
  }

  private static int compareParts(GoVersion a, GoVersion b) {
    int c = cmpInt(a.major, b.major);
    if (c != 0) {
      return c;
    }
    c = cmpInt(a.minor, b.minor);
    if (c != 0) {
      return c;
    }
    c = cmpInt(a.patch, b.patch);
    if (c != 0) {
      return c;
    }
    // "" < alpha < beta < rc; a prerelease has no patch, so 1.21rc1 < 1.21.0 came from the patch
    c = a.kind.compareTo(b.kind);
    if (c != 0) {
      return c;
    }
    return cmpInt(a.pre, b.pre);
  }

  /** Numeric comparison of decimal strings without leading zeros; "" sorts first. */
  private static int cmpInt(String x, String y) {
    if (x.equals(y)) {
      return 0;
    }
    if (x.isEmpty() || y.isEmpty()) {
      return x.isEmpty() ? -1 : 1;
    }
    if (x.length() != y.length()) {
      return Integer.compare(x.length(), y.length());
    }
    return x.compareTo(y);
  }

  private static String number(String s, int[] pos) {
    int start = pos[0];
    while (pos[0] < s.length() && Character.isDigit(s.charAt(pos[0])) && s.charAt(pos[0]) < 128) {
      pos[0]++;
    }
    if (pos[0] == start || (s.charAt(start) == '0' && pos[0] - start > 1)) {
      return null;
    }
    return s.substring(start, pos[0]);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(major).append('.').append(minor);
    if (!patch.isEmpty()) {
      sb.append('.').append(patch);
    }
    return sb.append(kind).append(pre).toString();
  }
}
