package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.scan.ScanContext;
import java.util.Optional;

/** Finds the module a Dockerfile builds, from the module checker's parsed tree. */
final class Modules {
  private Modules() {}

  /** The module at or above the Dockerfile's directory, else the scan root's. */
  static Optional<BuiltModule> forDockerfile(ScanContext ctx, String dockerfileDir) {
    return Optional.empty(); // filled from ModuleTree once the module checker's model is on main
  }
}
