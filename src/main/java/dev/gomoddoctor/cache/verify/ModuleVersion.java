package dev.gomoddoctor.cache.verify;

/** A module path and version as Go writes them (unescaped), e.g. {@code github.com/Foo/bar v1.2.3}. */
public record ModuleVersion(String path, String version) implements Comparable<ModuleVersion> {

  @Override
  public int compareTo(ModuleVersion o) {
    int c = path.compareTo(o.path);
    return c != 0 ? c : version.compareTo(o.version);
  }

  @Override
  public String toString() {
    return path + "@" + version;
  }
}
