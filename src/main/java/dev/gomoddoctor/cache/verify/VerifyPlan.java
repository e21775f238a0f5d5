package dev.gomoddoctor.cache.verify;

import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.scan.ScanContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to verify for one scanned project: the module cache the go command would use there (from
 * the one shared Go-environment resolver), the module versions (the project's build list, or the
 * whole cache), and the go.sum lines to compare with. Shared by {@code gomod-doctor verify} and
 * GMD307 so that both report the same.
 *
 * @param modcache empty when Go would not find a module cache (GOMODCACHE/GOPATH unset or relative)
 * @param whyNoCache why there is no module cache, when {@code modcache} is empty
 * @param anchors per module, the project line that brings it in
 * @param unreadable project files (go.mod, go.sum) that could not be read, with why
 */
public record VerifyPlan(
    Optional<Path> modcache,
    String whyNoCache,
    List<ModuleVersion> modules,
    List<ExpectedSum> sums,
    Map<ModuleVersion, SourceLine> anchors,
    List<String> unreadable) {

  public VerifyPlan {
    modules = List.copyOf(modules);
    sums = List.copyOf(sums);
    anchors = Map.copyOf(anchors);
    unreadable = List.copyOf(unreadable);
  }

  /** The project line that brings {@code m} in (its go.sum zip line, else its require line). */
  public Optional<SourceLine> anchor(ModuleVersion m) {
    return Optional.ofNullable(anchors.get(m));
  }

  /**
   * The plan for {@code ctx}: {@code all} takes every module version in the cache's download area,
   * otherwise the project's build list; {@code modcacheOverride} replaces GOMODCACHE.
   */
  public static VerifyPlan of(ScanContext ctx, boolean all, Optional<Path> modcacheOverride) throws IOException {
    Optional<Path> modcache = modcacheOverride;
    String why = "";
    if (modcache.isEmpty()) {
      String gomodcache = GoEnv.of(ctx).get("GOMODCACHE");
      if (gomodcache.isEmpty()) {
        why = "module cache not found: neither GOMODCACHE nor GOPATH is set";
      } else if (!Path.of(gomodcache).isAbsolute()) {
        why = "GOMODCACHE entry is relative; must be absolute path: \"" + gomodcache + "\"";
      } else {
        modcache = Optional.of(Path.of(gomodcache));
      }
    }
    ProjectModules project = ProjectModules.of(ctx);
    List<ModuleVersion> modules = new ArrayList<>();
    if (all) {
      if (modcache.isPresent()) {
        for (CacheLayout.Entry e : new CacheLayout(modcache.get()).listDownloaded()) {
          modules.add(new ModuleVersion(e.path(), e.version()));
        }
      }
    } else {
      modules.addAll(project.buildList());
    }
    return new VerifyPlan(modcache, why, modules, project.sums(), project.anchors(), project.unreadable());
  }
}
