package dev.gomoddoctor.scan;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One walk of the scan root, shared by every checker. Paths are relative to the root with
 * {@code /} separators, sorted. Skips {@code .git}, {@code node_modules}, {@code testdata}, the
 * contents of {@code vendor/} (except {@code vendor/modules.txt}) and the configured exclude
 * globs. Symbolic links to directories are never followed (no escapes from the root, no loops);
 * a symbolic link to a file is listed only when it resolves inside the root.
 *
 * @param walkErrors directories or files that could not be read during the walk, with why
 */
public record FileIndex(Path root, List<String> files, List<WalkError> walkErrors) {

  /** Directory names whose subtrees never belong to the scanned modules' own files. */
  private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", "testdata");

  public record WalkError(String path, String why) {}

  public FileIndex {
    files = List.copyOf(files);
    walkErrors = List.copyOf(walkErrors);
  }

  public static FileIndex walk(Path root, List<String> excludeGlobs) throws IOException {
    Path realRoot = root.toRealPath();
    List<PathMatcher> excludes = new ArrayList<>();
    for (String glob : excludeGlobs) {
      excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    TreeSet<String> found = new TreeSet<>();
    List<WalkError> errors = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (dir.equals(root)) {
          return FileVisitResult.CONTINUE;
        }
        String rel = toRelative(root, dir);
        String name = dir.getFileName().toString();
        if (SKIPPED_DIRS.contains(name) || isExcluded(rel, excludes, true)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        if (name.equals("vendor")) {
          // vendored third-party trees hold their own go.mod/go.work files; only modules.txt is ours
          if (Files.isRegularFile(dir.resolve("modules.txt"))) {
            found.add(rel + "/modules.txt");
          }
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String rel = toRelative(root, file);
        if (isExcluded(rel, excludes, false)) {
          return FileVisitResult.CONTINUE;
        }
        if (attrs.isSymbolicLink()) {
          try {
            Path target = file.toRealPath();
            if (target.startsWith(realRoot) && Files.isRegularFile(target)) {
              found.add(rel);
            }
          } catch (IOException e) {
            // a dangling link is not a file Go would read either
          }
          return FileVisitResult.CONTINUE;
        }
        if (attrs.isRegularFile()) {
          found.add(rel);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException exc) {
        errors.add(new WalkError(toRelative(root, file), String.valueOf(exc.getMessage())));
        return FileVisitResult.CONTINUE;
      }
    });
    return new FileIndex(root, new ArrayList<>(found), errors);
  }

  private static boolean isExcluded(String rel, List<PathMatcher> excludes, boolean directory) {
    if (excludes.isEmpty()) {
      return false;
    }
    Path p = Path.of(rel);
    for (PathMatcher m : excludes) {
      if (m.matches(p) || (directory && m.matches(Path.of(rel, "x")))) {
        return true;
      }
    }
    return false;
  }

  /** Relative path with {@code /} separators; "" for the root itself. */
  public static String toRelative(Path root, Path path) {
    Path rel = root.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize());
    return rel.toString().replace(java.io.File.separatorChar, '/');
  }

  /** Files whose last path element is {@code fileName}, e.g. every {@code go.mod}. */
  public List<String> named(String fileName) {
    return matching(p -> p.equals(fileName) || p.endsWith("/" + fileName));
  }

  public List<String> matching(Predicate<String> relativePath) {
    List<String> out = new ArrayList<>();
    for (String f : files) {
      if (relativePath.test(f)) {
        out.add(f);
      }
    }
    return Collections.unmodifiableList(out);
  }

  public boolean contains(String relativePath) {
    return Collections.binarySearch(files, relativePath) >= 0;
  }

  /** Files below a directory given relative to the root ("" for the root). */
  public List<String> under(String directory) {
    if (directory.isEmpty()) {
      return files;
    }
    String prefix = directory.endsWith("/") ? directory : directory + "/";
    return matching(p -> p.startsWith(prefix));
  }

  public Path resolve(String relativePath) {
    return root.resolve(relativePath);
  }

  /** The directory part of a relative path ("" at the root). */
  public static String parentOf(String relativePath) {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? "" : relativePath.substring(0, slash);
  }
}
