package dev.gomoddoctor.gomod;

import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.ModuleVersion;
import dev.gomoddoctor.gomod.model.ModulesTxt;
import dev.gomoddoctor.gomod.model.Replacement;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.gomod.version.GoVersion;
import dev.gomoddoctor.gomod.version.ModulePaths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The go command's "inconsistent vendoring" check (cmd/go modload/vendor.go
 * checkVendorConsistency), reproduced: requirements must be marked {@code ## explicit},
 * replacements must match, and modules.txt must not claim explicit requirements or replacements
 * go.mod no longer has. For main modules whose go line is below 1.14 (or missing) it applies Go's
 * relaxations, since modules.txt then carried less information.
 */
public final class VendorConsistency {
  private VendorConsistency() {}

  /**
   * One line of Go's error list.
   *
   * @param module {@code path@version} or just the path, as Go prints it
   * @param detail Go's text after the module
   * @param file where the fix shows: the go.mod/go.work of the requirement or replace, or modules.txt
   * @param line 1-based line in {@code file}
   */
  public record Problem(String module, String detail, String file, int line) {
    public String goLine() {
      return module + ": " + detail;
    }
  }

  /** One main module's go.mod as vendor consistency sees it. */
  public record MainModFile(ModFile modFile, String file, String dir) {}

  /**
   * Runs the check.
   *
   * @param vendor the parsed modules.txt (an empty one when the file is missing)
   * @param mains the main modules' go.mod files: one, or every workspace module
   * @param work go.work's replaces and file in workspace mode
   * @param replacements the replaces in effect (go.work overriding in workspace mode)
   */
  public static List<Problem> check(ModulesTxt vendor, List<MainModFile> mains,
      Optional<WorkReplaces> work, Replacements replacements) {
    boolean workspace = work.isPresent();
    boolean pre114 = !workspace
        && GoVersion.compare(mains.get(0).modFile().goVersion().orElse("1.0"), "1.14") < 0;
    var meta = vendor.meta();
    List<Problem> out = new ArrayList<>();

    for (MainModFile m : mains) {
      for (Requirement r : m.modFile().requires()) {
        ModulesTxt.Key key = new ModulesTxt.Key(r.path(), r.version());
        ModulesTxt.Meta vm = meta.get(key);
        if (vm != null && vm.explicit()) {
          continue;
        }
        if (pre114) {
          Optional<String> vv = vendor.vendoredVersion(r.path());
          if (vv.isPresent() && !vv.get().equals(r.version())) {
            out.add(new Problem(r.module().toString(), "is explicitly required in go.mod, but vendor/modules.txt indicates "
                + r.path() + "@" + vv.get(), m.file(), r.position().line()));
          }
        } else {
          out.add(new Problem(r.module().toString(),
              "is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt",
              m.file(), r.position().line()));
        }
      }
    }

    Set<ModuleVersion> seen = new HashSet<>();
    Set<ModuleVersion> reportedDifferent = new HashSet<>();
    List<Replaces> lists = new ArrayList<>();
    for (MainModFile m : mains) {
      lists.add(new Replaces(m.modFile().replaces(), m.file()));
    }
    work.ifPresent(w -> lists.add(new Replaces(w.replaces(), w.file())));
    for (Replaces list : lists) {
      for (Replacement r : list.replaces()) {
        if (!seen.add(r.oldModule())) {
          continue;
        }
        Optional<Replacements.Source> effective = replacements.exactly(r.oldModule());
        ModulesTxt.Meta vm = meta.get(new ModulesTxt.Key(r.oldModule().path(), r.oldModule().version()));
        Optional<ModulesTxt.Replacement> vr = vm == null ? Optional.empty() : vm.replacement();
        String source = effective.map(s -> shortName(s.file())).orElse(shortName(list.file()));
        int line = effective.map(s -> s.replace().position().line()).orElse(r.position().line());
        String file = effective.map(Replacements.Source::file).orElse(list.file());
        if (vr.isEmpty()) {
          if (effective.isEmpty()) {
            continue; // not actually replaced (a main module)
          }
          boolean exempt = pre114 && (r.isWildcard()
              || !vendor.vendoredVersion(r.oldModule().path()).equals(Optional.of(r.oldModule().version())));
          if (!exempt) {
            out.add(new Problem(r.oldModule().toString(), "is replaced in " + source
                + ", but not marked as replaced in vendor/modules.txt", file, line));
          }
        } else {
          ModuleVersion want = canonical(effective.map(s -> s.replace()).orElse(r), effective, work);
          if (!same(vr.get(), want)) {
            reportedDifferent.add(r.oldModule());
            ModuleVersion shown = effective.map(s -> s.replace().newModule()).orElse(r.newModule());
            out.add(new Problem(r.oldModule().toString(), "is replaced by " + shown + " in " + source
                + ", but marked as replaced by " + vr.get().display() + " in vendor/modules.txt", file, line));
          }
        }
      }
    }

    for (ModulesTxt.Key k : vendor.vendorList()) {
      ModulesTxt.Meta vm = meta.get(k);
      if (vm == null || !vm.explicit()) {
        continue;
      }
      boolean required = false;
      for (MainModFile m : mains) {
        for (Requirement r : m.modFile().requires()) {
          if (r.path().equals(k.path()) && r.version().equals(k.version())) {
            required = true;
          }
        }
      }
      if (!required) {
        out.add(new Problem(k.display(), "is marked as explicit in vendor/modules.txt, but not explicitly required in "
            + (workspace ? "a go.mod" : "go.mod"), vendor.path(), vendor.lineOf(k)));
      }
    }

    Set<ModulesTxt.Key> replacedSeen = new HashSet<>();
    for (ModulesTxt.Key k : vendor.replaced()) {
      if (!replacedSeen.add(k)) {
        continue;
      }
      Optional<Replacements.Source> r = replacements.of(k.path(), k.version());
      if (r.isEmpty()) {
        out.add(new Problem(k.display(), "is marked as replaced in vendor/modules.txt, but not replaced in "
            + (workspace ? "the workspace" : "go.mod"), vendor.path(), vendor.lineOf(k)));
        continue;
      }
      // Go 1.21 and older also compare the two; newer releases report the same difference above
      ModulesTxt.Replacement mine = meta.get(k).replacement().orElseThrow();
      ModuleVersion want = canonical(r.get().replace(), r, work);
      ModuleVersion old = new ModuleVersion(k.path(), k.version());
      if (!same(mine, want) && !reportedDifferent.contains(old) && !seen.contains(old)) {
        out.add(new Problem(k.display(), "is marked as replaced by " + mine.display()
            + " in vendor/modules.txt, but replaced by " + r.get().replace().newModule() + " in go.mod",
            vendor.path(), vendor.lineOf(k)));
      }
    }
    return out;
  }

  /** go.work's replaces, for workspace mode. */
  public record WorkReplaces(List<Replacement> replaces, String file, String dir) {}

  private record Replaces(List<Replacement> replaces, String file) {}

  private static boolean same(ModulesTxt.Replacement vr, ModuleVersion want) {
    return vr.path().equals(want.path()) && vr.version().equals(want.version());
  }

  /**
   * In workspace mode a relative directory replacement is recorded relative to the workspace
   * (cmd/go canonicalizeReplacePath); in module mode it is kept as written.
   */
  private static ModuleVersion canonical(Replacement r, Optional<Replacements.Source> source,
      Optional<WorkReplaces> work) {
    ModuleVersion n = r.newModule();
    if (work.isEmpty() || n.hasVersion() || !ModulePaths.isDirectoryPath(n.path())) {
      return n;
    }
    String p = n.path();
    if (p.startsWith("/") || p.startsWith("\\") || (p.length() >= 2 && p.charAt(1) == ':')) {
      return n;
    }
    String base = source.map(Replacements.Source::baseDir).orElse(work.get().dir());
    String workDir = work.get().dir();
    String joined = normalize(base.isEmpty() ? p : base + "/" + p);
    String rel = relative(workDir, joined);
    return new ModuleVersion(rel.startsWith(".") ? rel : "./" + rel, "");
  }

  static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String e : path.replace('\\', '/').split("/")) {
      if (e.isEmpty() || e.equals(".")) {
        continue;
      }
      if (e.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
        parts.remove(parts.size() - 1);
      } else {
        parts.add(e);
      }
    }
    return String.join("/", parts);
  }

  static String relative(String fromDir, String to) {
    List<String> a = fromDir.isEmpty() ? List.of() : List.of(normalize(fromDir).split("/"));
    List<String> b = to.isEmpty() ? List.of() : List.of(to.split("/"));
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    List<String> out = new ArrayList<>();
    for (int k = i; k < a.size(); k++) {
      out.add("..");
    }
    out.addAll(b.subList(i, b.size()));
    return out.isEmpty() ? "." : String.join("/", out);
  }

  /** Go prints the short file name (go.mod, go.work) in these messages. */
  private static String shortName(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? file : file.substring(slash + 1);
  }
}
