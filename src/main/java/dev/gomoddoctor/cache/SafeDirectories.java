package dev.gomoddoctor.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code safe.directory} values git sees, asked from git itself: {@code git config
 * --get-all safe.directory} run outside any repository with the scanned environment, so it
 * reads exactly the system, global and command-line ({@code GIT_CONFIG_*}) scopes, includes and
 * all, and never a repository's own config (which git ignores for this setting). It only reads.
 */
final class SafeDirectories {
  private static final long TIMEOUT_SECONDS = 10;

  private SafeDirectories() {}

  /** The values in git's reading order; empty when git could not be asked. */
  static Optional<List<String>> values(Path git, Map<String, String> environment) {
    ProcessBuilder pb = new ProcessBuilder(git.toString(), "config", "--get-all", "safe.directory")
        .directory(Path.of("/").toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().clear();
    pb.environment().putAll(environment);
    pb.environment().remove("GIT_DIR");
    pb.environment().remove("GIT_WORK_TREE");
    pb.environment().put("GIT_CEILING_DIRECTORIES", "/");
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out;
      try (InputStream in = p.getInputStream()) {
        out = in.readAllBytes();
      }
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      // exit status 1: the key is not set anywhere
      if (p.exitValue() == 1) {
        return Optional.of(List.of());
      }
      if (p.exitValue() != 0) {
        return Optional.empty();
      }
      return Optional.of(new String(out, StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
