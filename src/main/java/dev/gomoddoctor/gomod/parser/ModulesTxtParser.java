package dev.gomoddoctor.gomod.parser;

import dev.gomoddoctor.gomod.model.ModulesTxt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads vendor/modules.txt exactly as cmd/go's readVendorList does: lines Go does not understand
 * are ignored the way Go ignores them (so a consistency verdict built on this model agrees with
 * Go's), never reported as errors.
 */
public final class ModulesTxtParser {
  private ModulesTxtParser() {}

  public static ModulesTxt parse(String path, String text) {
    String[] rawLines = text.split("\n", -1);
    boolean workspace = rawLines.length > 0 && rawLines[0].strip().equals("## workspace");
    List<ModulesTxt.Entry> entries = new ArrayList<>();
    // the highest version per path among modules that provide packages (Go's vendorVersion)
    Map<String, String> selected = new LinkedHashMap<>();
    List<ModulesTxt.Key> vendorList = new ArrayList<>();

    Builder current = null;
    for (int i = 0; i < rawLines.length; i++) {
      String line = rawLines[i];
      int lineNo = i + 1;
      if (line.startsWith("# ")) {
        List<String> f = GoText.fields(line);
        if (f.size() < 3) {
          continue; // Go skips it without ending the current module
        }
        if (current != null) {
          entries.add(current.build());
        }
        current = moduleLine(lineNo, f);
        continue;
      }
      if (current == null) {
        continue; // Go needs a preceding module line for annotations and packages
      }
      if (line.startsWith("## ")) {
        for (String entry : line.substring(3).split(";", -1)) {
          String e = entry.strip();
          if (e.equals("explicit")) {
            current.explicit = true;
          } else if (e.startsWith("go ")) {
            current.goVersion = e.substring(3);
          }
        }
        continue;
      }
      List<String> f = GoText.fields(line);
      if (f.size() == 1 && ModuleSyntax.isValidImportPath(f.get(0))) {
        current.packages.add(f.get(0));
        String have = selected.get(current.key.path());
        if (have == null || ModuleSyntax.compareSemver(have, current.key.version()) < 0) {
          selected.put(current.key.path(), current.key.version());
          vendorList.add(current.key);
        }
      }
    }
    if (current != null) {
      entries.add(current.build());
    }
    // Go appends a newer version to vendorList and updates the selected one; keep only selected
    List<ModulesTxt.Key> finalList = new ArrayList<>();
    for (ModulesTxt.Key k : vendorList) {
      if (k.version().equals(selected.get(k.path())) && !finalList.contains(k)) {
        finalList.add(k);
      }
    }
    return new ModulesTxt(path, workspace, entries, finalList);
  }

  /** A {@code # ...} line: a module, a wildcard replacement, or (null) a line Go ignores. */
  private static Builder moduleLine(int lineNo, List<String> f) {
    Builder b;
    int rest;
    if (ModuleSyntax.isValidSemver(f.get(2))) {
      b = new Builder(lineNo, new ModulesTxt.Key(f.get(1), f.get(2)));
      rest = 3;
    } else if (f.get(2).equals("=>")) {
      b = new Builder(lineNo, new ModulesTxt.Key(f.get(1), ""));
      rest = 2;
    } else {
      return null; // Go resets the current module and ignores the line
    }
    List<String> r = f.subList(rest, f.size());
    if (r.size() >= 2 && r.get(0).equals("=>")) {
      if (r.size() == 2) {
        b.replacement = Optional.of(new ModulesTxt.Replacement(r.get(1), ""));
      } else if (r.size() == 3 && ModuleSyntax.isValidSemver(r.get(2))) {
        b.replacement = Optional.of(new ModulesTxt.Replacement(r.get(1), r.get(2)));
      }
    }
    return b;
  }

  private static final class Builder {
    final int line;
    final ModulesTxt.Key key;
    Optional<ModulesTxt.Replacement> replacement = Optional.empty();
    boolean explicit;
    String goVersion = "";
    final List<String> packages = new ArrayList<>();

    Builder(int line, ModulesTxt.Key key) {
      this.line = line;
      this.key = key;
    }

    ModulesTxt.Entry build() {
      return new ModulesTxt.Entry(line, key, replacement, explicit, goVersion, packages);
    }
  }
}
