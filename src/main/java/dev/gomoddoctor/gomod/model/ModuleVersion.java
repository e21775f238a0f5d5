package dev.gomoddoctor.gomod.model;

/** A module path and version ({@code version} is {@code ""} when absent), like x/mod's {@code module.Version}. */
public record ModuleVersion(String path, String version) {

  public ModuleVersion {
    version = version == null ? "" : version;
  }

  public boolean hasVersion() {
    return !version.isEmpty();
  }

  /** {@code path@version}, or just the path without a version. */
  @Override
  public String toString() {
    return version.isEmpty() ? path : path + "@" + version;
  }
}
