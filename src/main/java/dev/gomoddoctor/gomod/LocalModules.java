package dev.gomoddoctor.gomod;

import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.ParseResult;
import dev.gomoddoctor.gomod.parser.ModFileParser;
import dev.gomoddoctor.gomod.parser.Strictness;
import dev.gomoddoctor.scan.ScanContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The go.mod of a filesystem replacement's directory: from the tree when it lies inside the scan
 * root (already parsed), else read from disk and parsed as the go command reads a dependency's
 * go.mod (lax).
 */
public final class LocalModules {
  private LocalModules() {}

  /** The directory a filesystem replacement names, resolved against the file's directory. */
  public static Path directory(ScanContext ctx, String baseDir, String target) {
    Path p = Path.of(target);
    Path base = ctx.root().resolve(baseDir);
    return (p.isAbsolute() ? p : base.resolve(target)).toAbsolutePath().normalize();
  }

  public static Optional<ModFile> goMod(ScanContext ctx, ModuleTree tree, String baseDir, String target) {
    Optional<String> inTree = MainModules.resolveInTree(ctx, baseDir, target);
    if (inTree.isPresent()) {
      Optional<ModuleTree.GoModFile> m = tree.moduleAt(inTree.get());
      if (m.isPresent()) {
        return Optional.of(m.get().file());
      }
    }
    Path gomod = directory(ctx, baseDir, target).resolve("go.mod");
    if (!Files.isRegularFile(gomod)) {
      return Optional.empty();
    }
    try {
      String text = new String(Files.readAllBytes(gomod), StandardCharsets.UTF_8);
      ParseResult<ModFile> r = ModFileParser.parseModFile(gomod.toString(), text, Strictness.LAX);
      return Optional.ofNullable(r.file());
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
