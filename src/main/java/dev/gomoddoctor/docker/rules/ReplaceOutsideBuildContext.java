package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.context.BuildContext;
import dev.gomoddoctor.docker.context.DockerBuild;
import dev.gomoddoctor.docker.facts.BuiltModule;
import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.ModuleInStage;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.image.Presence;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.gomod.ModuleTree;
import dev.gomoddoctor.gomod.model.Replacement;
import dev.gomoddoctor.gomod.model.UseDirective;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    code = "GMD412",
    name = "replace-outside-build-context",
    severity = Severity.ERROR,
    summary = "a filesystem replace or go.work `use` points outside the build context",
    tags = {"docker"},
    help = """
        A filesystem `replace example.com/lib => ../lib` works on the laptop, where `../lib` is
        beside the module. A Docker build only sees its build context: when the directory is
        outside it, no COPY can bring it in and every go command that loads the module fails.
        The same holds for a go.work copied into the image: in workspace mode Go loads the go.mod
        of every `use` directory and reads go.work's own filesystem replaces.

        **Go/Docker says:** `go: example.com/lib@v0.0.0: replacement directory ../lib does not exist`;
        go.work: `go: cannot load module ../lib listed in go.work file: …`.

        **Fires:**
        - the module a Dockerfile builds has a filesystem replace whose directory lies outside the
          build context, and a stage runs a go command that needs the module (not in vendor mode);
        - a go command runs in workspace mode in the stage (a go.work that the build-context model
          finds there at or above its directory, copied from the context, GOWORK not `off`), and
          a `use` directory of that go.work, or one of its filesystem replaces (not in vendor
          mode), lies outside the build context. The message names the go.work line.

        The context is the one declared in `.gomod-doctor.yaml`, a compose file or a workflow's
        `docker build`; when it is only inferred, the rule fires only for directories outside the
        scanned tree, which no context inside it can hold. The finding is on the go command.

        **Fix:** build from a context that holds both (`docker build -f app/Dockerfile .` from the
        common parent, or `context: ..` in compose), then `COPY lib/ /src/lib/`; or pass the
        directory as a named context (`--build-context lib=../lib` and `COPY --from=lib . /lib`);
        or vendor the dependency (`go mod vendor`). For a go.work the module does not need inside
        the image:

        ```dockerfile
        ENV GOWORK=off
        ```

        or keep it out of the context with `go.work` and `go.work.sum` in .dockerignore.

        **Quiet:** targets inside the context (whether they are copied is GMD421's business for
        go.work); absolute paths (a COPY may create them in the image); vendor mode (`-mod=vendor`,
        or a vendor directory with `go` ≥ 1.14) for replaces (a `use` directory is read even
        then); GOWORK=off, or a go.work that is not in the stage (never copied, excluded by
        .dockerignore); `go install|run pkg@version`; builds with named contexts.
        """)
