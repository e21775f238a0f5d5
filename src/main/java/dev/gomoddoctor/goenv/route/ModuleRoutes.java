package dev.gomoddoctor.goenv.route;

import dev.gomoddoctor.cache.verify.CacheLayout;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.gomod.MainModules;
import dev.gomoddoctor.gomod.Replacements;
import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.ModuleVersion;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.gomod.model.WorkFile;
import dev.gomoddoctor.scan.ScanContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every requirement of the scanned go.mod files with its route, and the go/toolchain lines that
 * select the toolchain, built from the module-file checker's shared facts ({@link MainModules}:
 * requirements, replacements in effect, vendor mode, the go.sum files that count), never parsed
 * here.
 */
public record ModuleRoutes(List<ModuleRoute> modules, List<RoutingFacts.ToolchainLines> toolchainLines) {

  public ModuleRoutes {
    modules = List.copyOf(modules);
    toolchainLines = List.copyOf(toolchainLines);
  }

  public static ModuleRoutes of(ScanContext ctx, GoEnv env, Router router) {
    return ctx.facts().get(ModuleRoutes.class, () -> compute(MainModules.of(ctx), env, router));
  }

  static ModuleRoutes compute(MainModules mains, GoEnv env, Router router) {
    Optional<CacheLayout> cache = cacheOf(env);
    List<ModuleRoute> routes = new ArrayList<>();
    for (MainModules.MainModule m : mains.modules()) {
      Set<String> mainPaths = m.mainModulePaths();
      for (Requirement r : m.mod().file().requires()) {
        routes.add(routeOf(m, r, mainPaths, cache, router));
      }
    }
    return new ModuleRoutes(routes, toolchainLines(mains));
  }

  private static ModuleRoute routeOf(MainModules.MainModule m, Requirement r, Set<String> mainPaths,
      Optional<CacheLayout> cache, Router router) {
    String goMod = m.mod().path();
    if (mainPaths.contains(r.path())) {
      return new ModuleRoute(goMod, r.path(), router.route(r.path(), r.version(), true),
          ModuleRoute.Status.MAIN_MODULE, true);
    }
    Optional<Replacements.Source> rep = m.replacements().of(r.path(), r.version());
    if (rep.isPresent() && rep.get().replace().isDirectory()) {
      return new ModuleRoute(goMod, r.path(), router.route(r.path(), r.version(), true),
          ModuleRoute.Status.FILESYSTEM_REPLACEMENT, true);
    }
    ModuleVersion fetched = rep.map(s -> s.replace().newModule()).orElse(new ModuleVersion(r.path(), r.version()));
    boolean hasSums = m.hasGoModSum(fetched);
    boolean cached = cache.map(c -> complete(c, fetched)).orElse(false);
    ModuleRoute.Status status = m.vendorMode() ? ModuleRoute.Status.VENDORED : ModuleRoute.Status.FETCHED;
    return new ModuleRoute(goMod, r.path(), router.route(fetched.path(), fetched.version(), hasSums), status, cached);
  }

  /**
   * The go/toolchain lines Go consults for toolchain selection: an active go.work's for its
   * members, each other go.mod's own.
   */
  private static List<RoutingFacts.ToolchainLines> toolchainLines(MainModules mains) {
    List<RoutingFacts.ToolchainLines> out = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    for (MainModules.Workspace w : mains.workspaces()) {
      if (!w.active()) {
        continue;
      }
      WorkFile wf = w.work().file();
      out.add(new RoutingFacts.ToolchainLines(w.work().path(), wf.goVersion().orElse(""),
          wf.toolchain().map(t -> t.name()).orElse("")));
      w.members().forEach(mem -> covered.add(mem.path()));
    }
    for (MainModules.MainModule m : mains.modules()) {
      if (covered.contains(m.mod().path()) || m.inWorkspace()) {
        continue;
      }
      ModFile f = m.mod().file();
      out.add(new RoutingFacts.ToolchainLines(m.mod().path(), f.goVersion().orElse(""),
          f.toolchain().map(t -> t.name()).orElse("")));
    }
    return out;
  }

  private static Optional<CacheLayout> cacheOf(GoEnv env) {
    String modcache = env.get("GOMODCACHE");
    if (modcache.isEmpty() || !Path.of(modcache).isAbsolute()) {
      return Optional.empty();
    }
    return Optional.of(new CacheLayout(Path.of(modcache)));
  }

  /**
   * Complete as the go command's DownloadDir sees it (extracted directory, no {@code .partial},
   * a {@code .ziphash}), plus the {@code .mod} file module graph loading reads.
   */
  static boolean complete(CacheLayout cache, ModuleVersion mv) {
    Optional<CacheLayout.ModuleFiles> f = cache.files(mv.path(), mv.version());
    return f.isPresent() && Files.isRegularFile(f.get().mod()) && Files.isDirectory(f.get().dir())
        && !Files.exists(f.get().partial()) && Files.isRegularFile(f.get().ziphash());
  }
}
