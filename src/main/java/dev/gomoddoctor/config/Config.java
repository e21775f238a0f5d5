package dev.gomoddoctor.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of {@code .gomod-doctor.yaml}. Every field has a default, so an absent file is
 * {@link #defaults()}.
 *
 * @param rules per rule code or name: {@code off}, or the severity to report it at
 * @param exclude path globs (relative to the scan root) whose files are not scanned or reported
 * @param privatePatterns GOPRIVATE-style patterns of modules the organisation considers private
 * @param failOn the exit-code threshold when {@code --fail-on} is not given
 * @param docker which build context each Dockerfile is built from
 * @param minFreeMiB GMD304's threshold for free space where the caches live
 * @param onlineTimeoutMillis per-probe timeout for {@code --online}
 * @param source the file this was read from, if any
 */
public record Config(
    Map<String, RuleLevel> rules,
    List<String> exclude,
    List<String> privatePatterns,
    Optional<FailOn> failOn,
    List<DockerTarget> docker,
    long minFreeMiB,
    long onlineTimeoutMillis,
    Optional<Path> source) {

  public static final long DEFAULT_MIN_FREE_MIB = 1024;
  public static final long DEFAULT_ONLINE_TIMEOUT_MILLIS = 5000;

  public Config {
    rules = Map.copyOf(rules);
    exclude = List.copyOf(exclude);
    privatePatterns = List.copyOf(privatePatterns);
    docker = List.copyOf(docker);
  }

  public static Config defaults() {
    return new Config(
        Map.of(), List.of(), List.of(), Optional.empty(), List.of(),
        DEFAULT_MIN_FREE_MIB, DEFAULT_ONLINE_TIMEOUT_MILLIS, Optional.empty());
  }

  /** A Dockerfile and the directory it is built from, both relative to the scan root. */
  /**
   * A Dockerfile, the context it is built from and the {@code --build-arg} values it is built with.
   */
  public record DockerTarget(String dockerfile, String context, Map<String, String> args) {
    public DockerTarget {
      args = Map.copyOf(args);
    }

    public DockerTarget(String dockerfile, String context) {
      this(dockerfile, context, Map.of());
    }
  }

  /** A rule's configured level. */
  public enum RuleLevel {
    OFF,
    ERROR,
    WARNING,
    NOTE
  }

  /** The exit-code threshold: findings at or above it make the exit code 1. */
  public enum FailOn {
    ERROR,
    WARNING,
    NOTE,
    NEVER
  }
}
