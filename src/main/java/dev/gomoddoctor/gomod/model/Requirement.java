package dev.gomoddoctor.gomod.model;

/**
 * One {@code require} line.
 *
 * @param version canonical, as Go keeps it ({@code v1.2} is read as {@code v1.2.0})
 * @param indirect marked {@code // indirect}
 */
public record Requirement(String path, String version, boolean indirect, Position position) {

  public ModuleVersion module() {
    return new ModuleVersion(path, version);
  }
}
