package dev.gomoddoctor.cache.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hashes an extracted module directory the way {@code dirhash.HashDir(dir, path@version)} does:
 * every non-directory entry of the tree, named {@code path@version/<slash path>}. Go opens each
 * entry, following symbolic links; the doctor follows a link only to a regular file, because a
 * link to a device or a FIFO (never written by Go) would make the hash read forever.
 */
public final class DirHasher {

  /**
   * The result of hashing one directory.
   *
   * @param h1 the {@code h1:} hash, when every file could be read
   * @param files each file's digest
   * @param violations what a directory extracted by Go can never contain, in words
   * @param unreadable why part of the tree could not be read (permissions, I/O)
   */
  public record DirHash(Optional<String> h1, List<FileDigest> files, List<String> violations, List<Unreadable> unreadable) {
    public DirHash {
      files = List.copyOf(files);
      violations = List.copyOf(violations);
      unreadable = List.copyOf(unreadable);
    }
  }

  private record Candidate(Path file, String name) {}

  private DirHasher() {}

  public static DirHash hash(Path dir, String prefix) {
    List<Candidate> candidates = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    long[] total = {0};
    boolean[] stopped = {false};
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = prefix + "/" + dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
          if (candidates.size() >= ZipHasher.MAX_ENTRIES) {
            violations.add("more than " + ZipHasher.MAX_ENTRIES + " files; not read");
            stopped[0] = true;
            return FileVisitResult.TERMINATE;
          }
          long size = attrs.size();
          if (!attrs.isRegularFile()) {
            if (attrs.isSymbolicLink() && Files.isRegularFile(file)) {
              try {
                size = Files.size(file);
              } catch (IOException e) {
                unreadable.add(new Unreadable(file.toString(), ZipHasher.describe(e)));
                return FileVisitResult.CONTINUE;
              }
            } else {
              violations.add(name + " is not a regular file (Go extracts only regular files)");
              return FileVisitResult.CONTINUE;
            }
          }
          total[0] += size;
          if (total[0] > ZipRules.MAX_ZIP_FILE) {
            violations.add("the files add up to more than " + ZipRules.MAX_ZIP_FILE
                + " bytes, more than any module zip may hold; not read");
            stopped[0] = true;
            return FileVisitResult.TERMINATE;
          }
          candidates.add(new Candidate(file, name));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
          unreadable.add(new Unreadable(file.toString(), ZipHasher.describe(exc)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      unreadable.add(new Unreadable(dir.toString(), ZipHasher.describe(e)));
    }
    if (stopped[0]) {
      return new DirHash(Optional.empty(), List.of(), violations, unreadable);
    }
    List<FileDigest> digests = new ArrayList<>(candidates.size());
    long read = 0;
    for (Candidate c : candidates) {
      try (InputStream in = Files.newInputStream(c.file())) {
        // sizes were checked from the directory entries; this bounds files that read longer than
        // they claim (a link to a /proc file reports size 0)
        Hash1.StreamDigest d = Hash1.digest(in, ZipRules.MAX_ZIP_FILE - read);
        if (d.overLimit()) {
          violations.add("the files read as more than " + ZipRules.MAX_ZIP_FILE
              + " bytes, more than any module zip may hold; stopped at " + c.name());
          return new DirHash(Optional.empty(), digests, violations, unreadable);
        }
        read += d.length();
        digests.add(FileDigest.of(c.name(), d.sha256()));
      } catch (IOException e) {
        unreadable.add(new Unreadable(c.file().toString(), ZipHasher.describe(e)));
      }
    }
    Optional<String> h1 = Optional.empty();
    if (unreadable.isEmpty() && violations.isEmpty()) {
      h1 = Hash1.of(digests);
      if (h1.isEmpty()) {
        violations.add("dirhash: filenames with newlines are not supported");
      }
    }
    return new DirHash(h1, digests, violations, unreadable);
  }
}
