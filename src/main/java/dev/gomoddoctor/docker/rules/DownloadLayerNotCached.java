package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.ImagePaths;
import dev.gomoddoctor.docker.facts.Mount;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    code = "GMD404",
    name = "download-layer-not-cached",
    severity = Severity.WARNING,
    summary = "modules are downloaded after COPY . . without a cache mount, or the download's cache mount is not reused",
    tags = {"docker", "performance"},
    help = """
        Docker caches a layer until one of its inputs changes. `COPY . .` followed by
        `go build` puts the module download in a layer that depends on every source file, so each
        edit downloads all modules again. And when `go mod download` runs with
        `--mount=type=cache` on the module cache, the modules are in the cache mount, not in a
        layer: a later RUN without the same mount downloads them again (and fails offline).

        **Go/Docker says:** nothing but repeated `go: downloading …` lines; offline, a lookup error.

        **Fires:** `COPY . .` (the whole context) comes before the first command that downloads
        modules and no cache mount is on GOMODCACHE; or the `go mod download` RUN mounts a cache on
        GOMODCACHE and a later RUN that builds does not mount the same cache (same `id`, which
        defaults to the target).

        **Fix:**

        ```dockerfile
        COPY go.mod go.sum ./
        RUN go mod download
        COPY . .
        RUN go build -o /out/app .
        ```

        or the same `--mount=type=cache,target=/go/pkg/mod` on both RUNs.

        **Quiet:** `COPY go.mod go.sum ./` + `RUN go mod download` first; the same cache mount on
        both RUNs; vendor mode; no requirements, or all filesystem-replaced.
        """)
public final class DownloadLayerNotCached implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    for (StageFacts s : facts.stages()) {
      Optional<Step> wholeCopy = Optional.empty();
      boolean downloaded = false;
      Optional<Mount> downloadMount = Optional.empty();
      for (Step st : s.steps()) {
        if (st.copy().map(c -> c.copiesWholeContext()).orElse(false) && !downloaded && wholeCopy.isEmpty()) {
          wholeCopy = Optional.of(st);
        }
        for (GoInvocation g : st.run().map(r -> r.goCommands()).orElse(List.of())) {
          GoEnv env = facts.goEnv(s, st, g);
          if (!GoCommands.fetchesModules(facts, g, env) || g.allArgsVersioned()) {
            continue;
          }
          Optional<Mount> mount = modMount(st, env);
          if (!downloaded) {
            downloaded = true;
            if (wholeCopy.isPresent() && mount.isEmpty()) {
              Step c = wholeCopy.get();
              sink.report(this, facts.at(c.line(), c.column()),
                  "COPY of the whole build context in " + s.label() + " comes before `" + g.text() + "` (line "
                      + st.lineOf(g.line()) + ") downloads the modules: every source edit downloads them all again",
                  "COPY go.mod go.sum ./ and RUN go mod download before this COPY, or use"
                      + " RUN --mount=type=cache,target=" + env.get("GOMODCACHE") + " on the build");
            }
            if (g.name().equals("mod download")) {
              downloadMount = mount;
            }
            continue;
          }
          if (downloadMount.isPresent() && g.buildsBinary()
              && (mount.isEmpty() || !mount.get().cacheId().equals(downloadMount.get().cacheId()))) {
            sink.report(this, facts.at(st, g),
                "`go mod download` in " + s.label() + " kept the modules only in the cache mount "
                    + downloadMount.get().cacheId() + ", but `" + g.text() + "` does not mount it: the build downloads"
                    + " them again (and fails offline)",
                "add the same mount to this RUN: " + downloadMount.get().text());
            downloadMount = Optional.empty();
          }
        }
      }
    }
  }

  private static Optional<Mount> modMount(Step st, GoEnv env) {
    String dir = env.get("GOMODCACHE");
    return st.cacheMounts().stream()
        .filter(m -> m.target().map(t -> !dir.isEmpty() && ImagePaths.isWithin(dir, ImagePaths.clean(t))).orElse(false))
        .findFirst();
  }
}
