package dev.gomoddoctor.gomod;

import dev.gomoddoctor.gomod.model.Exclusion;
import dev.gomoddoctor.gomod.model.GodebugDirective;
import dev.gomoddoctor.gomod.model.IgnoreDirective;
import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.ModFileError;
import dev.gomoddoctor.gomod.model.ModuleVersion;
import dev.gomoddoctor.gomod.model.ParseResult;
import dev.gomoddoctor.gomod.model.Position;
import dev.gomoddoctor.gomod.model.Replacement;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.gomod.model.Retraction;
import dev.gomoddoctor.gomod.model.ToolDirective;
import dev.gomoddoctor.gomod.parser.ModFileParser;
import dev.gomoddoctor.inspect.Inspection;
import dev.gomoddoctor.inspect.Inspector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code inspect} for go.mod: the JSON has the shape and field names of {@code go mod edit -json}
 * (including Go's {@code null} for absent lists and its de-duplication of exclude and replace
 * lines), so the two can be diffed.
 */
public final class ModFileInspector implements Inspector {

  @Override
  public List<String> typeNames() {
    return List.of("go.mod", "gomod", "mod");
  }

  @Override
  public boolean recognizes(String fileName) {
    return fileName.equals("go.mod") || fileName.endsWith(".mod");
  }

  @Override
  public Inspection inspect(String displayName, String text) {
    ParseResult<ModFile> parsed = ModFileParser.parseModFile(displayName, text);
    List<String> errors = parsed.errors().stream().map(ModFileError::goMessage).toList();
    ModFile f = parsed.file();
    return new Inspection(json(f), text(f), errors, "errors parsing " + displayName + ":");
  }

  /** The document {@code go mod edit -json} prints for this file. */
  static Map<String, Object> json(ModFile f) {
    Map<String, Object> doc = new LinkedHashMap<>();
    Map<String, Object> module = new LinkedHashMap<>();
    module.put("Path", f.modulePath());
    f.module().ifPresent(m -> {
      if (!m.deprecated().isEmpty()) {
        module.put("Deprecated", m.deprecated());
      }
    });
    doc.put("Module", module);
    f.go().ifPresent(g -> doc.put("Go", g.version()));
    f.toolchain().ifPresent(t -> doc.put("Toolchain", t.name()));
    List<Object> godebug = new ArrayList<>();
    for (GodebugDirective g : f.godebugs()) {
      if (!g.key().isEmpty()) {
        godebug.add(object("Key", g.key(), "Value", g.value()));
      }
    }
    if (!godebug.isEmpty()) {
      doc.put("Godebug", godebug);
    }
    List<Object> require = new ArrayList<>();
    for (Requirement r : f.requires()) {
      if (r.path().isEmpty()) {
        continue; // go mod edit's Cleanup drops entries with an empty path
      }
      Map<String, Object> o = object("Path", r.path());
      if (!r.version().isEmpty()) {
        o.put("Version", r.version());
      }
      if (r.indirect()) {
        o.put("Indirect", true);
      }
      require.add(o);
    }
    doc.put("Require", nullIfEmpty(require));
    List<Object> exclude = new ArrayList<>();
    Set<ModuleVersion> seenExcludes = new HashSet<>();
    for (Exclusion x : f.excludes()) {
      // go mod edit keeps the first of duplicate exclude lines
      if (seenExcludes.add(x.module()) && !x.path().isEmpty()) {
        exclude.add(moduleVersion(x.module()));
      }
    }
    doc.put("Exclude", nullIfEmpty(exclude));
    List<Object> replace = new ArrayList<>();
    for (Replacement r : lastReplacePerOldModule(f.replaces())) {
      if (!r.oldModule().path().isEmpty()) {
        replace.add(object("Old", moduleVersion(r.oldModule()), "New", moduleVersion(r.newModule())));
      }
    }
    doc.put("Replace", nullIfEmpty(replace));
    List<Object> retract = new ArrayList<>();
    for (Retraction r : f.retracts()) {
      if (r.low().isEmpty() && r.high().isEmpty()) {
        continue;
      }
      Map<String, Object> o = new LinkedHashMap<>();
      putIfNotEmpty(o, "Low", r.low());
      putIfNotEmpty(o, "High", r.high());
      putIfNotEmpty(o, "Rationale", r.rationale());
      retract.add(o);
    }
    doc.put("Retract", nullIfEmpty(retract));
    List<Object> tool = new ArrayList<>();
    Set<String> seenTools = new HashSet<>();
    for (ToolDirective t : f.tools()) {
      if (seenTools.add(t.path()) && !t.path().isEmpty()) {
        tool.add(object("Path", t.path()));
      }
    }
    if (!tool.isEmpty()) {
      doc.put("Tool", tool);
    }
    List<Object> ignore = new ArrayList<>();
    Set<String> seenIgnores = new HashSet<>();
    for (IgnoreDirective i : f.ignores()) {
      if (seenIgnores.add(i.path()) && !i.path().isEmpty()) {
        ignore.add(object("Path", i.path()));
      }
    }
    if (!ignore.isEmpty()) {
      doc.put("Ignore", ignore);
    }
    return doc;
  }

