package dev.gomoddoctor.cache.rules;

import dev.gomoddoctor.cache.CacheEnv;
import dev.gomoddoctor.cache.CacheFacts;
import dev.gomoddoctor.cache.CacheRule;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Path;

@RuleInfo(code = "GMD300", name = "go-path-invalid", severity = Severity.ERROR,
    summary = "GOPATH/GOMODCACHE/GOCACHE relative, starting with `~`, equal to GOROOT, or inside the project",
    tags = {"cache", "paths"},
    help = """
        The go command needs absolute cache paths. It refuses a relative or `~`-prefixed GOPATH
        (`~` is expanded by shells, never by Go, and a Dockerfile `ENV GOPATH=~/go` stays
        literal), a relative GOMODCACHE, and turns a relative GOCACHE into "no build cache". A
        GOPATH equal to GOROOT has no effect. A module or build cache inside the project tree is
        walked as part of the project (`go build ./...`, `go mod tidy`, `go vet ./...`), sent
        with the Docker build context, and easily committed.

        Go prints:

            go: GOPATH entry is relative; must be absolute path: "go".
            For more details see: 'go help gopath'
            go: GOPATH entry cannot start with shell metacharacter '~': "~/go"
            go: GOMODCACHE entry is relative; must be absolute path: "cache".
            build cache is required, but could not be located: GOCACHE is not an absolute path
            warning: GOPATH set to GOROOT (/usr/local/go) has no effect

        **Fix:** use absolute paths (`GOPATH=$HOME/go` expanded by the shell, or `/go` in
        images), and keep caches outside the repository.

        **Quiet:** absolute paths outside the repository; caches inside the repository under a
        directory whose name starts with `.` or `_`, or is `testdata` (the go command ignores
        those directories, and CI services document `GOPATH: $CI_PROJECT_DIR/.go`); an inferred
        GOPATH (from a relative HOME) that Go silently drops.
        """)
public final class GoPathInvalid implements CacheRule {

  @Override
  public void check(CacheFacts facts, FindingSink sink) {
    CacheEnv env = facts.env();
    CacheEnv.Setting gopath = env.setting("GOPATH");
    if (gopath.explicit()) {
      for (String p : env.gopathEntries()) {
        if (p.startsWith("~")) {
          sink.report(this, facts.locationOf(gopath),
              "GOPATH entry " + q(p) + " starts with '~' (" + gopath.source() + "): go: GOPATH entry cannot start with shell metacharacter '~': " + q(p),
              "set an absolute path; `~` is expanded by shells only (Dockerfile ENV and env files keep it literal)");
        } else if (!p.startsWith("/")) {
          sink.report(this, facts.locationOf(gopath),
              "GOPATH entry " + q(p) + " is relative (" + gopath.source() + "): go: GOPATH entry is relative; must be absolute path: " + q(p) + ".",
              "set GOPATH to an absolute path, e.g. GOPATH=$HOME/go");
        }
      }
      String goroot = env.value("GOROOT");
      if (!goroot.isEmpty() && gopath.isSet() && clean(gopath.value()).equals(clean(goroot))) {
        sink.report(this, facts.locationOf(gopath),
            "GOPATH is GOROOT (" + goroot + "): warning: GOPATH set to GOROOT (" + goroot + ") has no effect",
            "unset GOPATH (default $HOME/go) or point it at a directory of its own");
      }
    }
    CacheEnv.Setting modcache = env.setting("GOMODCACHE");
    if (modcache.explicit() && modcache.isSet() && !modcache.value().startsWith("/")) {
      sink.report(this, facts.locationOf(modcache),
          "GOMODCACHE " + q(modcache.value()) + " is relative (" + modcache.source()
              + "): go: GOMODCACHE entry is relative; must be absolute path: " + q(modcache.value()) + ".",
          "set GOMODCACHE to an absolute path, or unset it (default $GOPATH/pkg/mod)");
    }
    CacheEnv.Setting gocache = env.setting("GOCACHE");
    if (gocache.explicit() && gocache.error().contains("not an absolute path")) {
      sink.report(this, facts.locationOf(gocache),
          "GOCACHE " + q(rawGocache(facts, gocache)) + " is not absolute (" + gocache.source()
              + "): build cache is required, but could not be located: GOCACHE is not an absolute path",
          "set GOCACHE to an absolute path, or unset it (default $HOME/.cache/go-build)");
    }
    inProject(facts, sink, modcache, facts.modCache());
    inProject(facts, sink, gocache, facts.buildCache());
  }

  /** Fires for a cache inside the scanned tree unless an element on the way is ignored by Go. */
  private void inProject(CacheFacts facts, FindingSink sink, CacheEnv.Setting s, java.util.Optional<Path> dir) {
    if (dir.isEmpty()) {
      return;
    }
    Path root = realOrSelf(facts.root());
    Path d = realOrSelf(dir.get());
    if (!d.startsWith(root) || d.equals(root)) {
      return;
    }
    Path rel = root.relativize(d);
    for (Path element : rel) {
      String n = element.toString();
      if (n.startsWith(".") || n.startsWith("_") || n.equals("testdata")) {
        return;
      }
    }
    sink.report(this, facts.locationOf(s), s.key() + " " + dir.get() + " (" + s.source() + ") lies inside the project at "
        + rel + ": `./...` patterns, `go mod tidy` and the Docker build context all see the cache",
        "move it outside the repository, or under a directory Go ignores such as ." + rel.getName(0)
            + " (and add that to .gitignore and .dockerignore)");
  }

  private static Path realOrSelf(Path p) {
    Path cur = p.toAbsolutePath().normalize();
    Path suffix = Path.of("");
    while (cur != null) {
      try {
        return cur.toRealPath().resolve(suffix).normalize();
      } catch (java.io.IOException e) {
        suffix = cur.getFileName().resolve(suffix);
        cur = cur.getParent();
      }
    }
    return p.toAbsolutePath().normalize();
  }

  /** The value the user wrote (the resolver reports the effective "off"). */
  private static String rawGocache(CacheFacts facts, CacheEnv.Setting s) {
    String raw = facts.env().processVar("GOCACHE");
    return raw.isEmpty() ? s.value() : raw;
  }

  private static String clean(String p) {
    return Path.of(p).normalize().toString();
  }

  private static String q(String s) {
    return "\"" + s + "\"";
  }
}
