package dev.gomoddoctor.gomod.model;

/** One {@code exclude} line; {@code version} is canonical. */
public record Exclusion(String path, String version, Position position) {

  public ModuleVersion module() {
    return new ModuleVersion(path, version);
  }
}
