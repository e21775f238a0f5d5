package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.BuiltModule;
import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.GoCommandDir;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.image.Presence;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    code = "GMD403",
    name = "go-sum-not-copied",
    severity = Severity.ERROR,
    summary = "go.mod is in the stage without go.sum when packages are loaded",
    tags = {"docker", "reproducibility"},
    help = """
        Package-loading commands (`go build|test|vet|run|list|install`, `go generate`) run in
        readonly mode: every module they load must have its go.sum line. When the Dockerfile
        copies go.mod but not go.sum (or .dockerignore drops go.sum), the build fails even though
        it passes on the laptop. When `go mod download` runs before go.sum arrives it succeeds and
        writes a go.sum of its own, checked only against the checksum database: with GOSUMDB=off,
        or for GOPRIVATE/GONOSUMDB modules, nothing is verified at all.

        **Go/Docker says:** `missing go.sum entry for module providing package …`; the download
        case prints only `go: downloading …` and succeeds.

        **Fires:**
        - (error) go.mod is in the stage without the project's go.sum when a package-loading
          command runs;
        - (warning) `go mod download` runs before go.sum arrives, and go.sum does not arrive
          before the first build with the checksum database on.

        **Fix:**

        ```dockerfile
        COPY go.mod go.sum ./
        RUN go mod download
        ```

        and make sure .dockerignore does not exclude go.sum (GMD402).

        **Quiet:** go.sum brought in by the same or an earlier COPY or bind mount; a module with
        no requirements, or only filesystem-replaced ones; a project without a go.sum (GMD102
        reports that); a later `COPY . .` that brings go.sum before any build (for the warning,
        only when GOSUMDB is on); vendor mode.
        """)
public final class GoSumNotCopied implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    Optional<BuiltModule> module = facts.module();
    if (module.isEmpty() || !module.get().needsDownloads() || !module.get().hasGoSum()) {
      return;
    }
    for (StageFacts s : facts.stages()) {
      List<Step> steps = s.steps();
      for (int i = 0; i < steps.size(); i++) {
        Step st = steps.get(i);
        for (GoInvocation g : st.run().map(r -> r.goCommands()).orElse(List.of())) {
          boolean loads = g.isPackageLoading() && !g.allArgsVersioned() && !g.onlyGoFiles();
          boolean download = g.name().equals("mod download") && g.args().isEmpty();
          if (!loads && !download) {
            continue;
          }
          GoEnv env = facts.goEnv(s, st, g);
          if (loads && isVendorMode(module.get(), env, g)) {
            continue;
          }
          Optional<String> dir = GoCommandDir.of(st, g);
          if (dir.isEmpty()) {
            continue;
          }
          GoCommandDir.ModuleLookup found = GoCommandDir.findModule(facts, s, st, dir.get());
          if (found.presence() != Presence.YES) {
            continue; // no go.mod at all is GMD401's business
          }
          String goSum = (found.moduleDir().equals("/") ? "" : found.moduleDir()) + "/go.sum";
          if (facts.files().at(s.index(), st.index(), goSum) != Presence.NO
              || GoCommandDir.earlierStepsMayCreateFiles(s, st.index(), GoSumNotCopied::writesGoSum)) {
            continue; // an earlier `go mod download` wrote go.sum: its own warning covers that
          }
          if (loads) {
            sink.report(this, facts.at(st, g),
                "go.mod is in " + found.moduleDir() + " but go.sum is not when `" + g.text() + "` runs in "
                    + s.label() + ": the build fails with \"missing go.sum entry for module providing package\"",
                "COPY go.mod go.sum ./ (and keep go.sum out of .dockerignore) before this RUN");
          } else if (!goSumArrivesBeforeBuild(facts, s, i, goSum) || env.get("GOSUMDB").equals("off")
              || !env.get("GONOSUMDB").isEmpty()) {
            sink.report(this, Severity.WARNING, facts.at(st, g),
                "`" + g.text() + "` in " + s.label() + " runs before go.sum is copied: it writes its own go.sum,"
                    + " checked only against the checksum database"
                    + (env.get("GOSUMDB").equals("off") ? " (and GOSUMDB=off checks nothing)" : ""),
                "COPY go.mod go.sum ./ before `go mod download`");
          }
        }
      }
    }
  }

  private static boolean writesGoSum(GoInvocation g) {
    return g.name().equals("mod download") || g.name().equals("mod tidy") || g.name().equals("mod init")
        || g.name().equals("get") || g.flag("mod").map("mod"::equals).orElse(false);
  }

  /** After a download without go.sum: does go.sum arrive before the next build in the stage? */
  private static boolean goSumArrivesBeforeBuild(DockerfileFacts facts, StageFacts s, int from, String goSum) {
    List<Step> steps = s.steps();
    for (int j = from + 1; j < steps.size(); j++) {
      Step st = steps.get(j);
      boolean builds = st.run().map(r -> r.goCommands()).orElse(List.of()).stream()
          .anyMatch(g -> g.isPackageLoading() && !g.allArgsVersioned());
      if (builds) {
        return facts.files().at(s.index(), j, goSum) == Presence.YES;
      }
    }
    return true;
  }

  private static boolean isVendorMode(BuiltModule m, GoEnv env, GoInvocation g) {
    String mod = g.flag("mod").orElse("");
    if (mod.isEmpty()) {
      for (String word : env.get("GOFLAGS").split("\\s+")) {
        if (word.startsWith("-mod=")) {
          mod = word.substring(5);
        }
      }
    }
    return mod.equals("vendor") || (mod.isEmpty() && m.vendorByDefault());
  }
}
