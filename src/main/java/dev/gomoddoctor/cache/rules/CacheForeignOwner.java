package dev.gomoddoctor.cache.rules;

import dev.gomoddoctor.cache.CacheFacts;
import dev.gomoddoctor.cache.CacheRule;
import dev.gomoddoctor.cache.ModuleCacheListing;
import dev.gomoddoctor.cache.perm.Access;
import dev.gomoddoctor.cache.perm.FileStat;
import dev.gomoddoctor.cache.perm.PermissionModel;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@RuleInfo(code = "GMD305", name = "cache-foreign-owner", severity = Severity.WARNING,
    summary = "cache entries owned by another uid that the target user must write",
    tags = {"cache", "permissions"},
    help = """
        Typical after `docker run -v` as root or `sudo go …`: parts of the caches now belong to
        another user. In the module cache, Go must create entries in
        `cache/download/<path>/@v/` and in module parent directories
        (`<GOMODCACHE>/github.com/org/`) for every new version; owned by another uid without
        group, other or ACL write permission, the next new version fails. In GOCACHE, Go
        silently skips writes it cannot make: builds succeed but are never cached.

        Go prints: `go: mkdir …/cache/download/…: permission denied` when a new version is
        needed; nothing for GOCACHE.

        Extracted module directories (`<path>@<version>/`) are **not** checked: Go makes their
        files 0444 and directories 0555 on purpose (golang/go
        `src/cmd/go/internal/modfetch/fetch.go`; `-modcacherw` keeps them writable), reading them
        works whoever owns them, and only `go clean -modcache` by another user fails on them.

        On large caches the check samples: all module parent directories (few) and an evenly
        spread subset of the `@v` directories; the message says how many were looked at.

        **Fix:** `sudo chown -R <uid>:<gid> "$(go env GOMODCACHE)" "$(go env GOCACHE)"`, or run
        `go clean -modcache` / `go clean -cache` as the owner, or share caches through a group
        with setgid 2775 directories.

        **Quiet:** 0444/0555 extracted module trees owned by anyone; entries group-writable for
        the user (shared CI caches with setgid 2775 directories); target user root outside a user
        namespace.
        """)
public final class CacheForeignOwner implements CacheRule {
  /** How many @v directories are judged at most; they are sampled evenly across the cache. */
  static final int MAX_VERSION_DIRS = 1000;

  @Override
  public void check(CacheFacts facts, FindingSink sink) {
    PermissionModel pm = facts.perms();
    facts.modCache().ifPresent(root -> {
      ModuleCacheListing l = facts.moduleCache();
      // the root itself is GMD301's: only what lies below it is about foreign owners
      List<Path> dirs = new ArrayList<>(l.parentDirs().stream().filter(p -> !p.equals(root)).toList());
      List<Path> vdirs = l.versionDirs();
      int step = Math.max(1, (vdirs.size() + MAX_VERSION_DIRS - 1) / MAX_VERSION_DIRS);
      for (int i = 0; i < vdirs.size(); i += step) {
        dirs.add(vdirs.get(i));
      }
      boolean sampled = step > 1 || l.truncated();
      String scope = dirs.size() + (sampled ? " sampled" : "") + " directories of the module cache";
      report(facts, sink, dirs, scope,
          "the next new module version fails with go: mkdir …/cache/download/…: permission denied",
          "sudo chown -R " + pm.identity().uid() + " " + root + " (or, as the owner, go clean -modcache)");
    });
    facts.buildCache().ifPresent(cache -> {
      List<Path> dirs = new ArrayList<>();
      for (int i = 0; i < 256; i++) {
        Path d = cache.resolve(String.format("%02x", i));
        if (Files.isDirectory(d)) {
          dirs.add(d);
        }
      }
      report(facts, sink, dirs, dirs.size() + " GOCACHE subdirectories",
          "builds succeed but are never cached (Go skips build-cache writes it cannot make)",
          "sudo chown -R " + pm.identity().uid() + " " + cache + " (or, as the owner, go clean -cache)");
    });
  }

  private void report(CacheFacts facts, FindingSink sink, List<Path> dirs, String scope, String effect, String hint) {
    PermissionModel pm = facts.perms();
    int me = pm.identity().uid();
    List<Path> foreign = new ArrayList<>();
    for (Path d : dirs) {
      try {
        Optional<FileStat> st = pm.facts().stat(d);
        if (st.isPresent() && st.get().uid() != me) {
          foreign.add(d);
        }
      } catch (IOException e) {
        // unreadable: nothing to judge
      }
    }
    if (foreign.isEmpty()) {
      return;
    }
    pm.facts().prefetchAcls(foreign.stream().map(p -> pm.facts().realPath(p).orElse(p)).toList());
    // group by owner so one finding names each foreign uid
    Map<Integer, List<Access>> denied = new TreeMap<>();
    Map<Integer, List<Access>> undetermined = new TreeMap<>();
    for (Path d : foreign) {
      Access a = pm.writableDir(d);
      if (a.stat().isEmpty() || !(a.decidedAt().equals(d) || a.decidedAt().equals(pm.facts().realPath(d).orElse(d)))) {
        continue; // denied on the way there: the parent's own finding covers it
      }
      int owner = a.stat().get().uid();
      if (a.denied() && (a.cause() == Access.Cause.MODE_BITS || a.cause() == Access.Cause.ACL)) {
        denied.computeIfAbsent(owner, k -> new ArrayList<>()).add(a);
      } else if (a.verdict() == Access.Verdict.UNDETERMINED) {
        undetermined.computeIfAbsent(owner, k -> new ArrayList<>()).add(a);
      }
    }
    emit(facts, sink, denied, null, scope, effect, hint);
    emit(facts, sink, undetermined, Severity.NOTE, scope, effect, hint);
  }

  private void emit(CacheFacts facts, FindingSink sink, Map<Integer, List<Access>> byOwner, Severity sev,
      String scope, String effect, String hint) {
    for (Map.Entry<Integer, List<Access>> e : byOwner.entrySet()) {
      Access first = e.getValue().get(0);
      String what = e.getValue().size() == 1 ? "1 directory" : e.getValue().size() + " directories";
      sink.report(this, sev, facts.anchor(),
          what + " of " + scope + " belong to uid " + e.getKey() + " and are not writable by "
              + facts.perms().identity().describe() + (sev == Severity.NOTE ? " (undetermined: ACL)" : "") + ": " + effect
              + "; e.g. " + first.decidedAt() + " (" + first.stat().get().describe() + ")",
          hint);
    }
  }
}
