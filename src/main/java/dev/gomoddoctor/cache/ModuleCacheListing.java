package dev.gomoddoctor.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * One bounded walk of a module cache's directory structure (golang/go
 * {@code src/cmd/go/internal/modfetch/cache.go}): the directories Go creates entries in (module
 * parents and {@code cache/download/<path>/@v/}), the extracted {@code <path>@<version>}
 * directories (never entered: their contents are read-only by design), and the files of each
 * {@code @v} directory. Nothing is opened for reading except directory listings.
 *
 * @param root GOMODCACHE
 * @param parentDirs directories below which Go creates module directories (the root included)
 * @param versionDirs every {@code cache/download/<escaped path>/@v} directory
 * @param extracted every extracted module directory, as {@code <escaped path>@<escaped version>}
 *     relative to the root with {@code /} separators
 * @param versionFiles the files of the @v directories
 * @param truncated true when the walk stopped at {@link #MAX_ENTRIES}
 */
public record ModuleCacheListing(
    Path root, List<Path> parentDirs, List<Path> versionDirs, List<String> extracted,
    List<VersionFile> versionFiles, boolean truncated) {

  /** Upper bound on directory entries looked at, so a huge cache cannot stall the scan. */
  public static final int MAX_ENTRIES = 2_000_000;

  private static final int MAX_DEPTH = 40;

  /**
   * A file in {@code cache/download/<escaped path>/@v/}.
   *
   * @param escapedPath the module path as escaped on disk ({@code github.com/!azure/x})
   * @param name the file name ({@code v1.0.0.zip})
   */
  public record VersionFile(String escapedPath, String name, long size, Path file) {}

  public ModuleCacheListing {
    parentDirs = List.copyOf(parentDirs);
    versionDirs = List.copyOf(versionDirs);
    extracted = List.copyOf(extracted);
    versionFiles = List.copyOf(versionFiles);
  }

  public static ModuleCacheListing empty(Path root) {
    return new ModuleCacheListing(root, List.of(), List.of(), List.of(), List.of(), false);
  }

  /** Walks {@code root}; a missing root gives an empty listing. */
  public static ModuleCacheListing walk(Path root) {
    Walker w = new Walker(root);
    if (Files.isDirectory(root)) {
      w.parents(root, "", 0);
      Path download = root.resolve("cache").resolve("download");
      if (Files.isDirectory(download, LinkOption.NOFOLLOW_LINKS)) {
        w.download(download, "", 0);
      }
    }
    return new ModuleCacheListing(root, w.parentDirs, w.versionDirs, w.extracted, w.files, w.count > MAX_ENTRIES);
  }

  /** The {@code cache/download/<escapedPath>/@v/<name>} path. */
  public Path versionFile(String escapedPath, String name) {
    return root.resolve("cache").resolve("download").resolve(escapedPath).resolve("@v").resolve(name);
  }

  private static final class Walker {
    final Path root;
    final List<Path> parentDirs = new ArrayList<>();
    final List<Path> versionDirs = new ArrayList<>();
    final List<String> extracted = new ArrayList<>();
    final List<VersionFile> files = new ArrayList<>();
    int count;

    Walker(Path root) {
      this.root = root;
    }

    void parents(Path dir, String rel, int depth) {
      parentDirs.add(dir);
      if (depth > MAX_DEPTH) {
        return;
      }
      for (Path child : list(dir)) {
        String name = child.getFileName().toString();
        if (!isDir(child) || (depth == 0 && name.equals("cache"))) {
          continue;
        }
        String childRel = rel.isEmpty() ? name : rel + "/" + name;
        if (name.contains("@")) {
          extracted.add(childRel);
        } else {
          parents(child, childRel, depth + 1);
        }
      }
    }

    void download(Path dir, String rel, int depth) {
      if (depth > MAX_DEPTH) {
        return;
      }
      for (Path child : list(dir)) {
        String name = child.getFileName().toString();
        if (!isDir(child) || (depth == 0 && name.equals("sumdb"))) {
          continue;
        }
        if (name.equals("@v")) {
          versionDirs.add(child);
          for (Path f : list(child)) {
            try {
              BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
              if (!a.isDirectory()) {
                files.add(new VersionFile(rel, f.getFileName().toString(), a.size(), f));
              }
            } catch (IOException e) {
              // vanished or unreadable: nothing to judge
            }
          }
        } else {
          parentDirs.add(child);
          download(child, rel.isEmpty() ? name : rel + "/" + name, depth + 1);
        }
      }
    }

    private boolean isDir(Path p) {
      return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
    }

    private List<Path> list(Path dir) {
      List<Path> out = new ArrayList<>();
      if (count > MAX_ENTRIES) {
        return out;
      }
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
        for (Path p : ds) {
          if (++count > MAX_ENTRIES) {
            break;
          }
          out.add(p);
        }
      } catch (IOException | SecurityException e) {
        // an unreadable directory is judged by the permission rules, not here
      }
      out.sort(null);
      return out;
    }
  }
}
