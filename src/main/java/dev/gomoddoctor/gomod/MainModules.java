package dev.gomoddoctor.gomod;

import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.gomod.model.GoSourceFile;
import dev.gomoddoctor.gomod.model.GoSum;
import dev.gomoddoctor.gomod.model.ModuleVersion;
import dev.gomoddoctor.gomod.model.ModulesTxt;
import dev.gomoddoctor.gomod.model.UseDirective;
import dev.gomoddoctor.gomod.parser.GoSumParser;
import dev.gomoddoctor.gomod.parser.ModulesTxtParser;
import dev.gomoddoctor.scan.FileIndex;
import dev.gomoddoctor.scan.ScanContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every module of the tree seen as a main module, the way a build run in its directory sees it:
 * its go.sum, vendor/modules.txt and whether vendor mode is on, its own {@code .go} files (not
 * those of nested modules), the workspace it belongs to (go.work {@code use}, GOWORK), the
 * replaces in effect and the go.sum files that count. Computed once per scan on top of
 * {@link ModuleTree} and {@link GoSources}; get it with {@link #of(ScanContext)}.
 *
 * @param modules one per go.mod of the tree, in path order
 * @param workspaces one per go.work of the tree, in path order
 * @param unreadable go.sum / go.work.sum / modules.txt files that could not be read
 */
public record MainModules(List<MainModule> modules, List<Workspace> workspaces,
    List<ModuleTree.UnreadableFile> unreadable) {

  public MainModules {
    modules = List.copyOf(modules);
    workspaces = List.copyOf(workspaces);
    unreadable = List.copyOf(unreadable);
  }

  /**
   * A go.work of the tree.
   *
   * @param members the go.mod files its {@code use} lines name that exist in the tree
   * @param workSum go.work.sum beside it
   * @param active GOWORK selects it (auto finds it, or names it); off: inactive
   * @param vendor the workspace's vendor/modules.txt (next to go.work)
   * @param vendorMode builds use the workspace vendor directory
   */
  public record Workspace(ModuleTree.GoWorkFile work, List<ModuleTree.GoModFile> members,
      Optional<GoSum> workSum, Replacements replacements, boolean active, Optional<ModulesTxt> vendor,
      boolean hasVendorDir, boolean vendorMode) {
    public Workspace {
      members = List.copyOf(members);
    }

    public String directory() {
      return work.directory();
    }

    public Set<String> modulePaths() {
      return members.stream().map(m -> m.file().modulePath()).filter(p -> !p.isEmpty()).collect(Collectors.toSet());
    }
  }

  /**
   * One go.mod as the main module of a build run in its directory.
   *
   * @param goSum go.sum beside it
   * @param vendor vendor/modules.txt beside it (its own, also in workspace mode)
   * @param hasVendorDir a {@code vendor} directory beside it
   * @param goFiles its own {@code .go} files (nested modules' files excluded)
   * @param workspace the active workspace that uses it, if any
   * @param replacements the replaces in effect (go.work's override in workspace mode)
   * @param vendorMode package-loading commands use the vendor directory (of the module, or of
   *     the workspace in workspace mode)
   * @param sums the go.sum files that count: its own, or in workspace mode go.work.sum and every
   *     workspace module's go.sum
   */
  public record MainModule(ModuleTree.GoModFile mod, Optional<GoSum> goSum, Optional<ModulesTxt> vendor,
      boolean hasVendorDir, List<GoSourceFile> goFiles, Optional<Workspace> workspace,
      Replacements replacements, boolean vendorMode, List<GoSum> sums) {
    public MainModule {
      goFiles = List.copyOf(goFiles);
      sums = List.copyOf(sums);
    }

    public String directory() {
      return mod.directory();
    }

    public String modulePath() {
      return mod.file().modulePath();
    }

    public boolean inWorkspace() {
      return workspace.isPresent();
    }

    /** True when a counting go.sum has the {@code /go.mod} line of the module. */
    public boolean hasGoModSum(ModuleVersion m) {
      return sums.stream().anyMatch(s -> s.hasGoMod(m.path(), m.version()));
    }

    /** True when a counting go.sum has the zip line of the module. */
    public boolean hasZipSum(ModuleVersion m) {
      return sums.stream().anyMatch(s -> s.hasZip(m.path(), m.version()));
    }

    /** Module paths that are main modules for this build: its own, and the workspace's. */
    public Set<String> mainModulePaths() {
      if (workspace.isPresent()) {
        return workspace.get().modulePaths();
      }
      return modulePath().isEmpty() ? Set.of() : Set.of(modulePath());
    }
  }

  /** The shared instance for this scan. */
  public static MainModules of(ScanContext ctx) {
    return ctx.facts().get(MainModules.class, () -> load(ctx, ModuleTree.of(ctx), GoSources.of(ctx)));
  }

  static MainModules load(ScanContext ctx, ModuleTree tree, GoSources sources) {
    FileIndex files = ctx.files();
    List<ModuleTree.UnreadableFile> unreadable = new ArrayList<>();
    // GOFLAGS and GOWORK as the go command sees them (environment, then the GOENV file)
    GoEnv env = GoEnv.of(ctx);
    String goflags = env.get("GOFLAGS");
    String gowork = env.get("GOWORK").strip();

    // .go files by the module that owns them: the nearest go.mod at or above their directory
    Map<String, List<GoSourceFile>> filesByModuleDir = new LinkedHashMap<>();
    for (String dir : sources.directories()) {
      tree.enclosingModule(dir).ifPresent(m ->
          filesByModuleDir.computeIfAbsent(m.directory(), k -> new ArrayList<>()).addAll(sources.filesIn(dir)));
    }

    List<Workspace> workspaces = new ArrayList<>();
    for (ModuleTree.GoWorkFile w : tree.workFiles()) {
      List<ModuleTree.GoModFile> members = new ArrayList<>();
      List<Replacements.Source> moduleReplaces = new ArrayList<>();
      for (UseDirective use : w.file().uses()) {
        resolveInTree(ctx, w.directory(), use.diskPath()).flatMap(tree::moduleAt).ifPresent(m -> {
          if (!members.contains(m)) {
            members.add(m);
            m.file().replaces().forEach(r -> moduleReplaces.add(new Replacements.Source(r, m.path(), m.directory())));
          }
        });
      }
      boolean active = switch (gowork) {
        case "", "auto" -> true;
        case "off" -> false;
        default -> Path.of(gowork).isAbsolute()
            && Path.of(gowork).normalize().equals(ctx.root().resolve(w.path()).toAbsolutePath().normalize());
      };
      Optional<GoSum> workSum = readSum(files, sibling(w.path(), "go.work.sum"), unreadable);
      Optional<ModulesTxt> vendor = readVendor(files, join(w.directory(), "vendor/modules.txt"), unreadable);
      boolean hasVendorDir = Files.isDirectory(ctx.resolve(join(w.directory(), "vendor")));
      boolean vendorMode = BuildMode.vendorMode(goflags, hasVendorDir,
          Optional.of(w.file().goVersion().orElse(dev.gomoddoctor.gomod.version.GoVersion.DEFAULT_GO_WORK_VERSION)),
          true, vendor.map(ModulesTxt::workspace).orElse(false));
      workspaces.add(new Workspace(w, members, workSum,
          Replacements.workspace(moduleReplaces, w.file().replaces(), w.path(), w.directory()),
          active, vendor, hasVendorDir, vendorMode));
    }

    Map<String, Optional<GoSum>> sumsByModule = new LinkedHashMap<>();
    for (ModuleTree.GoModFile m : tree.modFiles()) {
      sumsByModule.put(m.path(), readSum(files, sibling(m.path(), "go.sum"), unreadable));
    }

    List<MainModule> modules = new ArrayList<>();
    for (ModuleTree.GoModFile m : tree.modFiles()) {
      Optional<Workspace> ws = workspaceOf(m, workspaces, gowork);
      Optional<GoSum> goSum = sumsByModule.get(m.path());
      Optional<ModulesTxt> vendor = readVendor(files, join(m.directory(), "vendor/modules.txt"), unreadable);
      boolean hasVendorDir = Files.isDirectory(ctx.resolve(join(m.directory(), "vendor")));
      Replacements replacements;
      boolean vendorMode;
      List<GoSum> sums = new ArrayList<>();
      if (ws.isPresent()) {
        replacements = ws.get().replacements();
        vendorMode = ws.get().vendorMode();
        ws.get().workSum().ifPresent(sums::add);
        for (ModuleTree.GoModFile member : ws.get().members()) {
          sumsByModule.getOrDefault(member.path(), Optional.empty()).ifPresent(sums::add);
        }
      } else {
        replacements = Replacements.of(m.file().replaces(), m.path(), m.directory());
        vendorMode = BuildMode.vendorMode(goflags, hasVendorDir, m.file().goVersion(), false,
            vendor.map(ModulesTxt::workspace).orElse(false));
        goSum.ifPresent(sums::add);
      }
      modules.add(new MainModule(m, goSum, vendor, hasVendorDir,
          filesByModuleDir.getOrDefault(m.directory(), List.of()), ws, replacements, vendorMode, sums));
    }
    return new MainModules(modules, workspaces, unreadable);
  }

  /**
   * The workspace a module builds in: with GOWORK auto, the nearest go.work at or above it (when
   * that go.work uses it); with GOWORK set to a file, that one; off: none.
   */
  private static Optional<Workspace> workspaceOf(ModuleTree.GoModFile m, List<Workspace> workspaces, String gowork) {
    if (gowork.equals("off")) {
      return Optional.empty();
    }
    Workspace nearest = null;
    for (Workspace w : workspaces) {
      if (!w.active()) {
        continue;
      }
      boolean above = w.directory().isEmpty() || m.directory().equals(w.directory())
          || m.directory().startsWith(w.directory() + "/");
      boolean explicit = !gowork.isEmpty() && !gowork.equals("auto");
      if ((above || explicit) && (nearest == null || w.directory().length() > nearest.directory().length())) {
        nearest = w;
      }
    }
    if (nearest != null && nearest.members().contains(m)) {
      return Optional.of(nearest);
    }
    return Optional.empty();
  }

  /**
   * A directory named relative to {@code baseDir} (or absolute), as a path relative to the scan
   * root; empty when it lies outside the root.
   */
  static Optional<String> resolveInTree(ScanContext ctx, String baseDir, String dir) {
    Path root = ctx.root().toAbsolutePath().normalize();
    Path p = Path.of(dir.replace('\\', '/'));
    Path abs = p.isAbsolute() ? p.normalize() : root.resolve(baseDir).resolve(p).normalize();
    if (!abs.startsWith(root)) {
      return Optional.empty();
    }
    return Optional.of(root.relativize(abs).toString().replace('\\', '/'));
  }

  static String join(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }

  private static String sibling(String path, String name) {
    return join(FileIndex.parentOf(path), name);
  }

  private static Optional<GoSum> readSum(FileIndex files, String rel, List<ModuleTree.UnreadableFile> unreadable) {
    return read(files, rel, unreadable).map(t -> GoSumParser.parse(rel, t));
  }

  private static Optional<ModulesTxt> readVendor(FileIndex files, String rel, List<ModuleTree.UnreadableFile> unreadable) {
    return read(files, rel, unreadable).map(t -> ModulesTxtParser.parse(rel, t));
  }

  private static Optional<String> read(FileIndex files, String rel, List<ModuleTree.UnreadableFile> unreadable) {
    if (!files.contains(rel)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new String(Files.readAllBytes(files.resolve(rel)), StandardCharsets.UTF_8));
    } catch (IOException | SecurityException e) {
      unreadable.add(new ModuleTree.UnreadableFile(rel, String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  /** The main module of a build run in a directory, if the tree has one there. */
  public Optional<MainModule> at(String moduleDir) {
    return modules.stream().filter(m -> m.directory().equals(moduleDir)).findFirst();
  }
}
