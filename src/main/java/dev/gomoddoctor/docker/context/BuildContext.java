package dev.gomoddoctor.docker.context;

import java.util.Map;

/**
 * The directory a Dockerfile is built from and why the doctor believes so.
 *
 * @param dir the context directory relative to the scan root ("" for the root)
 * @param origin where this came from
 * @param declaredIn the file that says so ({@code .gomod-doctor.yaml}, a compose file, a workflow), empty when inferred
 * @param namedContexts {@code --build-context name=dir} / compose {@code additional_contexts}, dirs relative to the scan root
 * @param buildArgs the {@code --build-arg} values the declaration builds with (literal values only)
 */
public record BuildContext(String dir, Origin origin, String declaredIn, Map<String, String> namedContexts,
    Map<String, String> buildArgs) {

  public BuildContext {
    namedContexts = Map.copyOf(namedContexts);
    buildArgs = Map.copyOf(buildArgs);
  }

  /** A context declared without build args. */
  public BuildContext(String dir, Origin origin, String declaredIn, Map<String, String> namedContexts) {
    this(dir, origin, declaredIn, namedContexts, Map.of());
  }

  /**
   * How the context was found, in order of precedence. GORELEASER: a {@code .goreleaser.yaml}
   * {@code dockers}/{@code dockers_v2} entry; goreleaser assembles the context from the built
   * artifacts and {@code extra_files}, modelled as the config's directory plus unknown artifacts.
   * WORKFLOW: a {@code docker build} command in a CI workflow or a Makefile recipe.
   */
  public enum Origin { CONFIG, GORELEASER, COMPOSE, WORKFLOW, INFERRED }

  /**
   * Whether a path (relative to the scan root, {@code ../x} when it escapes it) can be in this
   * context: a declared context must hold it; an inferred one may be any directory of the scanned
   * tree, since the real context is not known.
   */
  public boolean mayHold(String path) {
    boolean inTree = !path.startsWith("../") && !path.equals("..");
    if (origin == Origin.INFERRED || dir.isEmpty() || dir.equals(".")) {
      return inTree;
    }
    return path.equals(dir) || path.startsWith(dir + "/");
  }

  /** Text for messages: {@code the build context "." (from compose.yaml)}. */
  public String describe() {
    String d = dir.isEmpty() ? "." : dir;
    return switch (origin) {
      case CONFIG, GORELEASER, COMPOSE, WORKFLOW -> "build context \"" + d + "\" (from " + declaredIn + ")";
      case INFERRED -> "build context \"" + d + "\" (inferred)";
    };
  }
}