public final class ReplaceOutsideBuildContext implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    Optional<DockerBuild> build = GoCommands.build(facts);
    if (build.isEmpty() || !build.get().context().namedContexts().isEmpty()) {
      return;
    }
    BuildContext context = build.get().context();
    checkModuleReplaces(facts, context, sink);
    checkWorkspace(facts, context, sink);
  }

  /** Filesystem replaces of the module the Dockerfile builds. */
  private void checkModuleReplaces(DockerfileFacts facts, BuildContext context, FindingSink sink) {
    Optional<BuiltModule> module = facts.module();
    if (module.isEmpty() || module.get().directoryReplaces().isEmpty() || module.get().vendorByDefault()) {
      return;
    }
    Optional<Located> first = firstModuleCommand(facts);
    if (first.isEmpty()) {
      return;
    }
    for (String target : module.get().directoryReplaces()) {
      if (target.startsWith("/")) {
        continue;
      }
      String resolved = normalize(module.get().directory(), target);
      if (!context.mayHold(resolved)) {
        Located at = first.get();
        sink.report(this, facts.at(at.step(), at.go()),
            "go.mod (" + module.get().goModPath() + ") replaces a module with the directory " + target
                + ", which is outside the " + context.describe() + ": `" + at.go().text() + "` in "
                + at.stage().label() + " fails with \"replacement directory " + target + " does not exist\"",
            "build from a context that holds " + resolved + " and COPY it into the stage, pass it as a named"
                + " context (--build-context), or vendor the dependency (go mod vendor)");
      }
    }
  }

  /**
   * A go.work that the build-context model finds in the stage (GOWORK not off, go.work copied and
   * not excluded by .dockerignore) puts the go command in workspace mode: Go loads every {@code use}
   * directory's go.mod (also in vendor mode) and reads go.work's filesystem replaces (except in
   * vendor mode). Any of them outside the build context cannot be in the stage.
   */
  private void checkWorkspace(DockerfileFacts facts, BuildContext context, FindingSink sink) {
    Set<String> reported = new HashSet<>();
    for (StageFacts s : facts.stages()) {
      for (Step st : s.steps()) {
        for (GoInvocation g : st.run().map(r -> r.goCommands()).orElse(List.of())) {
          if (!g.needsMainModule() || g.allArgsVersioned() || g.onlyGoFiles()) {
            continue;
          }
          GoEnv env = facts.goEnv(s, st, g);
          Optional<ModuleInStage> m = ModuleInStage.of(facts, s, st, g, env);
          if (m.isEmpty() || m.get().work().isEmpty()) {
            continue;
          }
          ModuleTree.GoWorkFile work = m.get().work().get();
          String inStage = m.get().workInStage().orElse("go.work");
          for (UseDirective use : work.file().uses()) {
            String resolved = normalize(work.directory(), use.diskPath());
            if (!use.diskPath().startsWith("/") && !context.mayHold(resolved)
                && reported.add(work.path() + " use " + use.diskPath())) {
              sink.report(this, facts.at(st, g),
                  "`" + g.text() + "` in " + s.label() + " runs in workspace mode (" + inStage + ", copied from "
                      + work.path() + "), and " + work.path() + ":" + use.position().line() + " `use "
                      + use.diskPath() + "` points outside the " + context.describe() + ": go fails with \"cannot"
                      + " load module " + use.diskPath() + " listed in go.work file\"",
                  fix(s, st, resolved));
            }
          }
          boolean vendor = m.get().vendorMode(g, env) == Presence.YES;
          for (Replacement r : work.file().replaces()) {
            String target = r.newModule().path();
            if (!r.isDirectory() || vendor || target.startsWith("/")) {
              continue;
            }
            String resolved = normalize(work.directory(), target);
            if (!context.mayHold(resolved) && reported.add(work.path() + " replace " + target)) {
              sink.report(this, facts.at(st, g),
                  "`" + g.text() + "` in " + s.label() + " runs in workspace mode (" + inStage + ", copied from "
                      + work.path() + "), and " + work.path() + ":" + r.position().line() + " replaces "
                      + r.oldModule().path() + " with the directory " + target + ", outside the "
                      + context.describe() + ": go fails with \"replacement directory " + target
                      + " does not exist\"",
                  fix(s, st, resolved));
            }
          }
        }
      }
    }
  }

  /** The Dockerfile lines (or build command) that fix a go.work target outside the context. */
  private static String fix(StageFacts s, Step st, String resolved) {
    String name = resolved.substring(resolved.lastIndexOf('/') + 1);
    return "if the module builds on its own go.mod, add `ENV GOWORK=off` to " + s.label() + " before line "
        + st.line() + " (or put go.work and go.work.sum in .dockerignore); otherwise build from a context that"
        + " holds " + resolved + " and COPY it too, or pass it as a named context: docker build --build-context "
        + name + "=" + resolved + " … with COPY --from=" + name + " . <its path in the stage>";
  }

  private record Located(StageFacts stage, Step step, GoInvocation go) {}

  /** The first go command that loads the module outside vendor mode. */
  private static Optional<Located> firstModuleCommand(DockerfileFacts facts) {
    for (StageFacts s : facts.stages()) {
      for (Step st : s.steps()) {
        for (GoInvocation g : st.run().map(r -> r.goCommands()).orElse(List.of())) {
          GoEnv env = facts.goEnv(s, st, g);
          boolean vendor = g.flag("mod").map("vendor"::equals).orElse(false)
              || env.get("GOFLAGS").contains("-mod=vendor");
          if (g.needsMainModule() && !g.onlyGoFiles() && !vendor) {
            return Optional.of(new Located(s, st, g));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** {@code dir/target} cleaned, relative to the scan root ("../x" when it escapes it). */
  private static String normalize(String dir, String target) {
    Path p = Path.of(dir.isEmpty() ? "." : dir).resolve(target).normalize();
    String s = p.toString().replace(java.io.File.separatorChar, '/');
    return s.isEmpty() ? "." : s;
  }
}
