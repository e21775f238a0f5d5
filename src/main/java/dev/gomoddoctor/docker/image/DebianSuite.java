package dev.gomoddoctor.docker.image;

import java.util.Locale;
import java.util.Optional;

/**
 * Debian and Ubuntu releases with the glibc version each ships, so a binary built on one can be
 * compared with the runtime it is copied into (glibc is backward- but not forward-compatible).
 *
 * @param glibc the glibc version times 100 plus minor, e.g. 236 for 2.36
 */
public record DebianSuite(String name, String distro, int glibc) {

  private static final DebianSuite[] KNOWN = {
    new DebianSuite("stretch", "debian", 224),
    new DebianSuite("buster", "debian", 228),
    new DebianSuite("bullseye", "debian", 231),
    new DebianSuite("bookworm", "debian", 236),
    new DebianSuite("trixie", "debian", 241),
    new DebianSuite("bionic", "ubuntu", 227),
    new DebianSuite("focal", "ubuntu", 231),
    new DebianSuite("jammy", "ubuntu", 235),
    new DebianSuite("noble", "ubuntu", 239),
  };

  public static Optional<DebianSuite> byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (DebianSuite s : KNOWN) {
      if (s.name.equals(n)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Debian's major release number: 9 stretch … 13 trixie. */
  public static Optional<DebianSuite> debianNumber(int n) {
    return switch (n) {
      case 9 -> byName("stretch");
      case 10 -> byName("buster");
      case 11 -> byName("bullseye");
      case 12 -> byName("bookworm");
      case 13 -> byName("trixie");
      default -> Optional.empty();
    };
  }

  /** Ubuntu's release number such as {@code 22.04}. */
  public static Optional<DebianSuite> ubuntuNumber(String v) {
    return switch (v) {
      case "18.04" -> byName("bionic");
      case "20.04" -> byName("focal");
      case "22.04" -> byName("jammy");
      case "24.04" -> byName("noble");
      default -> Optional.empty();
    };
  }

  /** {@code 2.36} as printed by {@code ldd --version}. */
  public String glibcText() {
    return (glibc / 100) + "." + (glibc % 100);
  }
}
