package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.ImagePaths;
import dev.gomoddoctor.docker.facts.Mount;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.StageState;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    code = "GMD409",
    name = "non-root-user-cannot-write-cache",
    severity = Severity.ERROR,
    summary = "after a non-root USER, a go command must write a module or build cache it has no permission for",
    tags = {"docker", "permissions"},
    help = """
        BuildKit cache mounts default to uid 0, gid 0, mode 0755 (BuildKit reference, `RUN
        --mount=type=cache`). The runtime sets HOME from the user's passwd entry, and to `/` when
        the uid has none (runc). So after `USER 1000` a go command cannot create its build cache
        (`/.cache/go-build`), cannot write a root-owned cache mount, and cannot add modules to a
        module cache a root step created.

        **Go/Docker says:**
        - `mkdir /go/pkg/mod/cache: permission denied`
        - `failed to initialize build cache at /.cache/go-build: mkdir /.cache: permission denied`
        - `go: could not create module cache: mkdir /go/pkg/mod: permission denied`

        **Fires:** after a non-root `USER`, a go command runs while
        - (a) a `--mount=type=cache` on the effective GOMODCACHE/GOCACHE has no `uid=` matching
          the user and no `mode=0777|1777`;
        - (b) GOCACHE is not set and HOME is `/` (the uid has no passwd entry), `/nonexistent`
          (`nobody`) or a home `useradd` did not create;
        - (c) GOMODCACHE/GOCACHE lie in a root-owned directory (`/root/…`, a directory made by a
          root `RUN mkdir`, or /go/pkg after a root go command downloaded modules) and the
          command must write there.

        **Fix:** give the user its caches:

        ```dockerfile
        RUN useradd -m -u 1000 app
        USER app
        RUN --mount=type=cache,target=/home/app/.cache/go-build,uid=1000 \\
            --mount=type=cache,target=/go/pkg/mod,uid=1000 go build -o /tmp/app .
        ```

        or `ENV GOCACHE=/tmp/go-build GOMODCACHE=/tmp/gomod`, or `chown` the directories.

        **Quiet:** /go of the official image when the first writer is the non-root user; a
        non-root step that only reads modules a root step downloaded; directories chowned to the
        user; cache mounts with a matching uid (or mode 0777/1777); ENV GOCACHE/GOMODCACHE/HOME
        pointing at writable directories.
        """)
public final class NonRootUserCannotWriteCache implements DockerfileRule {

