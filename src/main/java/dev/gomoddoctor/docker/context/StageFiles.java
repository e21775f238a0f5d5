package dev.gomoddoctor.docker.context;

import dev.gomoddoctor.docker.model.PosixPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a stage at one point of the build as far as the Dockerfile tells: absolute paths
 * in the image mapped to where they came from, plus the directories whose content is only known at
 * build time (copied from images, produced by RUN, cache mounts). Immutable.
 */
public final class StageFiles {
  private final TreeMap<String, FileOrigin> files;
  private final List<String> unknownDirs;

  StageFiles(Map<String, FileOrigin> files, List<String> unknownDirs) {
    this.files = new TreeMap<>(files);
    this.unknownDirs = List.copyOf(unknownDirs);
  }

  static StageFiles empty() {
    return new StageFiles(Map.of(), List.of());
  }

  /** Whether an absolute path is in the stage. */
  public Presence presence(String absPath) {
    String p = PosixPath.clean(absPath);
    FileOrigin o = files.get(p);
    if (o != null) {
      return o.present() ? Presence.PRESENT : Presence.IGNORED;
    }
    if (unknownCovers(p)) {
      return Presence.UNKNOWN;
    }
    return Presence.ABSENT;
  }

  public Optional<FileOrigin> origin(String absPath) {
    return Optional.ofNullable(files.get(PosixPath.clean(absPath)));
  }

  /** Files at or below an absolute directory, including ones .dockerignore left out (see {@link FileOrigin#present()}). */
  public SortedMap<String, FileOrigin> under(String absDir) {
    String d = PosixPath.clean(absDir);
    if (d.equals("/")) {
      return Collections.unmodifiableSortedMap(files);
    }
    SortedMap<String, FileOrigin> out = new TreeMap<>();
    FileOrigin self = files.get(d);
    if (self != null) {
      out.put(d, self);
    }
    out.putAll(files.subMap(d + "/", d + "/\uffff"));
    return Collections.unmodifiableSortedMap(out);
  }

  /** Whether any file that is really present lies at or below the directory. */
  public boolean hasFilesUnder(String absDir) {
    return under(absDir).values().stream().anyMatch(FileOrigin::present);
  }

  /** Whether a path lies in a directory whose content is only known at build time. */
  public boolean unknownCovers(String absPath) {
    for (String u : unknownDirs) {
      if (PosixPath.isWithin(absPath, u)) {
        return true;
      }
    }
    return false;
  }

  public SortedMap<String, FileOrigin> all() {
    return Collections.unmodifiableSortedMap(files);
  }

  public List<String> unknownDirs() {
    return unknownDirs;
  }

  /** The nearest directory at or above {@code absDir} that holds the file {@code name}, if present. */
  public Optional<String> findUpwards(String absDir, String name) {
    String d = PosixPath.clean(absDir);
    while (true) {
      String candidate = d.equals("/") ? "/" + name : d + "/" + name;
      if (presence(candidate) == Presence.PRESENT) {
        return Optional.of(candidate);
      }
      if (d.equals("/")) {
        return Optional.empty();
      }
      int slash = d.lastIndexOf('/');
      d = slash <= 0 ? "/" : d.substring(0, slash);
    }
  }

  /** A builder that applies COPY/ADD/mount effects in order. */
  static final class Builder {
    final TreeMap<String, FileOrigin> files;
    final List<String> unknown;

    Builder(StageFiles start) {
      files = new TreeMap<>(start.files);
      unknown = new ArrayList<>(start.unknownDirs);
    }

    void put(String absPath, FileOrigin origin) {
      files.put(PosixPath.clean(absPath), origin);
    }

    void unknown(String absDir) {
      unknown.add(PosixPath.clean(absDir));
    }

    /** A mount hides what was at its target. */
    void clear(String absDir) {
      String d = PosixPath.clean(absDir);
      files.remove(d);
      files.subMap(d + "/", d + "/\uffff").clear();
      unknown.removeIf(u -> PosixPath.isWithin(u, d) && !u.equals("/"));
    }

    StageFiles build() {
      return new StageFiles(files, unknown);
    }
  }
}
