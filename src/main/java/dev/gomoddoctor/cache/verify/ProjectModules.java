package dev.gomoddoctor.cache.verify;

import dev.gomoddoctor.scan.ScanContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The module versions a scanned project builds with, as far as its files tell without running Go:
 * the requirements of its go.mod files and every module version its go.sum files name, plus those
 * go.sum lines. Read through the module-file checker's shared facts (never parsed twice).
 *
 * @param unreadable files that could not be read, with why
 */
record ProjectModules(
    List<ModuleVersion> buildList, List<ExpectedSum> sums, Map<ModuleVersion, SourceLine> anchors, List<String> unreadable) {

  static ProjectModules of(ScanContext ctx) {
    // filled from the module-file facts (ModuleTree, GoSum) once they are on main
    return new ProjectModules(new ArrayList<>(), new ArrayList<>(), Map.of(), new ArrayList<>());
  }
}
