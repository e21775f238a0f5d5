package dev.gomoddoctor.goenv.model;

import dev.gomoddoctor.gomod.version.ToolchainName;
import java.util.Comparator;
import java.util.Optional;

/**
 * A Go version as the environment code uses it (a toolchain's release, an image's version).
 * Parsing and ordering are delegated to the module-files package's
 * {@link dev.gomoddoctor.gomod.version.GoVersion}, the one implementation of Go's version rules
 * ({@code 1.21 < 1.21rc1 < 1.21.0}; below 1.21 a missing patch is {@code .0}); this record adds
 * the comparisons the environment rules ask for.
 */
public record GoVersion(String major, String minor, String patch, String kind, String pre)
    implements Comparable<GoVersion> {

  public static final Comparator<GoVersion> ORDER = GoVersion::compareTo;

  /** Parses {@code 1.21.3}, {@code 1.22rc1}, {@code 1.21}; empty when Go would reject it. */
  public static Optional<GoVersion> parse(String text) {
    return dev.gomoddoctor.gomod.version.GoVersion.parse(text)
        .map(v -> new GoVersion(v.major(), v.minor(), v.patch(), v.kind(), v.pre()));
  }

  /** The version of a toolchain name ({@code go1.21.3}, {@code go1.21.1-bigcorp}), empty if none. */
  public static Optional<GoVersion> fromToolchain(String name) {
    return name == null ? Optional.empty() : ToolchainName.goVersion(name).flatMap(GoVersion::parse);
  }

  /** Compares two version strings; malformed ones sort before valid ones, as in gover. */
  public static int compare(String a, String b) {
    return dev.gomoddoctor.gomod.version.GoVersion.compare(a, b);
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
    return compare(toString(), o.toString());
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
