package dev.gomoddoctor.cache;

import dev.gomoddoctor.gomod.GoSources;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What GMD309 needs to know about the checkout: where its .git is, and whether git trusts it. */
public final class GitFacts {
  private GitFacts() {}

  /** The nearest directory at or above {@code dir} holding a {@code .git} entry (directory or file). */
  public static Optional<Path> repositoryRoot(Path dir) {
    for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The git directory: {@code .git} itself, or the target of a {@code gitdir: <path>} file
   * (relative to the file's directory); empty when that target does not exist.
   */
  public static Optional<Path> gitDir(Path dotGit) throws IOException {
    if (Files.isDirectory(dotGit)) {
      return Optional.of(dotGit);
    }
    String text = Files.readString(dotGit, StandardCharsets.UTF_8);
    String first = text.lines().findFirst().orElse("").strip();
    if (!first.startsWith("gitdir:")) {
      return Optional.empty();
    }
    Path target = dotGit.getParent().resolve(first.substring("gitdir:".length()).strip()).normalize();
    return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
  }

  /** An executable named {@code tool} in a PATH value. */
  public static Optional<Path> onPath(String tool, String path) {
    for (String d : path.split(File.pathSeparator)) {
      if (!d.isEmpty()) {
        Path c = Path.of(d, tool);
        if (Files.isRegularFile(c) && Files.isExecutable(c)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the scanned module has a main package (only those are stamped). */
  public static boolean hasMainPackage(CacheFacts facts) {
    return GoSources.of(facts.context()).files().stream()
        .anyMatch(f -> !f.isTest() && f.packageName().equals("main"));
  }

  /**
   * Whether git's protected configuration (system, global, command line / GIT_CONFIG_*) lists
   * the repository in {@code safe.directory}: {@code *}, the path (real or as given, {@code ~/}
   * expanded), or a {@code /*} prefix (git ≥ 2.46); an empty value resets the list.
   */
  public static boolean isSafe(CacheFacts facts, Path git, Path root) {
    Optional<List<String>> values = SafeDirectories.values(git, facts.env().process());
    // git could not be asked: do not claim it will refuse
    return values.isEmpty() || isSafe(values.get(), root, facts.env().processVar("HOME"));
  }

  static boolean isSafe(List<String> values, Path root, String home) {
    boolean safe = false;
    Path real = root;
    try {
      real = root.toRealPath();
    } catch (IOException e) {
      // compare with the path as given
    }
    for (String v : values) {
      if (v.isEmpty()) {
        safe = false;
        continue;
      }
      if (v.equals("*")) {
        safe = true;
        continue;
      }
      String p = v.startsWith("~/") && !home.isEmpty() ? home + v.substring(1) : v;
      if (p.endsWith("/*")) {
        Path prefix = Path.of(p.substring(0, p.length() - 2)).normalize();
        if (real.startsWith(prefix) || root.startsWith(prefix)) {
          safe = true;
        }
        continue;
      }
      Path given = Path.of(p).normalize();
      if (given.equals(real) || given.equals(root.normalize())) {
        safe = true;
      }
    }
    return safe;
  }
}
