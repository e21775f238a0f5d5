package dev.gomoddoctor.docker.image;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tag of the official golang image, read with the grammar docker-library/golang publishes:
 * {@code <version>[-<variant>]} or a bare variant, where version is {@code 1}, {@code 1.22},
 * {@code 1.22.5}, {@code 1.23rc1}, {@code rc}, {@code tip[-YYYYMMDD]} or {@code latest}, and the
 * variant is a Debian suite, {@code alpine[3.20]} or a Windows variant.
 *
 * @param goVersion the Go version the tag names ({@code 1.22}, {@code 1.22.5}, {@code 1.23rc1}),
 *     empty when the tag names none
 * @param precision how much of the version is pinned
 * @param variant the OS family of the image
 * @param variantVersion the suite name ({@code bookworm}) or Alpine version ({@code 3.20}) when
 *     written
 */
public record GolangTag(
    String tag, Optional<String> goVersion, Precision precision, Variant variant, Optional<String> variantVersion) {

  /** How much of the Go version a tag pins. */
  public enum Precision {
    /** {@code latest}, {@code alpine}, {@code bookworm}, {@code tip}, {@code rc}: no version. */
    NONE,
    /** {@code 1}, {@code 1-alpine}: only the major version. */
    MAJOR,
    /** {@code 1.22}: floats to the newest patch of the minor. */
    MINOR,
    /** {@code 1.22.5}, {@code 1.23rc1}: one release. */
    EXACT
  }

  /** The OS family the image is built on. */
  public enum Variant {
    DEBIAN,
    ALPINE,
    WINDOWS
  }

  private static final Pattern VERSION = Pattern.compile("(1(?:\\.\\d+(?:\\.\\d+)?)?)((?:rc|beta)\\d+)?");
  private static final Pattern ALPINE = Pattern.compile("alpine(\\d+\\.\\d+)?");

  /** Parses a tag; empty when it follows none of the published shapes. */
  public static Optional<GolangTag> parse(String tag) {
    String t = tag.toLowerCase(Locale.ROOT);
    String head = t;
    String tail = "";
    int dash = t.indexOf('-');
    if (dash >= 0) {
      head = t.substring(0, dash);
      tail = t.substring(dash + 1);
    }
    // tip-20240101[-variant]: a dated snapshot of the development branch
    if (head.equals("tip") && tail.matches("\\d{8}(-.*)?")) {
      int d2 = tail.indexOf('-');
      tail = d2 < 0 ? "" : tail.substring(d2 + 1);
    }
    Optional<Variant> fromHead = variantOf(head);
    if (fromHead.isPresent() && tail.isEmpty()) {
      return Optional.of(new GolangTag(tag, Optional.empty(), Precision.NONE, fromHead.get(), variantVersion(head)));
    }
    if (fromHead.isPresent() && fromHead.get() == Variant.WINDOWS) {
      return Optional.of(new GolangTag(tag, Optional.empty(), Precision.NONE, Variant.WINDOWS, Optional.empty()));
    }
    Variant variant = Variant.DEBIAN;
    Optional<String> variantVersion = Optional.empty();
    if (!tail.isEmpty()) {
      Optional<Variant> v = variantOf(tail);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      variant = v.get();
      variantVersion = variantVersion(tail);
    }
    if (head.equals("latest") || head.equals("tip") || head.equals("rc")) {
      if (head.equals("latest") && !tail.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new GolangTag(tag, Optional.empty(), Precision.NONE, variant, variantVersion));
    }
    Matcher m = VERSION.matcher(head);
    if (!m.matches()) {
      return Optional.empty();
    }
    String num = m.group(1);
    int dots = num.length() - num.replace(".", "").length();
    Precision p;
    if (m.group(2) != null) {
      p = Precision.EXACT;
    } else {
      p = switch (dots) {
        case 0 -> Precision.MAJOR;
        case 1 -> Precision.MINOR;
        default -> Precision.EXACT;
      };
    }
    return Optional.of(new GolangTag(tag, Optional.of(head), p, variant, variantVersion));
  }

  private static Optional<Variant> variantOf(String word) {
    if (ALPINE.matcher(word).matches()) {
      return Optional.of(Variant.ALPINE);
    }
    if (DebianSuite.byName(word).filter(s -> s.distro().equals("debian")).isPresent()) {
      return Optional.of(Variant.DEBIAN);
    }
    if (word.startsWith("windowsservercore") || word.startsWith("nanoserver")) {
      return Optional.of(Variant.WINDOWS);
    }
    return Optional.empty();
  }

  private static Optional<String> variantVersion(String word) {
    Matcher m = ALPINE.matcher(word);
    if (m.matches()) {
      return Optional.ofNullable(m.group(1));
    }
    if (DebianSuite.byName(word).isPresent()) {
      return Optional.of(word);
    }
    return Optional.empty();
  }

  /** The {@code major.minor} language version of the tag ({@code 1.22} for {@code 1.22.5}). */
  public Optional<String> languageVersion() {
    return goVersion.flatMap(v -> {
      Matcher m = Pattern.compile("1\\.(\\d+)").matcher(v);
      return m.lookingAt() ? Optional.of("1." + m.group(1)) : Optional.empty();
    });
  }

  /** Minor version number ({@code 22} for {@code 1.22.5}), or -1 when unknown. */
  public int minor() {
    return languageVersion().map(v -> Integer.parseInt(v.substring(2))).orElse(-1);
  }

  public boolean isAlpine() {
    return variant == Variant.ALPINE;
  }

  /** True when the tag pins no Go minor version (GMD406). */
  public boolean isUnpinned() {
    return precision == Precision.NONE || precision == Precision.MAJOR;
  }

  /**
   * The Debian suite the image is built on: the written one, else the oldest suite the official
   * image used as default for this Go minor (a lower bound: floating tags are rebuilt on newer
   * suites, never older).
   */
  public Optional<DebianSuite> debianSuiteLowerBound() {
    if (variant != Variant.DEBIAN) {
      return Optional.empty();
    }
    if (variantVersion.isPresent()) {
      return DebianSuite.byName(variantVersion.get());
    }
    int minor = minor();
    if (minor >= 21) {
      return DebianSuite.byName("bookworm");
    }
    if (minor >= 16) {
      return DebianSuite.byName("bullseye");
    }
    return Optional.empty();
  }

  /** True when the suite was written in the tag (so it is exact, not a lower bound). */
  public boolean suiteIsExplicit() {
    return variant == Variant.DEBIAN && variantVersion.isPresent();
  }
}
