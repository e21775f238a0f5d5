package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.List;

@RuleInfo(
    code = "GMD416",
    name = "build-mutates-module-files",
    severity = Severity.WARNING,
    summary = "the image build runs go mod tidy, go get, go mod edit or -mod=mod: it builds different dependencies",
    tags = {"docker", "reproducibility"},
    help = """
        `RUN go mod tidy`, `go get …`, `go mod edit …` or a build with `-mod=mod` rewrites go.mod
        and go.sum inside the image: the binary is built from dependencies nobody reviewed, the
        build is not reproducible (it depends on what the proxy serves that day), and problems
        such as a missing go.sum entry (GMD103) are silently papered over instead of failing.

        **Go/Docker says:** nothing; the build succeeds with different dependencies.

        **Fires:** `go mod tidy`, `go get`, `go mod edit` (without `-json`/`-print`), and
        package-loading commands with `-mod=mod` (flag or GOFLAGS) in a stage that builds the
        repository's module.

        **Fix:** run `go mod tidy` in the repository, commit go.mod and go.sum, and build
        read-only:

        ```dockerfile
        COPY go.mod go.sum ./
        RUN go mod download
        COPY . .
        RUN go build -o /app .
        ```

        To check tidiness in CI, `go mod tidy -diff` (Go ≥ 1.23) fails without changing anything.

        **Quiet:** `go mod download`, `go mod verify`, `go mod edit -json|-print`,
        `go mod tidy -diff`; `go mod init … && go get …` (a throw-away tool module) and stages
        that copy nothing from the build context; `go get` with GO111MODULE=off.
        """)
public final class BuildMutatesModuleFiles implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    for (StageFacts s : facts.stages()) {
      boolean copiedContext = copiesContext(facts, s);
      boolean modInit = false;
      for (Step st : s.steps()) {
        if (st.copy().map(c -> c.fromContext()).orElse(false)) {
          copiedContext = true;
        }
        if (st.run().isEmpty()) {
          continue;
        }
        for (GoInvocation g : st.run().get().goCommands()) {
          if (g.name().equals("mod init")) {
            modInit = true;
            continue;
          }
          if (!copiedContext || modInit) {
            continue; // a throw-away module, or no repository go.mod to change
          }
          GoEnv env = facts.goEnv(s, st, g);
          if (g.sub().equals("get") && env.get("GO111MODULE").equals("off")) {
            continue;
          }
          String what = null;
          if (g.mutatesModuleFiles()) {
            what = g.hasFlag("mod") ? "-mod=mod" : "`go " + g.name() + "`";
          } else if (g.isPackageLoading() && !g.hasFlag("mod") && goflagsModMod(env.get("GOFLAGS"))) {
            what = "GOFLAGS=-mod=mod";
          }
          if (what != null) {
            sink.report(this, facts.at(st, g),
                what + " in " + s.label() + " rewrites go.mod/go.sum during the image build: the image is built from"
                    + " different dependencies than the repository",
                "run `go mod tidy` in the repository, commit go.mod and go.sum, and in the Dockerfile only"
                    + " `RUN go mod download` then `RUN go build ...`");
          }
        }
      }
    }
  }

  private static boolean goflagsModMod(String goflags) {
    return List.of(goflags.trim().split("\\s+")).stream().anyMatch(f -> f.equals("-mod=mod") || f.equals("--mod=mod"));
  }

  /** A stage built FROM another inherits what that one copied from the context. */
  private static boolean copiesContext(DockerfileFacts facts, StageFacts s) {
    if (s.parent().isEmpty()) {
      return false;
    }
    StageFacts p = facts.stages().get(s.parent().get());
    return p.steps().stream().anyMatch(st -> st.copy().map(c -> c.fromContext()).orElse(false))
        || copiesContext(facts, p);
  }
}
