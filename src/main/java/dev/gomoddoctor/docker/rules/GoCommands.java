package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.BuiltModule;
import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import java.util.List;

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
}
