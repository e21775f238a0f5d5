package dev.gomoddoctor.gomod.parser;

import dev.gomoddoctor.gomod.version.ModulePaths;
import dev.gomoddoctor.gomod.version.Semver;

/** The version and path checks the modules.txt reader needs, delegated to the shared ones. */
final class ModuleSyntax {
  private ModuleSyntax() {}

  static boolean isValidSemver(String v) {
    return Semver.isValid(v);
  }

  static int compareSemver(String a, String b) {
    return Semver.compare(a, b);
  }

  static boolean isValidImportPath(String p) {
    return ModulePaths.checkImportPath(p).isEmpty();
  }
}
