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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@RuleInfo(
    code = "GMD411",
    name = "cache-mount-target-mismatch",
    severity = Severity.WARNING,
    summary = "a Go cache mount's target is not the RUN's effective GOMODCACHE/GOCACHE: it caches nothing",
    tags = {"docker", "performance"},
    help = """
        `RUN --mount=type=cache,target=/root/.cache/go-build go build` only helps when Go writes
        its build cache there. After `USER app` HOME is `/home/app`, so GOCACHE is
        `/home/app/.cache/go-build`; with `ENV GOPATH=/workspace` the module cache is
        `/workspace/pkg/mod`, not `/go/pkg/mod`. The mount then stays empty and every build
        downloads and compiles everything again.

        **Go/Docker says:** nothing; every build downloads and compiles again.

        **Fires:** a RUN that runs a go command has a cache mount whose target looks like a Go
        cache (ends in `/pkg/mod` or `/go-build`, or is named like `gocache`/`gomodcache`), the
        target (resolved against WORKDIR, normalised) is neither the effective GOMODCACHE/GOCACHE
        of the command (stage ENV, inline assignments, earlier `go env -w`) nor an ancestor of
        it, and no other mount on the RUN covers that cache.

        **Fix:** mount where Go looks, or point Go at the mount:

        ```dockerfile
        RUN --mount=type=cache,target=/go/pkg/mod \\
            --mount=type=cache,target=/root/.cache/go-build \\
            go build -o /out/app .
        ```

        or `ENV GOCACHE=/cache/go-build GOMODCACHE=/cache/mod` with the mounts on those paths.

        **Quiet:** targets equal to or above the effective caches (`/go/pkg/mod/`, `/go/pkg`,
        `/root/.cache` as root); cache mounts of other tools (`/var/cache/apt`,
        `/root/.cache/golangci-lint`).
        """)
public final class CacheMountTargetMismatch implements DockerfileRule {

  /** Which Go cache a mount target looks like: "GOMODCACHE", "GOCACHE" or empty. */
  static Optional<String> looksLike(String target) {
    String t = ImagePaths.clean(target);
    String last = t.substring(t.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (t.endsWith("/pkg/mod") || last.equals("gomodcache") || last.equals("go-mod-cache") || last.equals("gomod")
        || last.equals("go-mod") || last.equals("modcache")) {
      return Optional.of("GOMODCACHE");
    }
    if (last.equals("go-build") || last.equals("gocache") || last.equals("go-cache") || last.equals("go-build-cache")
        || last.equals("gobuildcache")) {
      return Optional.of("GOCACHE");
    }
    return Optional.empty();
  }

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    for (StageFacts s : facts.stages()) {
      for (Step st : s.steps()) {
        if (st.run().isEmpty() || st.cacheMounts().isEmpty()) {
          continue;
        }
        List<GoInvocation> gos = st.run().get().goCommands().stream()
            .filter(g -> g.downloadsModules() || g.isPackageLoading()).toList();
        if (gos.isEmpty()) {
          continue;
        }
        List<GoEnv> envs = new ArrayList<>();
        gos.forEach(g -> envs.add(facts.goEnv(s, st, g)));
        for (Mount m : st.cacheMounts()) {
          String target = m.target().map(ImagePaths::clean).orElse("");
          Optional<String> kind = looksLike(target);
          if (kind.isEmpty()) {
            continue;
          }
          String key = kind.get();
          boolean fits = envs.stream().anyMatch(e -> covers(target, e.get(key)));
          if (fits) {
            continue;
          }
          boolean otherCovers = st.cacheMounts().stream().filter(o -> o != m)
              .anyMatch(o -> envs.stream().anyMatch(e -> covers(o.target().map(ImagePaths::clean).orElse(""), e.get(key))));
          if (otherCovers) {
            continue;
          }
          String actual = envs.get(0).get(key);
          if (actual.isEmpty() || actual.equals("off")) {
            continue;
          }
          sink.report(this, facts.at(st.line(), st.column()),
              "cache mount " + target + " in " + s.label() + " is not where Go keeps its "
                  + (key.equals("GOCACHE") ? "build cache" : "module cache") + ": " + key + " is " + actual
                  + (st.before().isRoot() ? "" : " for USER " + st.before().user()) + ", so the mount caches nothing",
              "mount the cache on Go's directory: --mount=type=cache,target=" + actual
                  + (st.before().isRoot() ? "" : ",uid=<uid of " + st.before().userName() + ">")
                  + "   (or set ENV " + key + "=" + target + ")");
        }
      }
    }
  }

  /** The mount target is the cache directory or one of its ancestors. */
  static boolean covers(String target, String cacheDir) {
    if (target.isEmpty() || cacheDir.isEmpty() || !cacheDir.startsWith("/")) {
      return false;
    }
    return ImagePaths.isWithin(cacheDir, target) && !target.equals("/");
  }
}
