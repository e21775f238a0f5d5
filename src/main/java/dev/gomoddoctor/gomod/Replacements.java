package dev.gomoddoctor.gomod;

import dev.gomoddoctor.gomod.model.ModuleVersion;
import dev.gomoddoctor.gomod.model.Replacement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The replacement of a requirement as the go command picks it (cmd/go modload Replacement): the
 * version-specific {@code replace} for path@version if there is one, else the wildcard one for the
 * path. In workspace mode go.work's replaces override the modules' (a go.work wildcard also wins
 * over a module's version-specific replace).
 */
public final class Replacements {

  /**
   * A replace in effect and where it was written.
   *
   * @param file the go.mod or go.work it comes from, relative to the scan root
   * @param baseDir the directory its relative filesystem paths are resolved against
   */
  public record Source(Replacement replace, String file, String baseDir) {}

  private final Map<ModuleVersion, Source> byOld = new LinkedHashMap<>();
  private final Map<String, Boolean> overriddenPaths = new LinkedHashMap<>();

  private Replacements() {}

  /** The replaces of one main module (module mode). Later duplicates lose, as GMD110 reports. */
  public static Replacements of(List<Replacement> replaces, String file, String baseDir) {
    Replacements r = new Replacements();
    r.addAll(replaces, file, baseDir, false);
    return r;
  }

  /**
   * Workspace mode: every workspace module's replaces, then go.work's, which override them
   * (for the same path at any version).
   */
  public static Replacements workspace(List<Source> moduleReplaces, List<Replacement> workReplaces,
      String workFile, String workDir) {
    Replacements r = new Replacements();
    for (Source s : moduleReplaces) {
      r.byOld.putIfAbsent(s.replace().oldModule(), s);
    }
    r.addAll(workReplaces, workFile, workDir, true);
    return r;
  }

  private void addAll(List<Replacement> replaces, String file, String baseDir, boolean override) {
    for (Replacement rep : replaces) {
      ModuleVersion old = rep.oldModule();
      if (override) {
        if (!overriddenPaths.containsKey(old.path())) {
          // go.work's replaces take the path over from the modules' entirely
          byOld.keySet().removeIf(k -> k.path().equals(old.path()));
          overriddenPaths.put(old.path(), true);
        }
        byOld.put(old, new Source(rep, file, baseDir));
      } else {
        byOld.putIfAbsent(old, new Source(rep, file, baseDir));
      }
    }
  }

  /** The replace that applies to path@version, if any. */
  public Optional<Source> of(String path, String version) {
    Source s = byOld.get(new ModuleVersion(path, version));
    if (s == null && !version.isEmpty()) {
      s = byOld.get(new ModuleVersion(path, ""));
    }
    return Optional.ofNullable(s);
  }

  /** The replace written for exactly this left side (path, or path@version). */
  public Optional<Source> exactly(ModuleVersion old) {
    return Optional.ofNullable(byOld.get(old));
  }

  /**
   * The module whose sums go.sum must hold for a requirement: its replacement, or the requirement
   * itself; empty for a filesystem replacement (Go never checksums a directory).
   */
  public Optional<ModuleVersion> sumKey(String path, String version) {
    Optional<Source> s = of(path, version);
    if (s.isEmpty()) {
      return Optional.of(new ModuleVersion(path, version));
    }
    Replacement rep = s.get().replace();
    return rep.isDirectory() ? Optional.empty() : Optional.of(rep.newModule());
  }

  public boolean isEmpty() {
    return byOld.isEmpty();
  }

  /** Every replace in effect. */
  public List<Source> all() {
    return List.copyOf(byOld.values());
  }
}
