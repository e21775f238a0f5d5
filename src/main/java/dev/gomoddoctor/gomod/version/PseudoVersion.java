package dev.gomoddoctor.gomod.version;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pseudo-versions (x/mod module/pseudo.go), in their three forms:
 * <ul>
 *   <li>{@code vX.0.0-yyyymmddhhmmss-abcdefabcdef} when no earlier tag exists;
 *   <li>{@code vX.Y.(Z+1)-0.yyyymmddhhmmss-abcdefabcdef} after release tag {@code vX.Y.Z};
 *   <li>{@code vX.Y.Z-pre.0.yyyymmddhhmmss-abcdefabcdef} after prerelease tag {@code vX.Y.Z-pre}.
 * </ul>
 * Any of them may carry {@code +incompatible}.
 */
public final class PseudoVersion {
  private static final Pattern PSEUDO = Pattern.compile(
      "^v[0-9]+\\.(0\\.0-|\\d+\\.\\d+-([^+]*\\.)?0\\.)\\d{14}-[A-Za-z0-9]+(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$");

  /** The three shapes a pseudo-version can take. */
  public enum Form {
    /** {@code vX.0.0-timestamp-rev}: no tag before the commit. */
    NO_BASE,
    /** {@code vX.Y.(Z+1)-0.timestamp-rev}: after a release tag. */
    AFTER_RELEASE,
    /** {@code vX.Y.Z-pre.0.timestamp-rev}: after a prerelease tag. */
    AFTER_PRERELEASE
  }

  private PseudoVersion() {}

  public static boolean isPseudoVersion(String v) {
    return countDashes(v) >= 2 && Semver.isValid(v) && PSEUDO.matcher(v).matches();
  }

  /** Which of the three forms {@code v} has, or empty when it is not a pseudo-version. */
  public static Optional<Form> form(String v) {
    if (!isPseudoVersion(v)) {
      return Optional.empty();
    }
    Matcher m = PSEUDO.matcher(v);
    m.matches();
    if (m.group(1).equals("0.0-")) {
      return Optional.of(Form.NO_BASE);
    }
    return Optional.of(m.group(2) == null ? Form.AFTER_RELEASE : Form.AFTER_PRERELEASE);
  }

  /** The 14-digit UTC timestamp {@code yyyymmddhhmmss}, or empty. */
  public static Optional<String> timestamp(String v) {
    return parts(v).map(p -> p[1]);
  }

  /** The revision (commit hash prefix), or empty. */
  public static Optional<String> revision(String v) {
    return parts(v).map(p -> p[2]);
  }

  /** [base, timestamp, revision, build] of a pseudo-version. */
  private static Optional<String[]> parts(String v) {
    if (!isPseudoVersion(v)) {
      return Optional.empty();
    }
    String build = Semver.build(v);
    String s = v.substring(0, v.length() - build.length());
    int revDash = s.lastIndexOf('-');
    String rev = s.substring(revDash + 1);
    s = s.substring(0, revDash);
    int sep = Math.max(s.lastIndexOf('-'), s.lastIndexOf('.'));
    String time = s.substring(sep + 1);
    String base = s.substring(0, sep + 1);
    return Optional.of(new String[] {base, time, rev, build});
  }

  private static int countDashes(String v) {
    int n = 0;
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) == '-') {
        n++;
      }
    }
    return n;
  }
}
