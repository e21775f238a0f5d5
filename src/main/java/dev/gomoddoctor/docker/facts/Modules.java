package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.gomod.ModuleTree;
import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.Replacement;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.scan.FileIndex;
import dev.gomoddoctor.scan.ScanContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the module a Dockerfile builds, from the module checker's parsed tree (never a second parse). */
final class Modules {
  private Modules() {}

  /** The module at or above the Dockerfile's directory. */
  static Optional<BuiltModule> forDockerfile(ScanContext ctx, String dockerfileDir) {
    ModuleTree tree = ModuleTree.of(ctx);
    Optional<ModuleTree.GoModFile> gm = tree.enclosingModule(dockerfileDir);
    if (gm.isEmpty() || !gm.get().parsed().syntaxValid()) {
      return Optional.empty();
    }
    return Optional.of(of(ctx, gm.get()));
  }

  /** One go.mod of the tree (that parses) as the module a build loads. */
  static BuiltModule of(ScanContext ctx, ModuleTree.GoModFile gm) {
    ModFile f = gm.file();
    String dir = gm.directory();
    List<BuiltModule.Requirement> reqs = new ArrayList<>();
    List<String> dirReplaces = new ArrayList<>();
    for (Replacement r : f.replaces()) {
      if (r.isDirectory()) {
        dirReplaces.add(r.newModule().path());
      }
    }
    for (Requirement r : f.requires()) {
      Optional<Replacement> rep = replacementOf(f, r);
      if (rep.isPresent() && rep.get().isDirectory()) {
        continue;
      }
      String path = rep.map(x -> x.newModule().path()).orElse(r.path());
      String version = rep.map(x -> x.newModule().version()).orElse(r.version());
      reqs.add(new BuiltModule.Requirement(path, version));
    }
    String prefix = dir.isEmpty() ? "" : dir + "/";
    Optional<String> work = Optional.empty();
    String d = dir;
    while (true) {
      String candidate = d.isEmpty() ? "go.work" : d + "/go.work";
      if (ctx.files().contains(candidate)) {
        work = Optional.of(candidate);
        break;
      }
      if (d.isEmpty()) {
        break;
      }
      d = FileIndex.parentOf(d);
    }
    return new BuiltModule(dir, gm.path(), f.modulePath(), f.goVersion(), reqs, dirReplaces,
        ctx.files().contains(prefix + "go.sum"), ctx.files().contains(prefix + "vendor/modules.txt"), work);
  }

  /** The version-specific replace for path@version, else the wildcard one. */
  private static Optional<Replacement> replacementOf(ModFile f, Requirement r) {
    Optional<Replacement> wildcard = Optional.empty();
    for (Replacement x : f.replaces()) {
      if (!x.oldModule().path().equals(r.path())) {
        continue;
      }
      if (x.oldModule().version().equals(r.version())) {
        return Optional.of(x);
      }
      if (x.isWildcard()) {
        wildcard = Optional.of(x);
      }
    }
    return wildcard;
  }
}
