package dev.gomoddoctor.cache.rules;

import static dev.gomoddoctor.cache.rules.CacheScan.dir;
import static dev.gomoddoctor.cache.rules.CacheScan.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gomoddoctor.report.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GMD309 vcs-stamping-fails, with the real git as the second opinion where it can run as uid 1001. */
class VcsStampingFailsTest {
  static final Path GIT = Path.of("/usr/bin/git");

  @TempDir Path tmp;

  @BeforeEach
  void needsRootAndGit() {
    CacheScan.assumeRoot();
    assumeTrue(Files.isExecutable(GIT), "skipped: no git at /usr/bin/git");
  }

  @AfterEach
  void unlock() {
    CacheScan.unlock(tmp);
  }

  /** A checkout with a main package, owned by {@code uid}, and an isolated git configuration. */
  CacheScan checkout(int uid) throws Exception {
    CacheScan s = CacheScan.project(tmp).defaults(tmp).env("PATH", "/usr/bin:/bin").env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir(tmp.resolve("home"), 1001, 1001, 0755).toString());
    Files.writeString(s.root().resolve("main.go"), "// Command p.\npackage main\n\nfunc main() {}\n");
    run(s.root(), List.of(GIT.toString(), "init", "-q", "."));
    chownR(s.root(), uid);
    return s;
  }

  @Test
  void rootOwnedCheckoutBuiltByUid1001Fires() throws Exception {
    CacheScan s = checkout(0);
    List<Finding> f = s.user("1001").run("GMD309");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message())
        .contains("fatal: detected dubious ownership in repository at '" + s.root() + "'")
        .contains("error obtaining VCS status: exit status 128"));
    // git agrees when it really runs as uid 1001
    String gitSays = asUid1001(s.root(), tmp.resolve("home"));
    assumeTrue(gitSays != null, "skipped the differential part: setpriv cannot switch to uid 1001 here");
    assertThat(gitSays).contains("dubious ownership");
  }

  @Test
  void uid1001CheckoutBuiltByRootFires() throws Exception {
    CacheScan s = checkout(1001);
    assertThat(s.user("0").run("GMD309")).hasSize(1);
  }

  @Test
  void sudoUidIsWhatGitComparesForRoot() throws Exception {
    CacheScan s = checkout(1001);
    assertThat(s.user("0").env("SUDO_UID", "1001").run("GMD309")).isEmpty();
  }

  @Test
  void sameOwnerIsQuiet() throws Exception {
    assertThat(checkout(1001).user("1001").run("GMD309")).isEmpty();
  }

  @Test
  void safeDirectoryInGlobalConfigIsQuiet() throws Exception {
    CacheScan s = checkout(0);
    Path cfg = file(tmp.resolve("gitconfig"), "[safe]\n\tdirectory = " + s.root() + "\n", 0, 0, 0644);
    assertThat(s.user("1001").env("GIT_CONFIG_GLOBAL", cfg.toString()).run("GMD309")).isEmpty();
    Files.writeString(cfg, "[safe]\n\tdirectory = *\n");
    assertThat(s.user("1001").env("GIT_CONFIG_GLOBAL", cfg.toString()).run("GMD309")).isEmpty();
    // an empty value resets the list
    Files.writeString(cfg, "[safe]\n\tdirectory = *\n\tdirectory =\n");
    assertThat(s.user("1001").env("GIT_CONFIG_GLOBAL", cfg.toString()).run("GMD309")).hasSize(1);
  }

  @Test
  void safeDirectoryFromTheEnvironmentIsQuiet() throws Exception {
    CacheScan s = checkout(0);
    assertThat(s.user("1001").env("GIT_CONFIG_COUNT", "1").env("GIT_CONFIG_KEY_0", "safe.directory")
        .env("GIT_CONFIG_VALUE_0", s.root().toString()).run("GMD309")).isEmpty();
  }

  @Test
  void buildvcsFalseIsQuiet() throws Exception {
    assertThat(checkout(0).user("1001").env("GOFLAGS", "-buildvcs=false").run("GMD309")).isEmpty();
  }

  @Test
  void noGitOnPathIsQuietUnlessBuildvcsTrue() throws Exception {
    Path empty = dir(tmp.resolve("emptybin"), 0, 0, 0755);
    assertThat(checkout(0).user("1001").env("PATH", empty.toString()).run("GMD309")).isEmpty();
    List<Finding> f = checkout(0).user("1001").env("PATH", empty.toString()).env("GOFLAGS", "-buildvcs=true").run("GMD309");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("no git on PATH"));
  }

  @Test
  void noMainPackageIsQuiet() throws Exception {
    CacheScan s = checkout(0);
    Files.writeString(s.root().resolve("main.go"), "package lib\n\n// package main in a comment\n");
    assertThat(s.user("1001").run("GMD309")).isEmpty();
  }

  @Test
  void gitdirPointerToAMissingRepositoryFires() throws Exception {
    CacheScan s = CacheScan.project(tmp).defaults(tmp).env("PATH", "/usr/bin:/bin");
    Files.writeString(s.root().resolve("main.go"), "package main\n");
    Files.writeString(s.root().resolve(".git"), "gitdir: ../main-repo/.git/worktrees/p\n");
    List<Finding> f = s.run("GMD309");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("gitdir pointer whose target does not exist"));
  }

  @Test
  void gitdirPointerToAnExistingRepositoryIsQuiet() throws Exception {
    CacheScan s = CacheScan.project(tmp).defaults(tmp).env("PATH", "/usr/bin:/bin");
    Files.writeString(s.root().resolve("main.go"), "package main\n");
    Files.createDirectories(tmp.resolve("main-repo/.git/worktrees/p"));
    Files.writeString(s.root().resolve(".git"), "gitdir: ../main-repo/.git/worktrees/p\n");
    assertThat(s.run("GMD309")).isEmpty();
  }

  private static void chownR(Path p, int uid) throws IOException {
    try (var s = Files.walk(p)) {
      for (Path q : s.toList()) {
        Files.setAttribute(q, "unix:uid", uid, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(q, "unix:gid", uid, java.nio.file.LinkOption.NOFOLLOW_LINKS);
      }
    }
  }

  private static void run(Path dir, List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  /** {@code git status} as uid 1001 with setpriv; null when setpriv is not available. */
  private static String asUid1001(Path dir, Path home) throws Exception {
    Path setpriv = Path.of("/usr/bin/setpriv");
    if (!Files.isExecutable(setpriv)) {
      return null;
    }
    ProcessBuilder pb = new ProcessBuilder(setpriv.toString(), "--reuid=1001", "--regid=1001", "--clear-groups",
        GIT.toString(), "status").directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("HOME", home.toString());
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return null;
    }
    return out;
  }
}
