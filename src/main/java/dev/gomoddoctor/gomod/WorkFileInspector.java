package dev.gomoddoctor.gomod;

import dev.gomoddoctor.gomod.model.GodebugDirective;
import dev.gomoddoctor.gomod.model.ModFileError;
import dev.gomoddoctor.gomod.model.ParseResult;
import dev.gomoddoctor.gomod.model.Replacement;
import dev.gomoddoctor.gomod.model.UseDirective;
import dev.gomoddoctor.gomod.model.WorkFile;
import dev.gomoddoctor.gomod.parser.ModFileParser;
import dev.gomoddoctor.inspect.Inspection;
import dev.gomoddoctor.inspect.Inspector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code inspect} for go.work: the JSON has the shape and field names of {@code go work edit -json}. */
public final class WorkFileInspector implements Inspector {

  @Override
  public List<String> typeNames() {
    return List.of("go.work", "gowork", "work");
  }

  @Override
  public boolean recognizes(String fileName) {
    return fileName.equals("go.work") || fileName.endsWith(".work");
  }

  @Override
  public Inspection inspect(String displayName, String text) {
    ParseResult<WorkFile> parsed = ModFileParser.parseWorkFile(displayName, text);
    List<String> errors = parsed.errors().stream().map(ModFileError::goMessage).toList();
    return new Inspection(json(parsed.file()), text(parsed.file()), errors, "errors parsing " + displayName + ":");
  }

  static Map<String, Object> json(WorkFile f) {
    Map<String, Object> doc = new LinkedHashMap<>();
    f.go().ifPresent(g -> doc.put("Go", g.version()));
    f.toolchain().ifPresent(t -> doc.put("Toolchain", t.name()));
    List<Object> godebug = new ArrayList<>();
    for (GodebugDirective g : f.godebugs()) {
      if (!g.key().isEmpty()) {
        godebug.add(ModFileInspector.object("Key", g.key(), "Value", g.value()));
      }
    }
    if (!godebug.isEmpty()) {
      doc.put("Godebug", godebug);
    }
    List<Object> use = new ArrayList<>();
    for (UseDirective u : f.uses()) {
      if (u.diskPath().isEmpty()) {
        continue; // go work edit's Cleanup drops entries with an empty path
      }
      Map<String, Object> o = ModFileInspector.object("DiskPath", u.diskPath());
      ModFileInspector.putIfNotEmpty(o, "ModPath", u.modulePath());
      use.add(o);
    }
    doc.put("Use", ModFileInspector.nullIfEmpty(use));
    List<Object> replace = new ArrayList<>();
    for (Replacement r : ModFileInspector.lastReplacePerOldModule(f.replaces())) {
      if (!r.oldModule().path().isEmpty()) {
        replace.add(ModFileInspector.object("Old", ModFileInspector.moduleVersion(r.oldModule()),
            "New", ModFileInspector.moduleVersion(r.newModule())));
      }
    }
    doc.put("Replace", ModFileInspector.nullIfEmpty(replace));
    return doc;
  }

  static String text(WorkFile f) {
    StringBuilder sb = new StringBuilder();
    f.go().ifPresent(g -> ModFileInspector.line(sb, g.position(), "go " + g.version()));
    f.toolchain().ifPresent(t -> ModFileInspector.line(sb, t.position(), "toolchain " + t.name()));
    f.godebugs().forEach(g -> ModFileInspector.line(sb, g.position(), "godebug " + g.key() + "=" + g.value()));
    f.uses().forEach(u -> ModFileInspector.line(sb, u.position(), "use " + u.diskPath()));
    f.replaces().forEach(r -> ModFileInspector.line(sb, r.position(), ModFileInspector.replaceText(r)));
    return sb.toString();
  }
}
