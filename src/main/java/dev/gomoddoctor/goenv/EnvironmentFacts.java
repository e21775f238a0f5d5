package dev.gomoddoctor.goenv;

import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.scan.ScanContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the environment rules look at: the effective Go environment, the scanned modules' go.mod
 * files (where findings with no file of their own attach, line 1), and the scan context.
 *
 * @param goMods relative paths of the scanned go.mod files, root first
 */
public record EnvironmentFacts(ScanContext ctx, GoEnv env, List<String> goMods, Redactor redactor) {

  public EnvironmentFacts {
    goMods = List.copyOf(goMods);
  }

  public static EnvironmentFacts of(ScanContext ctx) {
    List<String> mods = new ArrayList<>(ctx.files().named("go.mod"));
    mods.sort((a, b) -> Integer.compare(depth(a), depth(b)) != 0 ? Integer.compare(depth(a), depth(b)) : a.compareTo(b));
    return new EnvironmentFacts(ctx, GoEnv.of(ctx), mods, Redactor.patterns());
  }

  private static int depth(String p) {
    return (int) p.chars().filter(c -> c == '/').count();
  }

  /** Line 1 of every scanned go.mod: where environment-wide findings attach. */
  public List<Location> anchors() {
    return goMods.stream().map(m -> Location.line(m, 1)).toList();
  }

  /**
   * Where a finding about a line of an env file goes: the file itself when it lies inside the
   * scanned tree, else line 1 of every scanned go.mod.
   */
  public List<Location> locate(String absolutePath, int line) {
    Optional<String> inTree = insideRoot(absolutePath);
    if (inTree.isPresent()) {
      return List.of(line > 0 ? Location.line(inTree.get(), line) : Location.file(inTree.get()));
    }
    return anchors();
  }

  private Optional<String> insideRoot(String absolutePath) {
    try {
      Path root = ctx.root().toAbsolutePath().normalize();
      Path p = Path.of(absolutePath).toAbsolutePath().normalize();
      if (p.startsWith(root) && Files.isRegularFile(p)) {
        return Optional.of(ctx.relativize(p));
      }
    } catch (RuntimeException e) {
      // not a path on this machine: keep the go.mod anchors
    }
    return Optional.empty();
  }

  /** The directory of a scanned go.mod, absolute. */
  public Path moduleDir(String goMod) {
    String dir = dev.gomoddoctor.scan.FileIndex.parentOf(goMod);
    return dir.isEmpty() ? ctx.root() : ctx.resolve(dir);
  }

  /** Where a setting came from, for messages: {@code (from GOENV file …:3)}. */
  public String from(String key) {
    return "(from " + env.source(key).display() + ")";
  }

  /** "Go 1.22.5", or the assumed release with a note that no toolchain was found. */
  public String goDisplay() {
    return env.assumedVersion()
        ? "Go " + env.goVersion() + " (assumed: no go toolchain found)"
        : "Go " + env.goVersion();
  }
}