  /** Of replace lines with the same old path@version, go mod edit keeps the last (it wins in Go too). */
  static List<Replacement> lastReplacePerOldModule(List<Replacement> replaces) {
    Set<ModuleVersion> seen = new HashSet<>();
    List<Replacement> kept = new ArrayList<>();
    for (int i = replaces.size() - 1; i >= 0; i--) {
      if (seen.add(replaces.get(i).oldModule())) {
        kept.add(0, replaces.get(i));
      }
    }
    return kept;
  }

  static Map<String, Object> moduleVersion(ModuleVersion m) {
    Map<String, Object> o = object("Path", m.path());
    putIfNotEmpty(o, "Version", m.version());
    return o;
  }

  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> o = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      o.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return o;
  }

  static void putIfNotEmpty(Map<String, Object> o, String key, String value) {
    if (!value.isEmpty()) {
      o.put(key, value);
    }
  }

  /** Go marshals an empty (nil) slice as {@code null}. */
  static Object nullIfEmpty(List<Object> list) {
    return list.isEmpty() ? null : list;
  }

  /** A listing of every directive with its position. */
  static String text(ModFile f) {
    StringBuilder sb = new StringBuilder();
    f.module().ifPresent(m -> {
      line(sb, m.position(), "module " + m.path());
      if (!m.deprecated().isEmpty()) {
        line(sb, m.position(), "  deprecated: " + m.deprecated());
      }
    });
    f.go().ifPresent(g -> line(sb, g.position(), "go " + g.version()));
    f.toolchain().ifPresent(t -> line(sb, t.position(), "toolchain " + t.name()));
    f.godebugs().forEach(g -> line(sb, g.position(), "godebug " + g.key() + "=" + g.value()));
    f.requires().forEach(r -> line(sb, r.position(),
        "require " + r.path() + " " + r.version() + (r.indirect() ? " // indirect" : "")));
    f.excludes().forEach(x -> line(sb, x.position(), "exclude " + x.path() + " " + x.version()));
    f.replaces().forEach(r -> line(sb, r.position(), replaceText(r)));
    f.retracts().forEach(r -> line(sb, r.position(), "retract "
        + (r.low().equals(r.high()) ? r.low() : "[" + r.low() + ", " + r.high() + "]")
        + (r.rationale().isEmpty() ? "" : " // " + r.rationale().replace("\n", " "))));
    f.tools().forEach(t -> line(sb, t.position(), "tool " + t.path()));
    f.ignores().forEach(i -> line(sb, i.position(), "ignore " + i.path()));
    return sb.toString();
  }

  static String replaceText(Replacement r) {
    return "replace " + r.oldModule().path() + (r.oldModule().hasVersion() ? " " + r.oldModule().version() : "")
        + " => " + r.newModule().path() + (r.newModule().hasVersion() ? " " + r.newModule().version() : "")
        + (r.isDirectory() ? "   (directory)" : "");
  }

  static void line(StringBuilder sb, Position p, String what) {
    String at = p.line() + ":" + p.column();
    sb.append(at).append(" ".repeat(Math.max(1, 8 - at.length()))).append(what).append('\n');
  }
}
