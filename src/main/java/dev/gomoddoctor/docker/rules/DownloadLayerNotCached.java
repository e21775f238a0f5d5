package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.context.ContextFiles;
import dev.gomoddoctor.docker.context.CopySource;
import dev.gomoddoctor.docker.context.DockerBuild;
import dev.gomoddoctor.docker.context.FileOrigin;
import dev.gomoddoctor.docker.context.StageFiles;
import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.ImagePaths;
import dev.gomoddoctor.docker.facts.ModuleInStage;
import dev.gomoddoctor.docker.facts.Mount;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.image.Presence;
import dev.gomoddoctor.docker.model.Stage;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@RuleInfo(
    code = "GMD404",
    name = "download-layer-not-cached",
    severity = Severity.WARNING,
    summary = "modules are downloaded after the source is copied without a cache mount, or the download's cache mount is not reused",
    tags = {"docker", "performance"},
    help = """
        Docker caches a layer until one of its inputs changes. `COPY . .` followed by
        `go build` puts the module download in a layer that depends on every source file, so each
        edit downloads all modules again. And when `go mod download` runs with
        `--mount=type=cache` on the module cache, the modules are in the cache mount, not in a
        layer: a later RUN without the same mount downloads them again (and fails offline).

        **Go/Docker says:** nothing but repeated `go: downloading …` lines; offline, a lookup error.

        **Fires:**
        - the module's source is already in the stage when the first command that downloads
          modules runs, and that RUN mounts no cache on GOMODCACHE: its `.go` files, or its go.mod
          brought as part of a whole directory (`COPY . .`, `COPY app/ ./`,
          `COPY go.mod go.sum main.go ./`; the build-context model says which COPY brought them).
          The finding is on that COPY;
        - the `go mod download` RUN mounts a cache on GOMODCACHE, and a later RUN in the same stage
          or in a stage built FROM it loads packages (`go build|test|vet|list|run|install`) without
          mounting the same cache (same `id`, which defaults to the target): the downloaded modules
          are in no layer.

        Whether the command downloads at all is judged on the files in the stage: the go.mod it
        finds there (its requirements) and vendor mode (a vendor directory that .dockerignore
        leaves out of the context does not count).

        **Fix:**

        ```dockerfile
        COPY go.mod go.sum ./
        RUN go mod download
        COPY . .
        RUN go build -o /out/app .
        ```

        or the same `--mount=type=cache,target=/go/pkg/mod` on both RUNs.

        **Quiet:** `COPY go.mod go.sum ./` + `RUN go mod download` first; the same cache mount on
        both RUNs (also across `FROM deps AS build`); vendor mode; no requirements, or all
        filesystem-replaced, in the go.mod the stage builds; sources brought only by a
        `RUN --mount=type=bind` (no layer).
        """)
public final class DownloadLayerNotCached implements DockerfileRule {