  private static final Set<String> BUILDS = Set.of("build", "test", "vet", "run", "install", "generate");

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    for (StageFacts s : facts.stages()) {
      boolean rootDownloaded = false;
      boolean rootFullDownload = false;
      for (Step st : s.steps()) {
        if (st.run().isEmpty()) {
          continue;
        }
        StageState before = st.before();
        for (GoInvocation g : st.run().get().goCommands()) {
          boolean downloads = g.downloadsModules();
          if (before.isRoot()) {
            if (downloads && modCacheMount(facts, s, st, g).isEmpty()) {
              rootDownloaded = true;
              rootFullDownload |= g.name().equals("mod download") && g.args().isEmpty() || g.buildsBinary();
            }
            continue;
          }
          GoEnv env = facts.goEnv(s, st, g);
          Optional<String> problem = problem(facts, s, st, g, env, rootDownloaded, rootFullDownload);
          problem.ifPresent(p -> sink.report(this, facts.at(st, g),
              "`" + g.text() + "` runs as USER " + before.user() + " in " + s.label() + ", " + p,
              hint(before, env)));
          if (problem.isPresent()) {
            return; // one finding per Dockerfile: the first failing command stops the build
          }
        }
      }
    }
  }

  private Optional<String> problem(DockerfileFacts facts, StageFacts s, Step st, GoInvocation g, GoEnv env,
      boolean rootDownloaded, boolean rootFullDownload) {
    StageState b = st.before();
    boolean builds = BUILDS.contains(g.sub()) || g.sub().equals("list") && g.hasFlag("export");
    boolean downloads = g.downloadsModules();
    // (a) cache mounts on Go's caches, root-owned by default
    for (String key : new String[] {"GOCACHE", "GOMODCACHE"}) {
      if (key.equals("GOCACHE") && !builds || key.equals("GOMODCACHE") && !downloads) {
        continue;
      }
      String dir = env.get(key);
      for (Mount m : st.cacheMounts()) {
        String t = m.target().map(ImagePaths::clean).orElse("");
        if (!t.isEmpty() && ImagePaths.isWithin(dir, t) && !writableMount(m, b)) {
          return Optional.of("but the cache mount " + t + " (" + key + ") belongs to uid "
              + m.get("uid").orElse("0") + " with mode " + m.get("mode").orElse("0755") + ": Go cannot write it");
        }
      }
    }
    String gocache = env.get("GOCACHE");
    boolean gocacheMounted = st.cacheMounts().stream().anyMatch(m -> m.target().map(t -> ImagePaths.isWithin(gocache, t)).orElse(false));
    // (b) no usable HOME for the default GOCACHE
    if (builds && !gocacheMounted && b.var("GOCACHE").isEmpty() && b.var("XDG_CACHE_HOME").isEmpty()
        && !b.goEnvWrites().containsKey("GOCACHE")) {
      String home = DockerfileFacts.home(b);
      String why = null;
      if (b.var("HOME").isEmpty()) {
        if (home.equals("/")) {
          why = "uid " + b.userName() + " has no passwd entry, so HOME is / and Go fails to create /.cache/go-build";
        } else if (home.equals("/nonexistent")) {
          why = "its HOME is /nonexistent, so Go fails to create /nonexistent/.cache/go-build";
        } else if ("".equals(b.users().get(b.userName()))) {
          why = "its home " + home + " was never created (useradd without -m), so Go fails to create "
              + home + "/.cache/go-build";
        }
      }
      if (why != null && !owned(b, home)) {
        return Optional.of("but " + why);
      }
    }
    // (c) caches inside root-owned directories
    if (builds && !gocacheMounted && rootOwned(b, gocache)) {
      return Optional.of("but GOCACHE " + gocache + " is inside a root-owned directory");
    }
    String modcache = env.get("GOMODCACHE");
    boolean modMounted = st.cacheMounts().stream().anyMatch(m -> m.target().map(t -> ImagePaths.isWithin(modcache, t)).orElse(false));
    if (downloads && !modMounted) {
      if (rootOwned(b, modcache)) {
        return Optional.of("but GOMODCACHE " + modcache + " is inside a root-owned directory");
      }
      boolean newModules = g.allArgsVersioned() || g.sub().equals("get") || !rootFullDownload;
      if (rootDownloaded && newModules && ImagePaths.isWithin(modcache, "/go") && !owned(b, modcache)) {
        return Optional.of("but an earlier root go command created " + modcache + " owned by root (0755) and this"
            + " command must add modules to it");
      }
    }
    return Optional.empty();
  }

  private static boolean writableMount(Mount m, StageState b) {
    String mode = m.get("mode").orElse("0755");
    if (mode.matches("0?[0-7]?77[7]")) {
      return true;
    }
    Optional<String> uid = m.get("uid");
    if (uid.isEmpty()) {
      return false;
    }
    String user = b.userName();
    return uid.get().equals(user) || !user.matches("\\d+");
  }

  /** A path in /root, or in a directory a root step created, that no chown/chmod handed over. */
  private static boolean rootOwned(StageState b, String path) {
    if (path.isEmpty() || owned(b, path)) {
      return false;
    }
    if (ImagePaths.isWithin(path, "/root")) {
      return true;
    }
    for (String d : b.rootDirs()) {
      if (!d.equals("/") && !d.equals("/go") && !d.equals("/tmp") && ImagePaths.isWithin(path, d)) {
        return true;
      }
    }
    return false;
  }

  /** The user (or everyone) was given the path or an ancestor of it. */
  private static boolean owned(StageState b, String path) {
    String user = b.userName();
    for (Map.Entry<String, String> e : b.ownedDirs().entrySet()) {
      String owner = e.getValue();
      String o = owner.contains(":") ? owner.substring(0, owner.indexOf(':')) : owner;
      if (!ImagePaths.isWithin(path, e.getKey())) {
        continue;
      }
      // a name and a uid cannot be compared without /etc/passwd: assume they match
      if (o.equals("*") || o.equals(user) || o.matches("\\d+") != user.matches("\\d+")) {
        return true;
      }
    }
    return false;
  }

  private static String hint(StageState b, GoEnv env) {
    String u = b.userName();
    String uid = u.matches("\\d+") ? u : "<uid of " + u + ">";
    return "mount the caches for the user: RUN --mount=type=cache,target=/go/pkg/mod,uid=" + uid
        + " --mount=type=cache,target=/tmp/go-build,uid=" + uid + " ...; with ENV GOCACHE=/tmp/go-build"
        + " (or create the user with useradd -m and chown its directories)";
  }

  private static Optional<Mount> modCacheMount(DockerfileFacts facts, StageFacts s, Step st, GoInvocation g) {
    String dir = facts.goEnv(s, st, g).get("GOMODCACHE");
    return st.cacheMounts().stream().filter(m -> m.target().map(t -> ImagePaths.isWithin(dir, t)).orElse(false)).findFirst();
  }
}
