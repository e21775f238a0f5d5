package dev.gomoddoctor.gomod.model;

import dev.gomoddoctor.gomod.version.ModulePaths;

/**
 * One {@code replace} line (go.mod or go.work).
 *
 * @param oldModule the replaced module; no version means every version (a wildcard replace)
 * @param newModule the replacement: a module path with a version, or a directory without one
 */
public record Replacement(ModuleVersion oldModule, ModuleVersion newModule, Position position) {

  /** True when the replacement is a directory (a filesystem replacement, never fetched or checksummed). */
  public boolean isDirectory() {
    return !newModule.hasVersion() && ModulePaths.isDirectoryPath(newModule.path());
  }

  /** True when the replace applies to every version of the old module. */
  public boolean isWildcard() {
    return !oldModule.hasVersion();
  }
}
