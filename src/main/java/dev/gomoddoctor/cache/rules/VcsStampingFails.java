package dev.gomoddoctor.cache.rules;

import dev.gomoddoctor.cache.CacheEnv;
import dev.gomoddoctor.cache.CacheFacts;
import dev.gomoddoctor.cache.CacheRule;
import dev.gomoddoctor.cache.GitFacts;
import dev.gomoddoctor.cache.perm.FileStat;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(code = "GMD309", name = "vcs-stamping-fails", severity = Severity.ERROR,
    summary = "VCS stamping will fail on this checkout (dubious ownership, broken gitdir pointer)",
    tags = {"cache", "vcs", "permissions"},
    help = """
        Since Go 1.18, `go build` and `go install` (and `go list` when it computes build
        information, e.g. `-export`) stamp VCS information into main packages by running git,
        when the main package, its module and the current directory lie in one repository.
        `go test` and `go run` do not stamp (golang/go `src/cmd/go/internal/work/build.go`). With
        the default `-buildvcs=auto` a missing git binary is skipped silently.

        git ≥ 2.35.2 refuses repositories owned by another user unless git's system or global
        configuration (or `git -c` / `GIT_CONFIG_*`) lists them in `safe.directory` (or `*`):
        typical when a CI job or container runs as root on a checkout owned by uid 1001, or as
        uid 1001 on a checkout made by root. A `.git` file (`gitdir: …`, submodules and
        worktrees) whose target is missing, e.g. because only the worktree was mounted into a
        container, fails too.

        Go prints:

            error obtaining VCS status: exit status 128
            	Use -buildvcs=false to disable VCS stamping.

        and `git status` in that directory shows the cause:
        `fatal: detected dubious ownership in repository at '…'`.

        **Fix:** `git config --global --add safe.directory <repo>` for the build user, or
        `chown -R` the checkout to it, or build with `-buildvcs=false` (flag or
        `GOFLAGS=-buildvcs=false`) when the binary needs no VCS information.

        **Quiet:** `-buildvcs=false`; the checkout owned by the target user (for root with
        `SUDO_UID` set, git compares with that uid); `safe.directory` configured; no git on PATH
        with the default `-buildvcs=auto`; no main package; no `.git` above the module.
        """)
public final class VcsStampingFails implements CacheRule {

  @Override
  public void check(CacheFacts facts, FindingSink sink) {
    CacheEnv env = facts.env();
    String buildvcs = env.goflag("buildvcs").map(VcsStampingFails::normalize).orElse("auto");
    if (buildvcs.equals("false")) {
      return;
    }
    Optional<Path> repo = GitFacts.repositoryRoot(facts.root());
    if (repo.isEmpty() || !GitFacts.hasMainPackage(facts)) {
      return;
    }
    Path root = repo.get();
    Optional<Path> git = GitFacts.onPath("git", env.processVar("PATH"));
    if (git.isEmpty()) {
      if (buildvcs.equals("true")) {
        sink.report(this, facts.anchor(),
            "-buildvcs=true in GOFLAGS but no git on PATH: `go build` of a main package in " + root + " fails to stamp VCS information",
            "install git, or use -buildvcs=auto (the default) or -buildvcs=false");
      }
      return;
    }
    Path dotGit = root.resolve(".git");
    Optional<Path> gitdir;
    try {
      gitdir = GitFacts.gitDir(dotGit);
    } catch (IOException e) {
      return; // an unreadable .git file: git's error is not ours to guess
    }
    if (gitdir.isEmpty()) {
      sink.report(this, facts.anchor(),
          root.resolve(".git") + " is a gitdir pointer whose target does not exist (a submodule or worktree without its "
              + "main repository?): `go build` fails with error obtaining VCS status: exit status 128 "
              + "(git: fatal: not a git repository). Use -buildvcs=false to disable VCS stamping.",
          "mount or copy the main repository too, or build with -buildvcs=false (GOFLAGS=-buildvcs=false)");
      return;
    }
    int uid = gitUid(facts);
    List<String> foreign = new ArrayList<>();
    for (Path p : List.of(root, dotGit, gitdir.get())) {
      try {
        Optional<FileStat> st = facts.perms().facts().stat(p);
        if (st.isPresent() && st.get().uid() != uid && !foreign.contains(p + " (uid " + st.get().uid() + ")")) {
          foreign.add(p + " (uid " + st.get().uid() + ")");
        }
      } catch (IOException e) {
        // nothing to judge
      }
    }
    if (foreign.isEmpty() || GitFacts.isSafe(facts, git.get(), root)) {
      return;
    }
    sink.report(this, facts.anchor(),
        "the repository " + root + " is owned by another user than the build user uid " + uid + ": " + String.join(", ", foreign)
            + "; git refuses it (fatal: detected dubious ownership in repository at '" + root + "'), so `go build` of a main "
            + "package fails with error obtaining VCS status: exit status 128. Use -buildvcs=false to disable VCS stamping.",
        "git config --global --add safe.directory " + root + " (as the build user), or chown -R " + uid + " " + root
            + ", or GOFLAGS=-buildvcs=false");
  }

  /** git compares with SUDO_UID when root runs it through sudo (git ≥ 2.37). */
  private static int gitUid(CacheFacts facts) {
    int uid = facts.perms().identity().uid();
    String sudo = facts.env().processVar("SUDO_UID");
    if (uid == 0 && !sudo.isEmpty()) {
      try {
        return Integer.parseInt(sudo.strip());
      } catch (NumberFormatException e) {
        return uid;
      }
    }
    return uid;
  }

  /** Go's flag package: 1, t, T, TRUE, true, True / 0, f, F, FALSE, false, False; else as written. */
  static String normalize(String v) {
    return switch (v) {
      case "1", "t", "T", "TRUE", "true", "True" -> "true";
      case "0", "f", "F", "FALSE", "false", "False" -> "false";
      default -> v;
    };
  }
}
