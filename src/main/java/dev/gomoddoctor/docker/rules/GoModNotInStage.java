package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.GoCommandDir;
import dev.gomoddoctor.docker.facts.ImagePaths;
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
    code = "GMD401",
    name = "go-mod-not-in-stage",
    severity = Severity.ERROR,
    summary = "a go command that needs a main module runs where no go.mod was brought in",
    tags = {"docker"},
    help = """
        A go command that needs a main module looks for go.mod in its working directory and each
        parent. In a Docker stage only what COPY/ADD, `COPY --from` or a bind mount brought in is
        there: a RUN that builds before go.mod was copied, or in a WORKDIR that is not the module's
        directory, fails.

        **Go/Docker says:**
        - `go: go.mod file not found in current directory or any parent directory; see 'go help modules'`
          (Go ≤ 1.15: `go: cannot find main module`);
        - `go mod download`: `go: no modules specified`;
        - `go get`: `go: 'go get' is no longer supported outside a module`.

        **Fires:** `go build|test|vet|list|run|install|generate` with packages or no arguments,
        `go mod download` without arguments, `go mod tidy|vendor|verify|graph|why|edit`, `go get`,
        run (after `WORKDIR`, `cd` and `go -C`) where neither the directory nor an ancestor holds a
        go.mod or go.work that the stage received.

        **Fix:** copy go.mod (and go.sum) into the WORKDIR before the go command:

        ```dockerfile
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN go mod download
        ```

        **Quiet:** `go install|run pkg@version`, `go mod init`, `go mod download path@version`,
        `go list -m path@version`, `go run file.go`, `go version|env|help|doc|tool|clean`,
        `go work init`; a go.mod in an ancestor of the WORKDIR; `GO111MODULE=off`; `GOFLAGS=-modfile=…`;
        and any stage whose files are only known at build time (a base image, the stage it is built
        on, or an earlier RUN that clones, downloads or unpacks may have created go.mod).
        """)
public final class GoModNotInStage implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    for (StageFacts s : facts.stages()) {
      for (Step st : s.steps()) {
        for (GoInvocation g : st.run().map(r -> r.goCommands()).orElse(List.of())) {
          if (!g.needsMainModule() || g.onlyGoFiles()) {
            continue;
          }
          GoEnv env = facts.goEnv(s, st, g);
          if (env.get("GO111MODULE").equals("off") || env.get("GOFLAGS").contains("-modfile")
              || g.hasFlag("modfile")) {
            continue;
          }
          Optional<String> dir = GoCommandDir.of(st, g);
          if (dir.isEmpty()) {
            continue;
          }
          GoCommandDir.ModuleLookup found = GoCommandDir.findModule(facts, s, st, dir.get());
          if (found.presence() != Presence.NO || GoCommandDir.earlierStepsMayCreateFiles(s, st.index(),
              w -> w.name().equals("mod init")) || GoCommandDir.earlierCommandsInRunMayCreateFiles(st, g)
              || copiedADirectoryBefore(s, st.index(), dir.get())) {
            continue;
          }
          sink.report(this, facts.at(st, g),
              "`" + g.text() + "` in " + s.label() + " runs in " + dir.get()
                  + ", but no go.mod was brought into it or any parent directory: go fails with"
                  + " \"go.mod file not found in current directory or any parent directory\"",
              "COPY go.mod go.sum ./ into " + dir.get() + " (the WORKDIR) before this RUN, or set WORKDIR to"
                  + " the module's directory");
        }
      }
    }
  }

  /**
   * A directory or glob copied from the context earlier in the stage to the go command's directory
   * or one of its parents. The context may be inferred (a different directory than the one the
   * build really uses: `docker build -f sub/Dockerfile .`), and such a copy is then the likeliest
   * way go.mod arrives, so only explicit file copies are trusted to prove go.mod absent. A copy
   * lands at or below its destination, so one whose destination is neither the directory nor a
   * parent of it cannot bring the go.mod the command looks for; nor can a glob whose name part
   * only matches files other than go.mod and go.work (`*.go`).
   */
  private static boolean copiedADirectoryBefore(StageFacts s, int stepIndex, String dir) {
    for (Step st : s.steps().subList(0, Math.min(stepIndex, s.steps().size()))) {
      if (st.copy().isEmpty() || !st.copy().get().fromContext()) {
        continue;
      }
      String dest = ImagePaths.stripSlash(st.copy().get().dest());
      if (!GoCommandDir.selfAndAncestors(dir).contains(dest.isEmpty() ? "/" : dest)) {
        continue;
      }
      for (String src : st.copy().get().sources()) {
        String last = src.endsWith("/") ? "" : src.substring(src.lastIndexOf('/') + 1);
        boolean glob = last.contains("*") || last.contains("?") || last.contains("[");
        boolean namesAFile = !last.isEmpty() && !last.equals(".") && !last.equals("..")
            && (glob ? globNamesOnlyOtherFiles(last) : last.contains(".") || last.equals("Makefile"));
        if (!namesAFile) {
          return true;
        }
      }
    }
    return false;
  }

  /** A glob such as {@code *.go}: with an extension, and matching neither go.mod nor go.work. */
  private static boolean globNamesOnlyOtherFiles(String glob) {
    int star = Math.max(glob.lastIndexOf('*'), Math.max(glob.lastIndexOf('?'), glob.lastIndexOf(']')));
    if (glob.indexOf('.', star + 1) < 0) {
      return false;
    }
    try {
      java.nio.file.PathMatcher m = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
      return !m.matches(java.nio.file.Path.of("go.mod")) && !m.matches(java.nio.file.Path.of("go.work"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
