package dev.gomoddoctor.cache.rules;

import dev.gomoddoctor.cache.CacheEnv;
import dev.gomoddoctor.cache.CacheFacts;
import dev.gomoddoctor.cache.CacheRule;
import dev.gomoddoctor.cache.Verdicts;
import dev.gomoddoctor.cache.perm.Access;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(code = "GMD301", name = "cache-dir-not-writable", severity = Severity.ERROR,
    summary = "the target user cannot create what Go must write in its cache directories",
    tags = {"cache", "permissions"},
    help = """
        The go command creates GOMODCACHE (and directories below it) when it downloads or
        extracts modules, and GOCACHE with its `00`–`ff` subdirectories before the first build.
        When the build user cannot create them (a cache created by root in an image and used by
        `docker run --user 1001`, a read-only mount, a missing parent owned by someone else), the
        build stops. The check judges the target user (`--user UID[:GID]`, default the current
        user) from ACLs, ownership, mode bits of the directory and every ancestor, group
        membership and read-only mounts; a missing directory is judged at its nearest existing
        ancestor, where Go would `mkdir`. Nothing is written to find out.

        Go prints:

            go: could not create module cache: mkdir /go/pkg/mod: permission denied
            go: mkdir /go/pkg/mod/cache/download/example.com/d: permission denied
            failed to initialize build cache at /root/.cache/go-build: mkdir /root/.cache/go-build/00: permission denied

        An existing GOCACHE that already holds entries but cannot be written is reported as a
        warning: Go ignores build-cache write errors, so builds work but nothing new is cached.
        A module cache that exists but cannot be extended is a warning too when it already holds
        downloads: builds work as long as every needed version is present.

        Extracted modules are read-only on purpose: Go makes their files 0444 and directories
        0555 (unless `-modcacherw`); that is normal and not reported. Remove the cache with
        `go clean -modcache` (plain `rm -rf` fails on those directories).

        **Fix:** create the caches as the build user (`chown -R 1001 /go`), point GOMODCACHE and
        GOCACHE at writable directories, or mount a writable volume there.

        **Quiet:** directories writable through owner, group or ACL; 1777 directories such as
        the golang image's `/go` (but not root-created children of them, e.g. `/go/pkg/mod`
        after a root `go mod download`); a read-only GOPATH when neither GOMODCACHE nor GOBIN
        nor the checksum-database state lives under it; a default GOCACHE that does not exist
        (GMD302).
        """)
public final class CacheDirNotWritable implements CacheRule {

  @Override
  public void check(CacheFacts facts, FindingSink sink) {
    facts.modCache().ifPresent(dir -> checkModCache(facts, sink, dir));
    facts.buildCache().ifPresent(dir -> checkBuildCache(facts, sink, dir));
    checkGopath(facts, sink);
  }

  private void checkModCache(CacheFacts facts, FindingSink sink, Path dir) {
    CacheEnv.Setting s = facts.env().setting("GOMODCACHE");
    Access a = facts.perms().creatable(dir);
    Optional<Severity> sev = Verdicts.severity(a, Severity.ERROR);
    if (sev.isEmpty()) {
      return;
    }
    Path at = facts.perms().nearestExisting(dir).orElse(dir);
    boolean exists = at.equals(dir);
    String who = facts.perms().identity().describe();
    if (!exists) {
      Path mkdir = Verdicts.firstMissing(at, dir);
      sink.report(this, sev.get(), facts.locationOf(s),
          "GOMODCACHE " + dir + " (" + s.source() + ") does not exist and " + who + " cannot create it: "
              + "go: could not create module cache: " + Verdicts.goError(a, mkdir) + " (" + Verdicts.explain(a) + ")",
          "create it for the build user (mkdir -p " + dir + " && chown " + facts.perms().identity().uid() + " " + dir
              + "), or set GOMODCACHE to a writable directory");
      return;
    }
    boolean populated = Files.isDirectory(dir.resolve("cache").resolve("download"));
    Severity severity = populated && sev.get() == Severity.ERROR ? Severity.WARNING : sev.get();
    sink.report(this, severity, facts.locationOf(s),
        "GOMODCACHE " + dir + " (" + s.source() + ") is not writable by " + who + ": "
            + (populated ? "builds work only while every needed module version is already in the cache; a new one fails with "
                : "the first download fails with ")
            + "go: mkdir " + dir.resolve("cache/download") + "/…: "
            + (a.cause() == Access.Cause.READ_ONLY_MOUNT ? "read-only file system" : "permission denied")
            + " (" + Verdicts.explain(a) + ")",
        "chown -R " + facts.perms().identity().uid() + " " + dir + " (as its owner: go clean -modcache removes it), "
            + "or set GOMODCACHE to a writable directory");
  }

