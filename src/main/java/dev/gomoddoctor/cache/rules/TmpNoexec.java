package dev.gomoddoctor.cache.rules;

import dev.gomoddoctor.cache.CacheEnv;
import dev.gomoddoctor.cache.CacheFacts;
import dev.gomoddoctor.cache.CacheRule;
import dev.gomoddoctor.cache.perm.MountTable;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Path;
import java.util.Optional;

@RuleInfo(code = "GMD303", name = "tmp-noexec", severity = Severity.WARNING,
    summary = "Go's temp directory, or GOCACHE (Go ≥ 1.24), is on a `noexec` mount",
    tags = {"cache", "mounts"},
    help = """
        `go test`, and `go run` before Go 1.24, link a binary into Go's temporary work directory
        (GOTMPDIR, else TMPDIR, else /tmp) and execute it there. Hardened hosts and CI runners
        often mount /tmp with `noexec`, and then the binary cannot start. From Go 1.24 on,
        `go run` and `go tool` execute binaries cached in GOCACHE, so GOCACHE on a `noexec`
        mount breaks them too (golang/website `_content/doc/go1.24.md`).

        Go prints:

            fork/exec /tmp/go-build1234/b001/exe/main: permission denied

        (the path lies under the temp directory or GOCACHE).

        **Fix:** point GOTMPDIR at a directory on an executable filesystem
        (`GOTMPDIR=$HOME/.cache/go-tmp`, created first), and keep GOCACHE off `noexec` mounts.

        **Quiet:** an executable temp directory and GOCACHE; Go < 1.24 with only GOCACHE on
        `noexec`; systems where the mount table cannot be read (not Linux): unknown is never
        reported.
        """)
public final class TmpNoexec implements CacheRule {

  @Override
  public void check(CacheFacts facts, FindingSink sink) {
    CacheEnv env = facts.env();
    String tmp = env.value("GOTMPDIR");
    String which = "GOTMPDIR";
    if (tmp.isEmpty()) {
      tmp = env.processVar("TMPDIR");
      which = "TMPDIR";
    }
    if (tmp.isEmpty()) {
      tmp = "/tmp";
      which = "the default temp directory";
    }
    if (tmp.startsWith("/")) {
      Optional<MountTable.Mount> m = noexecMount(facts, Path.of(tmp));
      if (m.isPresent()) {
        sink.report(this, facts.anchor(),
            which + " " + tmp + " is on a noexec mount (" + m.get().mountPoint() + ", " + m.get().fsType()
                + "): `go test`" + (env.goAtLeast(24) ? "" : " and `go run`")
                + " will fail with fork/exec …/b001/exe/…: permission denied",
            "set GOTMPDIR to a directory on an executable filesystem, e.g. mkdir -p $HOME/.cache/go-tmp && export GOTMPDIR=$HOME/.cache/go-tmp");
      }
    }
    if (env.goAtLeast(24)) {
      Optional<Path> cache = facts.buildCache();
      Optional<MountTable.Mount> m = cache.flatMap(c -> noexecMount(facts, c));
      if (m.isPresent()) {
        sink.report(this, facts.anchor(),
            "GOCACHE " + cache.get() + " is on a noexec mount (" + m.get().mountPoint() + ") and Go "
                + env.goVersion() + (env.versionAssumed() ? " (assumed)" : "")
                + " runs `go run` and `go tool` binaries from GOCACHE: they fail with permission denied",
            "move GOCACHE to an executable filesystem");
      }
    }
  }

  private static Optional<MountTable.Mount> noexecMount(CacheFacts facts, Path p) {
    Optional<Path> existing = facts.perms().nearestExisting(p);
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    Path real = facts.perms().facts().realPath(existing.get()).orElse(existing.get());
    MountTable mt = facts.perms().facts().mounts();
    if (mt.noexec(real) != MountTable.Answer.YES) {
      return Optional.empty();
    }
    return mt.mountOf(real);
  }
}
