package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.DockerProject;
import dev.gomoddoctor.docker.context.BuildContext;
import dev.gomoddoctor.docker.context.DockerBuild;
import dev.gomoddoctor.docker.facts.BuiltModule;
import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

        **Go/Docker says:** `go: example.com/lib@v0.0.0: replacement directory ../lib does not exist`.

        **Fires:** the module a Dockerfile builds has a filesystem replace whose directory lies
        outside the build context, and a stage runs a go command that needs the module (not in
        vendor mode). The context is the one declared in `.gomod-doctor.yaml`, a compose file or a
        workflow's `docker build`; when it is only inferred, the rule fires only for directories
        outside the scanned tree, which no context inside it can hold.

        **Fix:** build from a context that holds both (`docker build -f app/Dockerfile .` from the
        common parent, or `context: ..` in compose), then `COPY lib/ /src/lib/`; or pass the
        directory as a named context (`--build-context lib=../lib` and `COPY --from=lib . /lib`);
        or vendor the dependency (`go mod vendor`).

        **Quiet:** targets inside the context; absolute replace paths (a COPY may create them in
        the image); vendor mode (`-mod=vendor`, or a vendor directory with `go` ≥ 1.14); builds
        with named contexts.
        """)
public final class ReplaceOutsideBuildContext implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    Optional<BuiltModule> module = facts.module();
    if (module.isEmpty() || module.get().directoryReplaces().isEmpty() || module.get().vendorByDefault()) {
      return;
    }
    Optional<DockerBuild> build = DockerProject.of(facts.scan()).builds().stream()
        .filter(b -> b.dockerfilePath().equals(facts.path()))
        .findFirst();
    if (build.isEmpty() || !build.get().context().namedContexts().isEmpty()) {
      return;
    }
    BuildContext context = build.get().context();
    Optional<Located> first = firstModuleCommand(facts);
    if (first.isEmpty()) {
      return;
    }
    for (String target : module.get().directoryReplaces()) {
      if (target.startsWith("/")) {
        continue;
      }
      String resolved = normalize(module.get().directory(), target);
      boolean outside = context.origin() == BuildContext.Origin.INFERRED
          ? resolved.startsWith("../") || resolved.equals("..")
          : !isWithin(resolved, context.dir());
      if (outside) {
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

  private static boolean isWithin(String path, String dir) {
    if (dir.isEmpty() || dir.equals(".")) {
      return !path.startsWith("../") && !path.equals("..");
    }
    return path.equals(dir) || path.startsWith(dir + "/");
  }
}
