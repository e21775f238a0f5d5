package dev.gomoddoctor.goenv.route;

import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.scan.ScanContext;
import java.util.List;

/**
 * Every requirement of the scanned go.mod files with its route, and the go/toolchain lines that
 * select the toolchain, built from the module-file checker's shared facts (never parsed here).
 */
public record ModuleRoutes(List<ModuleRoute> modules, List<RoutingFacts.ToolchainLines> toolchainLines) {

  public ModuleRoutes {
    modules = List.copyOf(modules);
    toolchainLines = List.copyOf(toolchainLines);
  }

  public static ModuleRoutes of(ScanContext ctx, GoEnv env, Router router) {
    return ctx.facts().get(ModuleRoutes.class, () -> compute(ctx, env, router));
  }

  private static ModuleRoutes compute(ScanContext ctx, GoEnv env, Router router) {
    // filled from the module-file facts (requirements, replacements, vendor mode, go.sum) once they are on main
    return new ModuleRoutes(List.of(), List.of());
  }
}
