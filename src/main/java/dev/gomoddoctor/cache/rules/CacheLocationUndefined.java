package dev.gomoddoctor.cache.rules;

import dev.gomoddoctor.cache.CacheEnv;
import dev.gomoddoctor.cache.CacheFacts;
import dev.gomoddoctor.cache.CacheRule;
import dev.gomoddoctor.cache.Verdicts;
import dev.gomoddoctor.cache.perm.Access;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Path;
import java.util.Optional;

@RuleInfo(code = "GMD302", name = "cache-location-undefined", severity = Severity.ERROR,
    summary = "Go cannot locate its caches, or is told not to use them",
    tags = {"cache", "paths"},
    help = """
        Without GOMODCACHE or GOPATH, the module cache defaults to `$HOME/go/pkg/mod`; without
        GOCACHE, the build cache defaults to `$XDG_CACHE_HOME/go-build` or
        `$HOME/.cache/go-build`. Containers and CI jobs often run with HOME unset, HOME=/ (a
        non-root `docker run --user`), HOME=/nonexistent (system users) or a HOME that was never
        created, and then every build fails before compiling anything. GOCACHE=off has been
        refused since Go 1.12.

        Go prints:

            go: module cache not found: neither GOMODCACHE nor GOPATH is set
            build cache is required, but could not be located: GOCACHE is not defined and neither $XDG_CACHE_HOME nor $HOME are defined
            build cache is required, but could not be located: GOCACHE is not defined and path in $XDG_CACHE_HOME is relative
            build cache is disabled by GOCACHE=off, but required as of Go 1.12
            failed to initialize build cache at /.cache/go-build: mkdir /.cache: permission denied

        **Fix:** set GOCACHE and GOMODCACHE (or GOPATH) to directories the build user can write,
        e.g. `ENV GOCACHE=/tmp/go-build GOMODCACHE=/tmp/go-mod` for an arbitrary uid, or give the
        user a real HOME.

        **Quiet:** GOCACHE and GOMODCACHE (or GOPATH) set to writable directories; HOME=/ when the
        target user can write `/` (root). An existing default GOCACHE that cannot be written is
        GMD301's case.
        """)
public final class CacheLocationUndefined implements CacheRule {

  @Override
  public void check(CacheFacts facts, FindingSink sink) {
    CacheEnv env = facts.env();
    String home = env.processVar("HOME");
    if (env.value("GOMODCACHE").isEmpty()) {
      String why = home.isEmpty() ? "HOME is unset and neither GOMODCACHE nor GOPATH is set"
          : "GOPATH is empty (" + env.setting("GOPATH").error() + ")";
      sink.report(this, facts.anchor(),
          why + ": go: module cache not found: neither GOMODCACHE nor GOPATH is set",
          "set GOMODCACHE (or GOPATH) to an absolute directory the build user can write, e.g. GOPATH=/tmp/go");
    }
    CacheEnv.Setting gocache = env.setting("GOCACHE");
    if (gocache.explicit() && gocache.value().equals("off") && gocache.error().isEmpty()) {
      sink.report(this, facts.locationOf(gocache),
          "GOCACHE=off (" + gocache.source() + "): build cache is disabled by GOCACHE=off, but required as of Go 1.12",
          "unset GOCACHE or point it at a writable directory; use `go clean -cache` or `-a` to force rebuilds instead");
      return;
    }
    if (gocache.explicit()) {
      return;
    }
    if (gocache.error().startsWith("GOCACHE is not defined")) {
      sink.report(this, facts.anchor(),
          "no location for the build cache: build cache is required, but could not be located: " + gocache.error(),
          "set GOCACHE to an absolute writable directory, or HOME (or an absolute XDG_CACHE_HOME)");
      return;
    }
    String xdg = env.processVar("XDG_CACHE_HOME");
    if (!xdg.isEmpty() && !xdg.startsWith("/")) {
      sink.report(this, facts.anchor(),
          "XDG_CACHE_HOME " + "\"" + xdg + "\" is relative: build cache is required, but could not be located: "
              + "GOCACHE is not defined and path in $XDG_CACHE_HOME is relative",
          "set XDG_CACHE_HOME to an absolute path, or set GOCACHE");
      return;
    }
    Optional<Path> dir = facts.buildCache();
    if (dir.isEmpty() || facts.perms().nearestExisting(dir.get()).map(p -> p.equals(dir.get())).orElse(false)) {
      return;
    }
    Access a = facts.perms().creatable(dir.get());
    Optional<Severity> sev = Verdicts.severity(a, Severity.ERROR);
    if (sev.isEmpty()) {
      return;
    }
    Path mkdir = Verdicts.firstMissing(facts.perms().nearestExisting(dir.get()).orElse(dir.get()), dir.get());
    String homeNote = home.isEmpty() ? "" : homeState(facts, home);
    sink.report(this, sev.get(), facts.anchor(),
        "the default build cache " + dir.get() + " cannot be created by " + facts.perms().identity().describe()
            + homeNote + ": failed to initialize build cache at " + dir.get() + ": " + Verdicts.goError(a, mkdir)
            + " (" + Verdicts.explain(a) + ")",
        "set GOCACHE to a directory the build user can write (e.g. GOCACHE=/tmp/go-build), or give it a HOME it owns");
  }

  private static String homeState(CacheFacts facts, String home) {
    if (home.equals("/")) {
      return " (HOME=/)";
    }
    boolean exists = facts.perms().nearestExisting(Path.of(home)).map(p -> p.equals(Path.of(home).normalize())).orElse(false);
    return exists ? " (HOME=" + home + ")" : " (HOME=" + home + " does not exist)";
  }
}
