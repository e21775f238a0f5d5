package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.LinkedPackages;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.StageState;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.image.Presence;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.gomod.GoSources;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    code = "GMD420",
    name = "cgo-without-c-compiler",
    severity = Severity.ERROR,
    summary = "a build needs cgo (CGO_ENABLED=1, -race, a cgo-only module) in an image with no C compiler",
    tags = {"docker", "cgo"},
    help = """
        golang:*-alpine images install only ca-certificates: no gcc. With `CGO_ENABLED=1` (often
        set for sqlite) every cgo package, including the standard library's `net`, needs a C
        compiler; `-race` needs cgo; and a cgo-only module such as `github.com/mattn/go-sqlite3`
        built with cgo off (Go ≥ 1.20 turns cgo off when no compiler is found) leaves out its cgo
        files and builds as a stub or not at all.

        **Go/Docker says:**
        - `cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH`
        - `go: -race requires cgo; enable cgo by setting CGO_ENABLED=1`
        - `build constraints exclude all Go files in …`

        **Fires:** in a stage whose image has no C compiler (golang:*-alpine, alpine, distroless,
        scratch) and that has not installed one earlier (and no CC set): CGO_ENABLED=1 set
        explicitly while the build compiles cgo code (`import "C"`, a cgo module, or std
        `net`/`os/user`/`plugin`); `-race`; a cgo-only dependency imported while cgo is off by
        default.

        **Fix:** install the compiler before building:

        ```dockerfile
        FROM golang:1.22-alpine
        RUN apk add --no-cache gcc musl-dev
        ```

        or build on the Debian-based image (`golang:1.22-bookworm`), or drop `-race`/cgo.

        **Quiet:** `apk add gcc musl-dev`/`build-base`, `apt-get install gcc` earlier in the
        stage; Debian-based golang images; CGO_ENABLED=0 without `-race`; CGO_ENABLED=1 when
        nothing linked uses cgo.
        """)
public final class CgoWithoutCCompiler implements DockerfileRule {

  private static final Set<String> BUILDS = Set.of("build", "test", "run", "install", "vet");

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    for (StageFacts s : facts.stages()) {
      if (s.image().cCompiler() != Presence.NO) {
        continue;
      }
      for (Step st : s.steps()) {
        StageState b = st.before();
        if (st.run().isEmpty() || b.ccInstalled() || b.var("CC").isPresent()) {
          continue;
        }
        for (GoInvocation g : st.run().get().goCommands()) {
          if (!BUILDS.contains(g.sub()) || g.allArgsVersioned() || g.command().env("CC").isPresent()) {
            continue;
          }
          Optional<String> why = why(facts, s, st, g);
          if (why.isPresent()) {
            sink.report(this, facts.at(st, g), "`" + g.text() + "` in " + s.label() + " (" + s.image().display()
                + ", no C compiler): " + why.get(),
                s.image().golang().map(t -> t.isAlpine()).orElse(false) || s.image().family().equals("alpine")
                    ? "install one first: RUN apk add --no-cache gcc musl-dev"
                    : "install a C compiler first (e.g. RUN apt-get update && apt-get install -y gcc libc6-dev), or"
                        + " build on golang:<version>-bookworm");
            return;
          }
        }
      }
    }
  }

  private Optional<String> why(DockerfileFacts facts, StageFacts s, Step st, GoInvocation g) {
    String cgo = explicitCgo(st.before(), g);
    if (g.hasFlag("race") && !"false".equals(g.flags().get("race"))) {
      return Optional.of("-race needs cgo: `go: -race requires cgo; enable cgo by setting CGO_ENABLED=1`"
          + (cgo.equals("1") ? " or `cgo: C compiler \"gcc\" not found`" : ""));
    }
    if (facts.module().isEmpty()) {
      return Optional.empty();
    }
    LinkedPackages linked = LinkedPackages.of(GoSources.of(facts.scan()), facts.module().get(), g);
    if (cgo.equals("1") && linked.usesCgo()) {
      return Optional.of("CGO_ENABLED=1 and the program links cgo code ("
          + (linked.importsC() ? "import \"C\"" : linked.imports().stream()
              .filter(p -> LinkedPackages.isCgoStd(p) || LinkedPackages.isCgoModulePackage(p)).findFirst().orElse("net"))
          + "): `cgo: C compiler \"gcc\" not found: exec: \"gcc\": executable file not found in $PATH`");
    }
    if (cgo.isEmpty() && linked.needsCgoCode()) {
      String mod = linked.imports().stream().filter(LinkedPackages::isCgoModulePackage).findFirst().orElse("import \"C\"");
      return Optional.of("cgo is off by default without a compiler, so " + mod
          + " is built without its cgo files (a stub, or `build constraints exclude all Go files`)");
    }
    return Optional.empty();
  }

  /** CGO_ENABLED as set by the Dockerfile (ENV/ARG, inline, export, go env -w); "" when not set. */
  static String explicitCgo(StageState b, GoInvocation g) {
    return g.command().env("CGO_ENABLED").or(() -> b.var("CGO_ENABLED"))
        .or(() -> Optional.ofNullable(b.goEnvWrites().get("CGO_ENABLED"))).orElse("").trim();
  }
}
