package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.context.BuildContext;
import dev.gomoddoctor.docker.context.DockerBuild;
import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.GoCommandDir;
import dev.gomoddoctor.docker.facts.ImagePaths;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.image.Presence;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.gomod.ModuleTree;
import dev.gomoddoctor.gomod.model.UseDirective;
import dev.gomoddoctor.gomod.version.GoVersion;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FileIndex;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    code = "GMD421",
    name = "go-work-in-stage-incomplete",
    severity = Severity.ERROR,
    summary = "a go.work in the stage whose modules are missing or too new",
    tags = {"docker"},
    help = """
        `COPY . .` of a monorepo copies go.work into the image, and the go command then works in
        workspace mode. When .dockerignore or the Dockerfile leaves out a sibling module that
        go.work `use`s, or a used module's `go` line is newer than go.work's, every command that
        loads the workspace fails, although the module being built does not need the workspace.

        **Go/Docker says:**
        - `go: cannot load module … listed in go.work file: …`;
        - `module … listed in go.work file requires go >= 1.25.0, but go.work lists go 1.25; to update
          it:` + `go work use`.

        **Fires:** a go.work is in the stage (in the go command's directory or an ancestor),
        GOWORK is not `off`, a go command that loads the workspace runs, and a `use` target's go.mod
        is not in the stage, or a used module's `go` line is newer (Go's order) than go.work's.

        **Fix:** `ENV GOWORK=off` in the build stage (the module builds on its own go.mod), or keep
        go.work out of the context (`go.work` and `go.work.sum` in .dockerignore), or copy every
        module the workspace uses.

        **Quiet:** GOWORK=off (ENV or inline); go.work excluded or never copied; every `use`
        target present with `go` lines not newer than go.work's; `go install|run pkg@version`; a
        `use` target outside the build context (GMD412 reports it).
        """)
public final class GoWorkInStageIncomplete implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    ModuleTree tree = ModuleTree.of(facts.scan());
    Optional<BuildContext> context = GoCommands.build(facts).map(DockerBuild::context);
    for (StageFacts s : facts.stages()) {
      Set<String> reported = new HashSet<>();
      for (Step st : s.steps()) {
        for (GoInvocation g : st.run().map(r -> r.goCommands()).orElse(List.of())) {
          if (!g.needsMainModule() || g.allArgsVersioned() || g.onlyGoFiles()) {
            continue;
          }
          GoEnv env = facts.goEnv(s, st, g);
          String gowork = env.get("GOWORK");
          if (!gowork.isEmpty() && !gowork.equals("auto")) {
            continue; // off, or an explicit file this rule does not follow
          }
          Optional<String> dir = GoCommandDir.of(st, g);
          if (dir.isEmpty()) {
            continue;
          }
          Optional<String> workDir = workDirOf(facts, s, st, dir.get());
          if (workDir.isEmpty()) {
            continue;
          }
          String workInStage = (workDir.get().equals("/") ? "" : workDir.get()) + "/go.work";
          Optional<ModuleTree.GoWorkFile> work = facts.files().sourceOf(s.index(), st.index(), workInStage)
              .flatMap(src -> tree.workFiles().stream().filter(w -> w.path().equals(src)).findFirst())
              .filter(ModuleTree.GoWorkFile::ok);
          if (work.isEmpty()) {
            continue;
          }
          Optional<String> workGo = work.get().file().goVersion();
          for (UseDirective use : work.get().file().uses()) {
            String scanDir = normalize(FileIndex.parentOf(work.get().path()), use.diskPath());
            if (context.isPresent() && !use.diskPath().startsWith("/") && !context.get().mayHold(scanDir)) {
              continue; // no COPY can bring it: GMD412 reports the target outside the context
            }
            String useInStage = ImagePaths.clean(ImagePaths.resolve(workDir.get(), use.diskPath()));
            String goMod = (useInStage.equals("/") ? "" : useInStage) + "/go.mod";
            Presence p = facts.files().at(s.index(), st.index(), goMod);
            String key = use.diskPath();
            if (p == Presence.NO && !GoCommandDir.earlierStepsMayCreateFiles(s, st.index(), x -> false)
                && reported.add(key)) {
              sink.report(this, facts.at(st, g),
                  "`" + g.text() + "` in " + s.label() + " runs in workspace mode (" + workInStage + " from "
                      + work.get().path() + "), but the module it uses at " + use.diskPath() + " is not in the"
                      + " stage: go fails with \"cannot load module " + use.diskPath() + " listed in go.work file\"",
                  "ENV GOWORK=off in this stage, or add go.work and go.work.sum to .dockerignore, or COPY "
                      + use.diskPath() + " too");
            } else if (p == Presence.YES && workGo.isPresent()) {
              Optional<String> modGo = tree.moduleAt(scanDir).filter(ModuleTree.GoModFile::ok)
                  .flatMap(m -> m.file().goVersion());
              if (modGo.isPresent() && GoVersion.compare(modGo.get(), workGo.get()) > 0 && reported.add(key)) {
                sink.report(this, facts.at(st, g),
                    "module " + use.diskPath() + " listed in " + work.get().path() + " requires go >= " + modGo.get()
                        + ", but go.work lists go " + workGo.get() + ": `" + g.text() + "` in " + s.label() + " fails",
                    "run `go work use` to raise go.work's go line, or ENV GOWORK=off in this stage");
              }
            }
          }
        }
      }
    }
  }

  /** The directory of the first go.work found from {@code dir} upwards that the stage has. */
  private static Optional<String> workDirOf(DockerfileFacts facts, StageFacts s, Step st, String dir) {
    return GoCommandDir.selfAndAncestors(dir).stream()
        .filter(d -> facts.files().at(s.index(), st.index(), (d.equals("/") ? "" : d) + "/go.work") == Presence.YES)
        .findFirst();
  }


  private static String normalize(String dir, String target) {
    String s = Path.of(dir.isEmpty() ? "." : dir).resolve(target).normalize().toString()
        .replace(java.io.File.separatorChar, '/');
    return s.equals(".") ? "" : s;
  }
}
