package dev.gomoddoctor.docker.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The little the stage model needs to know about base images: the official golang image's
 * WORKDIR and ENV (docker-library/golang Dockerfile-linux.template). Everything else is unknown
 * ({@code /}, root, no ENV). Tag-level knowledge (versions, variants) lives with the golang rules.
 */
public final class KnownImages implements ImageDefaults {
  private static final Set<String> GOLANG_REPOS = Set.of("golang", "library/golang", "docker.io/library/golang",
      "index.docker.io/library/golang", "mirror.gcr.io/library/golang", "public.ecr.aws/docker/library/golang",
      "docker.io/golang");

  /** Whether a (expanded) image reference names the official golang image, any tag or digest. */
  public static boolean isOfficialGolang(String ref) {
    String r = ref.toLowerCase(Locale.ROOT);
    int at = r.indexOf('@');
    if (at >= 0) {
      r = r.substring(0, at);
    }
    int colon = r.lastIndexOf(':');
    if (colon > r.lastIndexOf('/')) {
      r = r.substring(0, colon);
    }
    return GOLANG_REPOS.contains(r);
  }

  @Override
  public Image of(String ref) {
    if (isOfficialGolang(ref)) {
      return new Image("/go", "", Map.of(
          "GOPATH", "/go",
          "PATH", "/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
          "GOTOOLCHAIN", "local"));
    }
    return UNKNOWN.of(ref);
  }
}
