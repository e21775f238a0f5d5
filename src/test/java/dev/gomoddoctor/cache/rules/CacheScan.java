package dev.gomoddoctor.cache.rules;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gomoddoctor.cache.CacheChecker;
import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.scan.ScanOptions;
import dev.gomoddoctor.scan.TargetUser;
import dev.gomoddoctor.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: a project plus directories with chosen owners and modes (the tests run as root
 * here and in CI, so they chown directories to uid 1001 or 0 and ask about those uids), then one
 * run of the cache checker for one rule.
 */
final class CacheScan {
  private final Path root;
  private final Map<String, String> env = new HashMap<>();
  private TargetUser user = TargetUser.current();
  private Config config = Config.defaults();
  private CacheChecker checker = new CacheChecker();

  private CacheScan(Path root) {
    this.root = root;
  }

  /** A project with a go.mod in {@code tmp/project}; {@code tmp} itself is made 0755 for other uids. */
  static CacheScan project(Path tmp) {
    try {
      mode(tmp, 0755);
      Path p = Files.createDirectories(tmp.resolve("project"));
      mode(p, 0755);
      Files.writeString(p.resolve("go.mod"), "module example.com/p\n\ngo 1.19\n");
      return new CacheScan(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path root() {
    return root;
  }

  CacheScan env(String k, String v) {
    env.put(k, v);
    return this;
  }

  CacheScan user(String spec) {
    this.user = TargetUser.parse(spec);
    return this;
  }

  CacheScan config(Config c) {
    this.config = c;
    return this;
  }

  CacheScan checker(CacheChecker c) {
    this.checker = c;
    return this;
  }

  /** Writable, ordinary defaults so that only what a test sets up can fire. */
  CacheScan defaults(Path tmp) {
    Path home = dir(tmp.resolve("home"), 0, 0, 0777);
    env.putIfAbsent("HOME", home.toString());
    env.putIfAbsent("GOPATH", dir(tmp.resolve("gopath"), 0, 0, 0777).toString());
    env.putIfAbsent("GOCACHE", dir(tmp.resolve("gocache"), 0, 0, 0777).toString());
    env.putIfAbsent("TMPDIR", tmp.toString());
    return this;
  }

  List<Finding> run(String code) {
    ScanOptions opts = new ScanOptions(env, user, false, false);
    return TestProject.in(root).config(config).options(opts).run(checker, code);
  }

  List<Finding> runAll() {
    ScanOptions opts = new ScanOptions(env, user, false, false);
    return TestProject.in(root).config(config).options(opts).run(checker);
  }

  // ---- filesystem set-up as root ----

  static void assumeRoot() {
    Integer uid = null;
    try {
      uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // not Linux
    }
    assumeTrue(uid != null && uid == 0, "skipped: the permission tests chown directories and need root (CI runs as root)");
  }

  static Path dir(Path p, int uid, int gid, int mode) {
    try {
      Files.createDirectories(p);
      own(p, uid, gid);
      mode(p, mode);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path file(Path p, String content, int uid, int gid, int mode) {
    try {
      Files.createDirectories(p.getParent());
      Files.writeString(p, content);
      own(p, uid, gid);
      mode(p, mode);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void own(Path p, int uid, int gid) throws IOException {
    Files.setAttribute(p, "unix:uid", uid);
    Files.setAttribute(p, "unix:gid", gid);
  }

  static void mode(Path p, int mode) throws IOException {
    Files.setAttribute(p, "unix:mode", mode);
  }

  /** Makes every directory below {@code p} writable again so JUnit can delete it. */
  static void unlock(Path p) {
    try (var s = Files.walk(p)) {
      for (Path q : s.toList()) {
        if (Files.isDirectory(q, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          mode(q, 0777);
        }
      }
    } catch (IOException e) {
      // best effort
    }
  }

  /**
   * Mounts a tmpfs with {@code options} on {@code dir}, or skips the test with a message when
   * this system does not allow it (no root, no CAP_SYS_ADMIN, not Linux).
   */
  static Mount tmpfs(Path dir, String options) {
    assumeTrue(Files.isRegularFile(Path.of("/proc/self/mountinfo")), "skipped: no /proc/self/mountinfo (not Linux)");
    try {
      Files.createDirectories(dir);
      int rc = exec(List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString()));
      assumeTrue(rc == 0, "skipped: cannot mount a tmpfs here (mount -t tmpfs -o " + options + " exited " + rc
          + "); needs root with CAP_SYS_ADMIN");
      return new Mount(dir);
    } catch (IOException e) {
      assumeTrue(false, "skipped: cannot run mount: " + e.getMessage());
      return null;
    }
  }

  /** A mount the test made; closing unmounts it. */
  record Mount(Path dir) implements AutoCloseable {
    @Override
    public void close() {
      try {
        exec(List.of("umount", dir.toString()));
      } catch (IOException e) {
        // the directory is removed with the temp dir; a leftover mount is only visible to us
      }
    }
  }

  static int exec(List<String> cmd) throws IOException {
    List<String> c = new ArrayList<>(cmd);
    Process p = new ProcessBuilder(c).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return -1;
      }
      return p.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
