package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.docker.DockerProject;
import dev.gomoddoctor.docker.context.BuildContext;
import dev.gomoddoctor.docker.image.Presence;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.gomod.BuildMode;
import dev.gomoddoctor.gomod.MainModules;
import dev.gomoddoctor.gomod.ModuleTree;
import dev.gomoddoctor.gomod.model.ModulesTxt;
import dev.gomoddoctor.gomod.version.GoVersion;
import dev.gomoddoctor.goenv.GoEnv;
import java.util.Optional;

/**
 * The module files one go command finds in its stage, asked of the build-context model rather
 * than guessed from COPY text: the go.mod at or above its directory, the go.work that puts it in
 * workspace mode, and the vendor/modules.txt that vendor mode reads, each with the build-context
 * file it was copied from (parsed by the module checker, never a second time).
 *
 * @param dir the absolute directory the command runs in
 * @param goMod YES when a go.mod is in the stage at or above {@code dir}; NO when the model is sure
 *     none is (no earlier RUN may have made one, and the build context is declared, not inferred);
 *     UNKNOWN otherwise
 * @param moduleDir the absolute directory of that go.mod, when YES
 * @param module the build-context go.mod it was copied from, when known and it parses
 * @param workInStage the absolute path of the go.work Go uses (GOWORK auto or a path), if one is in the stage
 * @param work the build-context go.work it was copied from, when known and it parses
 * @param vendorInStage the absolute path of the vendor/modules.txt vendor mode would read
 * @param vendorPresence whether it is in the stage
 * @param vendor its parsed content, when it was copied from a module's (or workspace's) vendor directory
 */
