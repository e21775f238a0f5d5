package dev.gomoddoctor.docker.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * One build stage: its FROM, names, base image before and after ARG expansion, platform, and
 * every instruction with the state in force before it.
 *
 * @param index 0-based position among the stages
 * @param name the AS name (lower-cased), empty when unnamed
 * @param baseImage the FROM argument as written
 * @param baseImageExpanded after meta-ARG expansion (unset variables become empty, as in BuildKit)
 * @param baseResolved whether every variable in the base image had a value
 * @param baseStage the index of the earlier stage this one is built FROM, if any
 * @param platform {@code --platform} as written; {@code platformExpanded} after expansion
 * @param steps the instructions after FROM, each with the state before it
 * @param end the state after the last instruction (what a later {@code FROM <this>} inherits)
 */
public record Stage(int index, String name, Instruction.From from, String baseImage, String baseImageExpanded,
    boolean baseResolved, OptionalInt baseStage, String platform, String platformExpanded, List<Step> steps,
    StageState end) {

  public Stage {
    steps = List.copyOf(steps);
  }

  /** One instruction and the state just before it runs. */
  public record Step(Instruction instruction, StageState before) {}

  /** The name if it has one, else its index, as {@code COPY --from=} would refer to it. */
  public String displayName() {
    return name.isEmpty() ? Integer.toString(index) : name;
  }

  public boolean isScratch() {
    return baseStage.isEmpty() && baseImageExpanded.equalsIgnoreCase("scratch");
  }
}
