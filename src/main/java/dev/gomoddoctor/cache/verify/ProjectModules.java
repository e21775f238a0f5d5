package dev.gomoddoctor.cache.verify;

import dev.gomoddoctor.gomod.MainModules;
import dev.gomoddoctor.gomod.ModuleTree;
import dev.gomoddoctor.gomod.model.GoSum;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.scan.ScanContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The module versions a scanned project builds with, as far as its files tell without running Go:
 * the requirements of its go.mod files (after {@code replace}; directory replacements are never
 * cached) and every module version its counting go.sum / go.work.sum files name, plus those lines.
 * Read from the module-file checker's shared facts ({@link MainModules}), never parsed twice.
 *
 * @param anchors per module, the line that brings it in: its go.sum zip line, else its
 *     {@code /go.mod} line, else its require line
 * @param unreadable files that could not be read, with why
 */
record ProjectModules(
    List<ModuleVersion> buildList, List<ExpectedSum> sums, Map<ModuleVersion, SourceLine> anchors, List<String> unreadable) {

  static ProjectModules of(ScanContext ctx) {
    MainModules main = MainModules.of(ctx);
    Set<ModuleVersion> modules = new LinkedHashSet<>();
    Map<ModuleVersion, SourceLine> requireAnchors = new LinkedHashMap<>();
    Map<ModuleVersion, SourceLine> goModAnchors = new LinkedHashMap<>();
    Map<ModuleVersion, SourceLine> zipAnchors = new LinkedHashMap<>();
    List<ExpectedSum> sums = new ArrayList<>();
    Set<String> sumFilesSeen = new HashSet<>();
    for (MainModules.MainModule m : main.modules()) {
      Set<String> mainPaths = m.mainModulePaths();
      for (Requirement r : m.mod().file().requires()) {
        Optional<dev.gomoddoctor.gomod.model.ModuleVersion> key = m.replacements().sumKey(r.path(), r.version());
        if (key.isEmpty() || !key.get().hasVersion() || mainPaths.contains(key.get().path())) {
          continue;
        }
        ModuleVersion mv = new ModuleVersion(key.get().path(), key.get().version());
        modules.add(mv);
        requireAnchors.putIfAbsent(mv, new SourceLine(m.mod().path(), r.position().line()));
      }
      for (GoSum sum : m.sums()) {
        if (!sumFilesSeen.add(sum.path())) {
          continue; // a workspace's go.work.sum and members' go.sum count for every member
        }
        for (GoSum.Line l : sum.lines()) {
          ModuleVersion mv = new ModuleVersion(l.module(), l.version());
          if (mainPaths.contains(l.module())) {
            continue;
          }
          modules.add(mv);
          sums.add(new ExpectedSum(l.module(), l.version(), l.goMod(), l.hash(), sum.path(), l.line()));
          (l.goMod() ? goModAnchors : zipAnchors).putIfAbsent(mv, new SourceLine(sum.path(), l.line()));
        }
      }
    }
    Map<ModuleVersion, SourceLine> anchors = new LinkedHashMap<>(requireAnchors);
    anchors.putAll(goModAnchors);
    anchors.putAll(zipAnchors);
    List<String> unreadable = new ArrayList<>();
    for (ModuleTree.UnreadableFile u : main.unreadable()) {
      unreadable.add(u.path() + ": " + u.why());
    }
    return new ProjectModules(new ArrayList<>(modules), sums, anchors, unreadable);
  }
}