  private void checkBuildCache(CacheFacts facts, FindingSink sink, Path dir) {
    CacheEnv.Setting s = facts.env().setting("GOCACHE");
    boolean exists = facts.perms().nearestExisting(dir).map(dir::equals).orElse(false);
    if (!exists && !s.explicit()) {
      return; // the default location that cannot be created is GMD302's case
    }
    Access a = exists ? facts.perms().writableDir(dir) : facts.perms().creatable(dir);
    Optional<Severity> sev = Verdicts.severity(a, Severity.ERROR);
    if (sev.isEmpty()) {
      return;
    }
    String who = facts.perms().identity().describe();
    if (!exists) {
      Path mkdir = Verdicts.firstMissing(facts.perms().nearestExisting(dir).orElse(dir), dir);
      sink.report(this, sev.get(), facts.locationOf(s),
          "GOCACHE " + dir + " (" + s.source() + ") does not exist and " + who + " cannot create it: failed to initialize build cache at "
              + dir + ": " + Verdicts.goError(a, mkdir) + " (" + Verdicts.explain(a) + ")",
          "set GOCACHE to a directory the build user can write, e.g. GOCACHE=/tmp/go-build");
      return;
    }
    List<String> missing = missingSubdirs(dir);
    boolean used = missing.isEmpty() && hasEntries(dir);
    if (used) {
      sink.report(this, sev.get() == Severity.ERROR ? Severity.WARNING : sev.get(), facts.locationOf(s),
          "GOCACHE " + dir + " (" + s.source() + ") is not writable by " + who
              + ": builds work, nothing new is cached (Go ignores build-cache write errors) (" + Verdicts.explain(a) + ")",
          "give the build user its own GOCACHE (e.g. GOCACHE=/tmp/go-build) or chown -R " + facts.perms().identity().uid() + " " + dir);
      return;
    }
    String first = missing.isEmpty() ? "00" : missing.get(0);
    sink.report(this, sev.get(), facts.locationOf(s),
        "GOCACHE " + dir + " (" + s.source() + ") is not writable by " + who + " and "
            + (missing.isEmpty() ? "holds no entries yet" : "lacks " + missing.size() + " of its 00–ff subdirectories")
            + ": failed to initialize build cache at " + dir + ": mkdir " + dir.resolve(first) + ": "
            + (a.cause() == Access.Cause.READ_ONLY_MOUNT ? "read-only file system" : "permission denied")
            + " (" + Verdicts.explain(a) + ")",
        "set GOCACHE to a directory the build user can write (e.g. GOCACHE=/tmp/go-build), or chown -R "
            + facts.perms().identity().uid() + " " + dir);
  }

  /**
   * GOPATH matters beyond the module cache for {@code go install} without GOBIN
   * ({@code $GOPATH/bin}) and the checksum-database state ({@code $GOPATH/pkg/sumdb}); when the
   * module cache lives under GOPATH, its own finding says it all.
   */
  private void checkGopath(CacheFacts facts, FindingSink sink) {
    CacheEnv env = facts.env();
    List<String> entries = env.gopathEntries();
    if (entries.isEmpty() || !entries.get(0).startsWith("/")) {
      return;
    }
    Path gopath = Path.of(entries.get(0)).normalize();
    if (facts.modCache().map(m -> m.startsWith(gopath)).orElse(false)) {
      return;
    }
    List<String> needs = new ArrayList<>();
    if (env.value("GOBIN").isEmpty()) {
      needs.add("`go install` writes " + gopath.resolve("bin"));
    }
    if (!env.value("GOSUMDB").equals("off")) {
      needs.add("checksum-database lookups write " + gopath.resolve("pkg/sumdb"));
    }
    if (needs.isEmpty()) {
      return;
    }
    Access a = facts.perms().creatable(gopath.resolve("pkg/sumdb"));
    Optional<Severity> sev = Verdicts.severity(a, Severity.ERROR);
    if (sev.isEmpty()) {
      return;
    }
    CacheEnv.Setting s = env.setting("GOPATH");
    sink.report(this, sev.get(), facts.locationOf(s),
        "GOPATH " + gopath + " (" + s.source() + ") is not writable by " + facts.perms().identity().describe() + ": "
            + String.join(" and ", needs) + " (" + Verdicts.explain(a) + ")",
        "set GOPATH to a writable directory (GOMODCACHE can stay where it is), or set GOBIN and GOSUMDB=off only if that is intended");
  }

  private static List<String> missingSubdirs(Path dir) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      String n = String.format("%02x", i);
      if (!Files.isDirectory(dir.resolve(n))) {
        missing.add(n);
      }
    }
    return missing;
  }

  /** Whether any of the subdirectories holds an entry (a sample of them is enough). */
  private static boolean hasEntries(Path dir) {
    for (int i = 0; i < 256; i++) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir.resolve(String.format("%02x", i)))) {
        if (ds.iterator().hasNext()) {
          return true;
        }
      } catch (IOException e) {
        // unreadable subdirectory: look at the next
      }
    }
    return false;
  }
}