  /** What the walk over a stage knows when it ends; a stage built FROM it starts there. */
  private record Carried(boolean downloaded, Optional<Mount> downloadMount) {}

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    Optional<DockerBuild> build = GoCommands.build(facts);
    Map<Integer, Carried> ends = new HashMap<>();
    for (StageFacts s : facts.stages()) {
      Carried start = s.parent().map(ends::get).orElse(new Carried(false, Optional.empty()));
      Optional<Step> wholeCopy = Optional.empty();
      boolean downloaded = start.downloaded();
      Optional<Mount> downloadMount = start.downloadMount();
      boolean reported = false;
      for (Step st : s.steps()) {
        if (st.copy().map(c -> c.copiesWholeContext()).orElse(false) && !downloaded && wholeCopy.isEmpty()) {
          wholeCopy = Optional.of(st);
        }
        for (GoInvocation g : st.run().map(r -> r.goCommands()).orElse(List.of())) {
          GoEnv env = facts.goEnv(s, st, g);
          if (g.allArgsVersioned()) {
            continue;
          }
          Optional<ModuleInStage> inStage = build.isPresent() ? ModuleInStage.of(facts, s, st, g, env) : Optional.empty();
          if (!GoCommands.fetchesModules(facts, g, env, inStage)) {
            continue;
          }
          Optional<Mount> mount = modMount(st, env);
          if (!downloaded) {
            downloaded = true;
            // the model finds the module's go.mod in the stage: ask it; else the COPY's text tells
            Optional<SourceCopy> sources = build.isPresent() && inStage.filter(m -> m.goMod() == Presence.YES).isPresent()
                ? sourcesBefore(facts, build.get(), s, st, inStage.get().moduleDir())
                : wholeCopy.map(c -> new SourceCopy(c.line(), c.column(), "the whole build context"));
            if (sources.isPresent() && mount.isEmpty()) {
              SourceCopy c = sources.get();
              sink.report(this, facts.at(c.line(), c.column()),
                  "the COPY on line " + c.line() + " brings " + c.what() + " into " + s.label() + " before `" + g.text()
                      + "` (line " + st.lineOf(g.line()) + ") downloads the modules: every source edit downloads them"
                      + " all again",
                  "COPY go.mod go.sum ./ and RUN go mod download before this COPY, or use"
                      + " RUN --mount=type=cache,target=" + env.get("GOMODCACHE") + " on the build");
            }
            if (g.name().equals("mod download")) {
              downloadMount = mount;
            }
            continue;
          }
          if (downloadMount.isPresent() && g.isPackageLoading() && !reported
              && (mount.isEmpty() || !mount.get().cacheId().equals(downloadMount.get().cacheId()))) {
            sink.report(this, facts.at(st, g),
                "`go mod download` kept the modules only in the cache mount " + downloadMount.get().cacheId()
                    + ", not in a layer, but `" + g.text() + "` in " + s.label() + " does not mount it: it downloads"
                    + " them again (and fails offline)",
                "add the same mount to this RUN: RUN " + downloadMount.get().text() + " " + g.text());
            reported = true;
          }
        }
      }
      ends.put(s.index(), new Carried(downloaded, downloadMount));
    }
  }

  /** A COPY that put module source into the stage: its line and what it brought. */
  private record SourceCopy(int line, int column, String what) {}

  /**
   * The earliest COPY/ADD that put the module's source into the stage before the first download,
   * asked of the build-context model (not guessed from the COPY's text): one that brought
   * {@code .go} files of the module, or one that brought go.mod as part of a whole directory
   * ({@code COPY . .}, {@code COPY app/ ./}). Either makes the download's layer depend on every
   * source edit. Bind mounts add no layer.
   */
  private static Optional<SourceCopy> sourcesBefore(DockerfileFacts facts, DockerBuild build, StageFacts s, Step st,
      String moduleDir) {
    Stage stage = build.dockerfile().stages().get(s.index());
    StageFiles files = build.filesBefore(stage, st.index());
    String prefix = moduleDir.equals("/") ? "" : moduleDir;
    TreeMap<Integer, String> byLine = new TreeMap<>();
    for (Map.Entry<String, FileOrigin> e : files.under(moduleDir).entrySet()) {
      FileOrigin o = e.getValue();
      if (e.getKey().endsWith(".go") && !e.getKey().startsWith(prefix + "/vendor/") && o.present()
          && (o.kind() == FileOrigin.Kind.CONTEXT || o.kind() == FileOrigin.Kind.STAGE)) {
        byLine.putIfAbsent(o.line(), "the module's source (" + e.getKey() + ")");
      }
    }
    files.origin(prefix + "/go.mod")
        .filter(o -> o.kind() == FileOrigin.Kind.CONTEXT && o.from().isEmpty())
        .flatMap(o -> directoryCopied(build, o))
        .ifPresent(d -> byLine.merge(d.line(), d.what(), (a, b) -> a));
    if (byLine.isEmpty()) {
      return Optional.empty();
    }
    int line = byLine.firstKey();
    int column = copyStep(facts, s, line).map(Step::column).orElse(1);
    return Optional.of(new SourceCopy(line, column, byLine.firstEntry().getValue()));
  }

  /** The COPY of a whole directory that brought this go.mod, if it came that way rather than by name. */
  private static Optional<SourceCopy> directoryCopied(DockerBuild build, FileOrigin goMod) {
    ContextFiles ctx = build.contextFiles();
    for (CopySource cs : build.copySources()) {
      if (cs.isBindMount() || cs.instruction().line() != goMod.line()
          || cs.resolution() != CopySource.Resolution.FOUND) {
        continue;
      }
      for (String m : cs.matches()) {
        boolean dir = ctx.isDir(m) && !ctx.isFile(m);
        if (dir && (m.equals(".") || goMod.source().startsWith(m + "/"))) {
          String what = m.equals(".") ? "the whole build context" : "the whole directory " + m + "/";
          return Optional.of(new SourceCopy(goMod.line(), 1, what + " (go.mod and the source)"));
        }
      }
    }
    return Optional.empty();
  }

  /** The COPY/ADD step at a line, in the stage or the stages it is built on. */
  private static Optional<Step> copyStep(DockerfileFacts facts, StageFacts s, int line) {
    Optional<StageFacts> cur = Optional.of(s);
    while (cur.isPresent()) {
      for (Step st : cur.get().steps()) {
        if (st.line() == line) {
          return Optional.of(st);
        }
      }
      cur = cur.get().parent().flatMap(facts::stage);
    }
    return Optional.empty();
  }

  private static Optional<Mount> modMount(Step st, GoEnv env) {
    String dir = env.get("GOMODCACHE");
    return st.cacheMounts().stream()
        .filter(m -> m.target().map(t -> !dir.isEmpty() && ImagePaths.isWithin(dir, ImagePaths.clean(t))).orElse(false))
        .findFirst();
  }
}
