package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.docker.image.Presence;
import java.util.Optional;

/**
 * Which build-context files a stage has at a step, as the build-context model computes it
 * (COPY/ADD, {@code COPY --from}, bind mounts, .dockerignore).
 */
public interface StageFiles {

  /** Whether an absolute path exists in the stage just before {@code stepIndex} runs. */
  Presence at(int stageIndex, int stepIndex, String absolutePath);

  /** The context file (relative to the scan root) that ended up at an absolute stage path. */
  default Optional<String> sourceOf(int stageIndex, int stepIndex, String absolutePath) {
    return Optional.empty();
  }

  /** Nothing is known: every question is answered {@link Presence#UNKNOWN}. */
  StageFiles UNKNOWN = (stage, step, path) -> Presence.UNKNOWN;
}
