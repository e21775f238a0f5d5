package dev.gomoddoctor.gomod.version;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Go toolchain or language version ({@code 1.21}, {@code 1.21rc1}, {@code 1.21.0}) with Go's
 * own ordering, not semver's (golang/go src/internal/gover): from 1.21 on a missing patch is the
 * <em>language version</em>, which sorts before its release candidates and releases
 * ({@code 1.21 < 1.21rc1 < 1.21.0}); below 1.21 a missing patch means 0 ({@code 1.20 == 1.20.0}).
 *
 * @param major decimal
 * @param minor decimal, or {@code ""}
 * @param patch decimal, or {@code ""} (a language version from 1.21 on)
 * @param kind {@code ""}, {@code alpha}, {@code beta}, {@code rc} (any lower-case word)
 * @param pre decimal after the kind, or {@code ""}
 */
public record GoVersion(String major, String minor, String patch, String kind, String pre) {

  /**
   * What a go.mod/go.work {@code go} line must match (x/mod {@code modfile.GoVersionRE}). Go
   * 1.20 and older accepted only {@code 1.N}.
   */
  public static final Pattern GO_LINE = Pattern.compile(
      "^([1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$");

  /** What lax parsing (dependencies' go.mod) truncates to group 1 (x/mod {@code laxGoVersionRE}). */
  public static final Pattern LAX_GO_LINE = Pattern.compile(
      "^v?(([1-9][0-9]*)\\.(0|[1-9][0-9]*))([^0-9].*)$", Pattern.DOTALL);

  /** go.mod without a go line is treated as this version (cmd/go gover.DefaultGoModVersion). */
  public static final String DEFAULT_GO_MOD_VERSION = "1.16";

  /** go.work without a go line is treated as this version (cmd/go gover.DefaultGoWorkVersion). */
  public static final String DEFAULT_GO_WORK_VERSION = "1.18";

  /** Parses {@code x} (no {@code go} prefix), or empty when it is malformed. */
  public static Optional<GoVersion> parse(String x) {
    if (x == null) {
      return Optional.empty();
    }
    String[] cut = cutDecimal(x);
    if (cut == null) {
      return Optional.empty();
    }
    String major = cut[0];
    String rest = cut[1];
    if (rest.isEmpty()) {
      return Optional.of(new GoVersion(major, "0", "0", "", ""));
    }
    if (rest.charAt(0) != '.') {
      return Optional.empty();
    }
    cut = cutDecimal(rest.substring(1));
    if (cut == null) {
      return Optional.empty();
    }
    String minor = cut[0];
    rest = cut[1];
    if (rest.isEmpty()) {
      // before 1.21 a missing patch is .0; from 1.21 on it is the language version
      String patch = Semver.compareDecimal(minor, "21") < 0 ? "0" : "";
      return Optional.of(new GoVersion(major, minor, patch, "", ""));
    }
    if (rest.charAt(0) == '.') {
      cut = cutDecimal(rest.substring(1));
      if (cut == null) {
        return Optional.empty();
      }
      String patch = cut[0];
      rest = cut[1];
      if (rest.isEmpty()) {
        return Optional.of(new GoVersion(major, minor, patch, "", ""));
      }
      String[] pre = parsePrerelease(rest);
      return pre == null ? Optional.empty() : Optional.of(new GoVersion(major, minor, patch, pre[0], pre[1]));
    }
    String[] pre = parsePrerelease(rest);
    return pre == null ? Optional.empty() : Optional.of(new GoVersion(major, minor, "", pre[0], pre[1]));
  }

  public static boolean isValid(String x) {
    return parse(x).isPresent();
  }

  /**
   * Orders two Go versions; malformed versions are less than well-formed ones and equal to each
   * other.
   */
  public static int compare(String x, String y) {
    GoVersion a = parse(x).orElse(null);
    GoVersion b = parse(y).orElse(null);
    if (a == null || b == null) {
      return a == b ? 0 : (a == null ? -1 : 1);
    }
    int c = Semver.compareDecimal(a.major, b.major);
    if (c == 0) {
      c = Semver.compareDecimal(a.minor, b.minor);
    }
    if (c == 0) {
      c = Semver.compareDecimal(a.patch, b.patch);
    }
    if (c != 0) {
      return c;
    }
    c = Integer.signum(a.kind.compareTo(b.kind)); // "" < alpha < beta < rc
    if (c != 0) {
      // for a patch release a prerelease sorts before the release itself
      if (!a.patch.isEmpty()) {
        if (a.kind.isEmpty()) {
          c = 1;
        } else if (b.kind.isEmpty()) {
          c = -1;
        }
      }
      return c;
    }
    return Semver.compareDecimal(a.pre, b.pre);
  }

  /** The larger of two versions by {@link #compare}; the first when they are equal. */
  public static String max(String x, String y) {
    return compare(x, y) < 0 ? y : x;
  }

  /** {@code 1.21} for {@code 1.21.3}; {@code 1} for {@code 1.0}. */
  public static String lang(String x) {
    GoVersion v = parse(x).orElse(new GoVersion("", "", "", "", ""));
    if (v.minor.isEmpty() || v.major.equals("1") && v.minor.equals("0")) {
      return v.major;
    }
    return v.major + "." + v.minor;
  }

  /** True for a language version: no patch, no prerelease ({@code 1.21}, and {@code 1.20} as {@code 1.20.0}). */
  public static boolean isLang(String x) {
    return parse(x).map(v -> v.patch.isEmpty() && v.kind.isEmpty() && v.pre.isEmpty()).orElse(false);
  }

  /** True when {@code x} may stand on a go.mod/go.work {@code go} line (strict parsing). */
  public static boolean isValidGoLine(String x) {
    return GO_LINE.matcher(x).matches();
  }

  /**
   * What a dependency's go.mod {@code go} line means under lax parsing: the line itself when
   * valid, the {@code N.M} prefix for forms like {@code 1.22rc} or {@code v1.21-foo}, else empty.
   */
  public static Optional<String> laxGoLine(String x) {
    if (isValidGoLine(x)) {
      return Optional.of(x);
    }
    Matcher m = LAX_GO_LINE.matcher(x);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String[] parsePrerelease(String x) {
    int i = 0;
    while (i < x.length() && (x.charAt(i) < '0' || x.charAt(i) > '9')) {
      char ch = x.charAt(i);
      if (ch < 'a' || ch > 'z') {
        return null;
      }
      i++;
    }
    if (i == 0) {
      return null;
    }
    String kind = x.substring(0, i);
    String rest = x.substring(i);
    if (rest.isEmpty()) {
      return new String[] {kind, ""};
    }
    String[] cut = cutDecimal(rest);
    if (cut == null || !cut[1].isEmpty()) {
      return null;
    }
    return new String[] {kind, cut[0]};
  }

  /** The leading decimal (no unnecessary leading zero) and the rest, or null. */
  private static String[] cutDecimal(String x) {
    int i = 0;
    while (i < x.length() && x.charAt(i) >= '0' && x.charAt(i) <= '9') {
      i++;
    }
    if (i == 0 || x.charAt(0) == '0' && i != 1) {
      return null;
    }
    return new String[] {x.substring(0, i), x.substring(i)};
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(major);
    if (!minor.isEmpty()) {
      sb.append('.').append(minor);
    }
    if (!patch.isEmpty()) {
      sb.append('.').append(patch);
    }
    return sb.append(kind).append(pre).toString();
  }
}
