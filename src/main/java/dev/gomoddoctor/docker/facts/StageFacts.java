package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.docker.image.BaseImage;
import java.util.List;
import java.util.Optional;

/**
 * One build stage: what it is built from and its instructions in order.
 *
 * @param fromText the FROM image after ARG expansion (as written when it could not be expanded)
 * @param fromRaw the FROM image as written
 * @param fromResolved false when an ARG in the image name has no known value
 * @param parent the earlier stage this one is built on ({@code FROM builder}), if any
 * @param image what is known about the (ultimate) base image
 * @param platform the {@code --platform} value as written, empty when none
 * @param initial the state at FROM (image defaults, or the parent stage's final state)
 */
public record StageFacts(
    int index,
    Optional<String> name,
    int line,
    int column,
    String fromRaw,
    String fromText,
    boolean fromResolved,
    Optional<Integer> parent,
    BaseImage image,
    Optional<String> platform,
    StageState initial,
    List<Step> steps) {

  public StageFacts {
    steps = List.copyOf(steps);
  }

  /** {@code stage 'builder'} or {@code stage 1}, for messages. */
  public String label() {
    return name.map(n -> "stage '" + n + "'").orElse("stage " + index);
  }

  public StageState finalState() {
    return steps.isEmpty() ? initial : steps.get(steps.size() - 1).after();
  }

  /** True when the stage's instructions or its base chain run any go command. */
  public boolean runsGo() {
    return steps.stream().anyMatch(s -> s.run().map(r -> !r.goCommands().isEmpty()).orElse(false));
  }
}
