package dev.gomoddoctor.docker.image;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parsed image reference as written after {@code FROM} (after ARG expansion): registry,
 * repository path, tag and digest, following the distribution reference grammar that Docker
 * uses (a first component with a {@code .} or {@code :} or equal to {@code localhost} is a
 * registry).
 *
 * @param registry the registry host, empty for Docker Hub written without one
 * @param repository the path without registry, e.g. {@code golang}, {@code library/golang},
 *     {@code distroless/static}
 */
public record ImageRef(String raw, String registry, String repository, Optional<String> tag, Optional<String> digest) {

  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}");
  private static final Pattern PATH = Pattern.compile(
      "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*");

  /** Registries that serve Docker Hub's {@code library/} images under the same names. */
  private static final java.util.Set<String> HUB = java.util.Set.of(
      "", "docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com", "mirror.gcr.io");

  /**
   * Parses a reference; empty when it is not a valid reference (an unexpanded variable, an
   * upper-case name, stray characters).
   */
  public static Optional<ImageRef> parse(String text) {
    if (text == null || text.isEmpty() || text.contains("$")) {
      return Optional.empty();
    }
    String rest = text;
    Optional<String> digest = Optional.empty();
    int at = rest.indexOf('@');
    if (at >= 0) {
      String d = rest.substring(at + 1);
      if (!DIGEST.matcher(d).matches()) {
        return Optional.empty();
      }
      digest = Optional.of(d);
      rest = rest.substring(0, at);
    }
    Optional<String> tag = Optional.empty();
    int lastSlash = rest.lastIndexOf('/');
    int colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
      String t = rest.substring(colon + 1);
      if (!TAG.matcher(t).matches()) {
        return Optional.empty();
      }
      tag = Optional.of(t);
      rest = rest.substring(0, colon);
    }
    String registry = "";
    int slash = rest.indexOf('/');
    if (slash > 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first.toLowerCase(Locale.ROOT);
        rest = rest.substring(slash + 1);
      }
    }
    if (!PATH.matcher(rest).matches()) {
      return Optional.empty();
    }
    return Optional.of(new ImageRef(text, registry, rest, tag, digest));
  }

  /**
   * The Docker Official Image name ({@code golang}, {@code alpine}) when this reference names one
   * on Docker Hub or a known mirror of its {@code library/} namespace; empty otherwise.
   */
  public Optional<String> officialName() {
    String path = repository;
    if (registry.equals("public.ecr.aws")) {
      if (!path.startsWith("docker/library/")) {
        return Optional.empty();
      }
      path = path.substring("docker/library/".length());
    } else if (HUB.contains(registry)) {
      if (path.startsWith("library/")) {
        path = path.substring("library/".length());
      }
    } else {
      return Optional.empty();
    }
    return path.contains("/") ? Optional.empty() : Optional.of(path);
  }

  /** True for the official golang image under any of its spellings. */
  public boolean isOfficialGolang() {
    return officialName().filter("golang"::equals).isPresent();
  }

  /** The last path component: {@code static} for {@code gcr.io/distroless/static}. */
  public String lastComponent() {
    int s = repository.lastIndexOf('/');
    return s < 0 ? repository : repository.substring(s + 1);
  }

  public boolean hasDigest() {
    return digest.isPresent();
  }

  /** The tag, or {@code latest} when neither a tag nor a digest was written (Docker's default). */
  public Optional<String> effectiveTag() {
    if (tag.isPresent()) {
      return tag;
    }
    return digest.isPresent() ? Optional.empty() : Optional.of("latest");
  }
}
