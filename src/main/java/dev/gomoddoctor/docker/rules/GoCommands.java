package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.DockerProject;
import dev.gomoddoctor.docker.context.DockerBuild;
import dev.gomoddoctor.docker.facts.BuiltModule;
import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.ModuleInStage;
import dev.gomoddoctor.docker.image.Presence;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import java.util.List;
import java.util.Optional;

/** Questions several rules ask about one go command. */
final class GoCommands {
  private GoCommands() {}

  /** The {@code -mod} in force: the flag, else GOFLAGS's, else "". */
  static String modFlag(GoInvocation g, GoEnv env) {
    if (g.hasFlag("mod")) {
      return g.flags().get("mod");
    }
    for (String f : List.of(env.get("GOFLAGS").trim().split("\\s+"))) {
      if (f.startsWith("-mod=") || f.startsWith("--mod=")) {
        return f.substring(f.indexOf('=') + 1);
      }
    }
    return "";
  }

  /**
   * Vendor mode (the catalogue's definition): package-loading commands with -mod=vendor, or no
   * -mod and a vendor directory with a go line ≥ 1.14.
   */
  static boolean vendorMode(DockerfileFacts facts, GoInvocation g, GoEnv env) {
    if (!g.isPackageLoading()) {
      return false;
    }
    String mod = modFlag(g, env);
    if (!mod.isEmpty()) {
      return mod.equals("vendor");
    }
    return facts.module().map(BuiltModule::vendorByDefault).orElse(false);
  }

  /** The go command may fetch modules: it downloads, is not in vendor mode, and the module needs some. */
  static boolean fetchesModules(DockerfileFacts facts, GoInvocation g, GoEnv env) {
    if (!g.downloadsModules() || vendorMode(facts, g, env)) {
      return false;
    }
    if (g.allArgsVersioned()) {
      return true; // go install pkg@version fetches that module whatever go.mod says
    }
    return facts.module().map(BuiltModule::needsDownloads).orElse(false);
  }

  /**
   * {@link #fetchesModules(DockerfileFacts, GoInvocation, GoEnv)} over the files the stage really
   * has when the command runs: its go.mod's requirements and its vendor directory, as the
   * build-context model finds them; where the model cannot tell, the Dockerfile's own module.
   */
  static boolean fetchesModules(DockerfileFacts facts, GoInvocation g, GoEnv env, Optional<ModuleInStage> inStage) {
    if (inStage.isEmpty() || g.allArgsVersioned()) {
      return fetchesModules(facts, g, env);
    }
    ModuleInStage m = inStage.get();
    if (!g.downloadsModules()) {
      return false;
    }
    Presence vendor = m.vendorMode(g, env);
    if (vendor == Presence.YES || vendor == Presence.UNKNOWN && vendorMode(facts, g, env)) {
      return false;
    }
    if (m.workspaceMode()) {
      return true; // several modules' requirements: assume some must be fetched
    }
    if (m.goMod() == Presence.NO) {
      return false; // no go.mod where it runs: it fails before fetching anything (GMD401)
    }
    return m.module().or(facts::module).map(BuiltModule::needsDownloads).orElse(false);
  }

  /** The build-context model of this Dockerfile, when it has one. */
  static Optional<DockerBuild> build(DockerfileFacts facts) {
    return DockerProject.of(facts.scan()).builds().stream()
        .filter(b -> b.dockerfilePath().equals(facts.path()))
        .findFirst();
  }
}
