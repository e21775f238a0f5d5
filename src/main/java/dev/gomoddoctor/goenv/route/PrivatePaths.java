package dev.gomoddoctor.goenv.route;

import dev.gomoddoctor.goenv.parser.PrefixPatterns;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue's "private-looking path": it matches the declared private patterns
 * ({@code private:} in .gomod-doctor.yaml, GOPRIVATE syntax), or its first element is an IP
 * address, or its first element ends in a suffix no public registry sells.
 */
public final class PrivatePaths {
  private PrivatePaths() {}

  /** Suffixes reserved or conventionally used inside organisations (RFC 6762, RFC 8375, habit). */
  public static final List<String> NON_PUBLIC_SUFFIXES =
      List.of(".local", ".internal", ".corp", ".lan", ".intranet", ".home", ".home.arpa", ".localdomain");

  /** Why {@code path} looks private, or empty. */
  public static Optional<String> why(String path, List<String> declaredPatterns) {
    if (!declaredPatterns.isEmpty()) {
      String glob = PrefixPatterns.firstMatch(String.join(",", declaredPatterns), path);
      if (glob != null) {
        return Optional.of("it matches the declared private pattern " + glob);
      }
    }
    String host = firstElement(path).toLowerCase(Locale.ROOT);
    if (host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
      return Optional.of("its host " + host + " is an IP address");
    }
    for (String suffix : NON_PUBLIC_SUFFIXES) {
      if (host.endsWith(suffix) && host.length() > suffix.length()) {
        return Optional.of("its host " + host + " ends in " + suffix + ", which is not a public domain");
      }
    }
    return Optional.empty();
  }

  public static boolean isPrivateLooking(String path, List<String> declaredPatterns) {
    return why(path, declaredPatterns).isPresent();
  }

  /**
   * False for paths Go rejects before any fetch (a port, or no dot, in the first element:
   * {@code malformed module path}, GMD100's business).
   */
  public static boolean fetchable(String path) {
    String first = firstElement(path);
    return first.contains(".") && !first.contains(":");
  }

  static String firstElement(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }
}
