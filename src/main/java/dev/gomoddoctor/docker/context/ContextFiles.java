package dev.gomoddoctor.docker.context;

import dev.gomoddoctor.docker.ignore.DockerIgnore;
import dev.gomoddoctor.docker.ignore.IgnorePattern;
import dev.gomoddoctor.docker.model.PosixPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The files of one build context (paths relative to the context directory), with the
 * .dockerignore that applies to it. Only what the scan's file walk saw is known, plus a
 * {@code .git} at the context root.
 */
public final class ContextFiles {
  private final String dir;
  private final TreeSet<String> files;
  private final TreeSet<String> dirs = new TreeSet<>();
  private final DockerIgnore ignore;
  private final java.nio.file.Path onDisk;

  public ContextFiles(String dir, List<String> files, DockerIgnore ignore) {
    this(dir, files, ignore, null);
  }

  /**
   * @param dir the context directory relative to the scan root ("" for the root)
   * @param files the files below it, relative to it
   * @param onDisk the context directory on disk, to confirm paths the scan's walk skips
   *     (vendor/, testdata/, node_modules/, excluded globs); null for none
   */
  public ContextFiles(String dir, List<String> files, DockerIgnore ignore, java.nio.file.Path onDisk) {
    this.dir = dir;
    this.onDisk = onDisk;
    this.files = new TreeSet<>(files);
    this.ignore = ignore;
    dirs.add(".");
    for (String f : files) {
      int slash = f.indexOf('/');
      while (slash > 0) {
        dirs.add(f.substring(0, slash));
        slash = f.indexOf('/', slash + 1);
      }
    }
  }

  public String dir() {
    return dir;
  }

  public DockerIgnore ignore() {
    return ignore;
  }

  /** A context-relative path as BuildKit resolves a COPY source: cleaned, never above the context. */
  public static String normalize(String source) {
    String p = PosixPath.clean("/" + source);
    return p.equals("/") ? "." : p.substring(1);
  }

  public boolean isFile(String rel) {
    return files.contains(rel);
  }

  public boolean isDir(String rel) {
    return dirs.contains(rel);
  }

  public boolean exists(String rel) {
    if (isFile(rel) || isDir(rel)) {
      return true;
    }
    if (onDisk == null || rel.startsWith("..")) {
      return false;
    }
    // the walk skips some trees (vendor/, testdata/...); the path may still be in the context
    return java.nio.file.Files.exists(onDisk.resolve(rel), java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }

  /** Files at or below a path ("." for everything). */
  public List<String> filesUnder(String rel) {
    if (rel.equals(".")) {
      return List.copyOf(files);
    }
    List<String> out = new ArrayList<>();
    if (files.contains(rel)) {
      out.add(rel);
    }
    out.addAll(files.subSet(rel + "/", rel + "/\uffff"));
    return out;
  }

  /** Paths (files and directories) matching a wildcard source, element by element. */
  public List<String> glob(String pattern) {
    String[] parts = pattern.split("/");
    List<String> current = new ArrayList<>(List.of("."));
    for (String part : parts) {
      List<String> next = new ArrayList<>();
      for (String base : current) {
        for (String child : children(base)) {
          String name = child.substring(child.lastIndexOf('/') + 1);
          if (GoGlob.hasMeta(part) ? GoGlob.match(part, name) : part.equals(name)) {
            next.add(child);
          }
        }
      }
      current = next;
    }
    Collections.sort(current);
    return current;
  }

  private List<String> children(String base) {
    List<String> out = new ArrayList<>();
    String prefix = base.equals(".") ? "" : base + "/";
    for (String d : dirs.subSet(prefix, prefix + "\uffff")) {
      if (!d.equals(".") && d.indexOf('/', prefix.length()) < 0 && d.length() > prefix.length()) {
        out.add(d);
      }
    }
    for (String f : files.subSet(prefix, prefix + "\uffff")) {
      if (f.indexOf('/', prefix.length()) < 0) {
        out.add(f);
      }
    }
    return out;
  }

  /** The .dockerignore line that leaves this path out of the context, if any. */
  public Optional<IgnorePattern> ignoredBy(String rel) {
    return ignore.decidingPattern(rel).filter(p -> !p.exclusion());
  }

  public String ignoredByText(String rel) {
    return ignoredBy(rel).map(p -> (ignore.path().isEmpty() ? ".dockerignore" : ignore.path()) + ":" + p.line()
        + ": " + p.display()).orElse("");
  }

  /** The path relative to the scan root. */
  public String scanPath(String rel) {
    if (rel.equals(".")) {
      return dir.isEmpty() ? "." : dir;
    }
    return dir.isEmpty() ? rel : dir + "/" + rel;
  }
}