public record ModuleInStage(
    String dir,
    Presence goMod,
    String moduleDir,
    Optional<BuiltModule> module,
    Optional<String> workInStage,
    Optional<ModuleTree.GoWorkFile> work,
    String vendorInStage,
    Presence vendorPresence,
    Optional<ModulesTxt> vendor) {

  /** What {@code go} in {@code step} finds; empty when its directory is only known at build time. */
  public static Optional<ModuleInStage> of(DockerfileFacts facts, StageFacts stage, Step step, GoInvocation go,
      GoEnv env) {
    Optional<String> dir = GoCommandDir.of(step, go);
    if (dir.isEmpty()) {
      return Optional.empty();
    }
    ModuleTree tree = ModuleTree.of(facts.scan());
    Presence goMod = Presence.NO;
    String moduleDir = "";
    for (String d : GoCommandDir.selfAndAncestors(dir.get())) {
      Presence p = facts.files().at(stage.index(), step.index(), join(d, "go.mod"));
      if (p == Presence.YES) {
        goMod = Presence.YES;
        moduleDir = d;
        break;
      }
      if (p == Presence.UNKNOWN) {
        goMod = Presence.UNKNOWN;
      }
    }
    if (goMod == Presence.NO && (GoCommandDir.earlierStepsMayCreateFiles(stage, step.index(), g -> true)
        || contextInferred(facts))) {
      // an inferred context that lacks the go.mod is more likely too small than the build broken
      goMod = Presence.UNKNOWN;
    }
    Optional<BuiltModule> module = goMod != Presence.YES ? Optional.empty()
        : facts.files().sourceOf(stage.index(), step.index(), join(moduleDir, "go.mod"))
            .flatMap(tree::modFile)
            .filter(m -> m.parsed().syntaxValid())
            .map(m -> Modules.of(facts.scan(), m));

    Optional<String> workInStage = workFileOf(facts, stage, step, dir.get(), env.get("GOWORK").strip());
    Optional<ModuleTree.GoWorkFile> work = workInStage
        .flatMap(w -> facts.files().sourceOf(stage.index(), step.index(), w))
        .flatMap(src -> tree.workFiles().stream().filter(w -> w.path().equals(src)).findFirst())
        .filter(ModuleTree.GoWorkFile::ok);

    // vendor mode reads the workspace's vendor directory in workspace mode, else the module's
    String vendorDir = workInStage.map(w -> parentOf(w)).orElse(moduleDir);
    String vendorInStage = join(vendorDir.isEmpty() ? "/" : vendorDir, "vendor/modules.txt");
    Presence vendorPresence = vendorDir.isEmpty() ? Presence.UNKNOWN
        : facts.files().at(stage.index(), step.index(), vendorInStage);
    Optional<ModulesTxt> vendor = vendorPresence != Presence.YES ? Optional.empty()
        : facts.files().sourceOf(stage.index(), step.index(), vendorInStage).flatMap(src -> parsedVendor(facts, src));
    return Optional.of(new ModuleInStage(dir.get(), goMod, moduleDir, module, workInStage, work, vendorInStage,
        vendorPresence, vendor));
  }

  /** Workspace mode: a go.work in the stage (GOWORK unset/auto: the nearest at or above dir; a path: that file). */
  public boolean workspaceMode() {
    return workInStage.isPresent();
  }

  /**
   * The go version the go command checks first: go.work's in workspace mode (1.18 when it has no
   * go line), else go.mod's; empty when the file it came from is not known.
   */
  public Optional<String> goLine() {
    if (workspaceMode()) {
      return work.map(w -> w.file().goVersion().orElse(GoVersion.DEFAULT_GO_WORK_VERSION));
    }
    return module.flatMap(BuiltModule::goLine);
  }

  /**
   * Whether the command runs in vendor mode, as cmd/go's setDefaultBuildMod decides it over the
   * files in the stage: YES/NO when the model knows, UNKNOWN when a file it needs is only known at build time.
   */
  public Presence vendorMode(GoInvocation go, GoEnv env) {
    if (!go.isPackageLoading()) {
      return Presence.NO;
    }
    Optional<String> mod = go.flag("mod").or(() -> BuildMode.modFlag(env.get("GOFLAGS")));
    if (mod.isPresent()) {
      return Presence.of(mod.get().equals("vendor"));
    }
    if (vendorPresence != Presence.YES) {
      return vendorPresence;
    }
    Optional<String> goLine = goLine();
    if (goLine.isEmpty() && !workspaceMode() && module.isEmpty()) {
      return Presence.UNKNOWN;
    }
    boolean forWorkspace = vendor.map(ModulesTxt::workspace).orElse(false);
    return Presence.of(BuildMode.vendorMode("", true, goLine, workspaceMode(), forWorkspace));
  }

  private static boolean contextInferred(DockerfileFacts facts) {
    return DockerProject.of(facts.scan()).builds().stream()
        .filter(b -> b.dockerfilePath().equals(facts.path()))
        .findFirst()
        .map(b -> b.context().origin() == BuildContext.Origin.INFERRED)
        .orElse(true);
  }

  private static Optional<String> workFileOf(DockerfileFacts facts, StageFacts stage, Step step, String dir,
      String gowork) {
    if (gowork.equals("off")) {
      return Optional.empty();
    }
    if (!gowork.isEmpty() && !gowork.equals("auto")) {
      return gowork.startsWith("/")
          && facts.files().at(stage.index(), step.index(), ImagePaths.clean(gowork)) == Presence.YES
          ? Optional.of(ImagePaths.clean(gowork)) : Optional.empty();
    }
    for (String d : GoCommandDir.selfAndAncestors(dir)) {
      if (facts.files().at(stage.index(), step.index(), join(d, "go.work")) == Presence.YES) {
        return Optional.of(join(d, "go.work"));
      }
    }
    return Optional.empty();
  }

  /** The module checker's parse of a vendor/modules.txt of the tree (a module's or a workspace's). */
  private static Optional<ModulesTxt> parsedVendor(DockerfileFacts facts, String scanPath) {
    MainModules mains = MainModules.of(facts.scan());
    for (MainModules.MainModule m : mains.modules()) {
      if (m.vendor().filter(v -> v.path().equals(scanPath)).isPresent()) {
        return m.vendor();
      }
    }
    for (MainModules.Workspace w : mains.workspaces()) {
      if (w.vendor().filter(v -> v.path().equals(scanPath)).isPresent()) {
        return w.vendor();
      }
    }
    return Optional.empty();
  }

  private static String join(String dir, String name) {
    return dir.equals("/") ? "/" + name : dir + "/" + name;
  }

  private static String parentOf(String abs) {
    int slash = abs.lastIndexOf('/');
    return slash <= 0 ? "/" : abs.substring(0, slash);
  }
}
