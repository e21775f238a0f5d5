package dev.gomoddoctor.gomod.model;

import java.util.List;
import java.util.Optional;

/**
 * What the doctor reads from a {@code .go} file: its package clause, its imports and its build
 * constraint. Nothing after the import declarations is looked at.
 *
 * @param path relative to the scan root
 * @param packageName the package clause's name, or empty when the file has none (not Go)
 * @param constraint the {@code //go:build} line (or converted {@code // +build} lines), if any
 */
public record GoSourceFile(String path, String packageName, int packageLine, List<Import> imports,
    Optional<BuildConstraint> constraint) {

  /**
   * One import spec.
   *
   * @param name empty for a plain import, else the name, {@code .} or {@code _}
   */
  public record Import(String path, String name, int line, int column) {}

  public GoSourceFile {
    imports = List.copyOf(imports);
  }

  public boolean isTest() {
    return path.endsWith("_test.go");
  }

  /** False for files only {@code //go:build ignore} (or an equivalent) would build. */
  public boolean countsForModules() {
    return constraint.map(BuildConstraint::matchesAnyTags).orElse(true);
  }

  public boolean importsC() {
    return imports.stream().anyMatch(i -> i.path().equals("C"));
  }
}
