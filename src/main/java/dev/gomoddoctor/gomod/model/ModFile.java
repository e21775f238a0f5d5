package dev.gomoddoctor.gomod.model;

import java.util.List;
import java.util.Optional;

/** A parsed go.mod file: every directive in file order, each with its position. */
public record ModFile(
    String fileName,
    Optional<ModuleDirective> module,
    Optional<GoDirective> go,
    Optional<ToolchainDirective> toolchain,
    List<GodebugDirective> godebugs,
    List<Requirement> requires,
    List<Exclusion> excludes,
    List<Replacement> replaces,
    List<Retraction> retracts,
    List<ToolDirective> tools,
    List<IgnoreDirective> ignores) {

  public ModFile {
    godebugs = List.copyOf(godebugs);
    requires = List.copyOf(requires);
    excludes = List.copyOf(excludes);
    replaces = List.copyOf(replaces);
    retracts = List.copyOf(retracts);
    tools = List.copyOf(tools);
    ignores = List.copyOf(ignores);
  }

  /** The module path, or {@code ""} when there is no module line. */
  public String modulePath() {
    return module.map(ModuleDirective::path).orElse("");
  }

  /** The go line's version, or empty when there is none. */
  public Optional<String> goVersion() {
    return go.map(GoDirective::version);
  }
}
