package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.ModuleFilesChecker;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.util.List;

/** Shared bits of the module-rule tests. */
final class RuleTestSupport {
  static final String H = "h1:8i4YIDVyQJnz0fyPspNZvGDkJAFzsL+uwnIhK7Q4ibo=";

  private RuleTestSupport() {}

  static List<Finding> run(TestProject p, String code) {
    return p.run(new ModuleFilesChecker(), code);
  }

  /** go.sum lines (go.mod and zip) for path@version. */
  static String sums(String path, String version) {
    return path + " " + version + " " + H + "\n" + path + " " + version + "/go.mod " + H + "\n";
  }

  static String goModLine(String path, String version) {
    return path + " " + version + "/go.mod " + H + "\n";
  }
}
