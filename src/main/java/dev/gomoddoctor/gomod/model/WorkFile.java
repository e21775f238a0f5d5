package dev.gomoddoctor.gomod.model;

import java.util.List;
import java.util.Optional;

/** A parsed go.work file: every directive in file order, each with its position. */
public record WorkFile(
    String fileName,
    Optional<GoDirective> go,
    Optional<ToolchainDirective> toolchain,
    List<GodebugDirective> godebugs,
    List<UseDirective> uses,
    List<Replacement> replaces) {

  public WorkFile {
    godebugs = List.copyOf(godebugs);
    uses = List.copyOf(uses);
    replaces = List.copyOf(replaces);
  }

  public Optional<String> goVersion() {
    return go.map(GoDirective::version);
  }
}
