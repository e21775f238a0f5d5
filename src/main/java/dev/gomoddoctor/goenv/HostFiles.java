package dev.gomoddoctor.goenv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The files the resolver may read (env files, {@code $GOROOT/go.env}, {@code VERSION}, the
 * {@code go} binary on PATH), given as absolute slash paths. Injected so that tests and the
 * Dockerfile checker (which knows an image's files only by name) can feed the same resolver.
 */
public interface HostFiles {

  /** The whole file, or empty when it is absent; throws when it exists but cannot be read. */
  Optional<String> read(String path) throws IOException;

  boolean isDirectory(String path);

  boolean isExecutableFile(String path);

  /** The path with symbolic links resolved, or the path itself when it cannot be resolved. */
  String realPath(String path);

  /** The machine's own file system. */
  static HostFiles local() {
    return new Rooted(null);
  }

  /** Absolute paths looked up below {@code root} (an image's or a test's file tree). */
  static HostFiles rooted(Path root) {
    return new Rooted(root);
  }

  /** Nothing but the given files (path -> content); no executables, no links. */
  static HostFiles of(Map<String, String> files) {
    Map<String, String> copy = Map.copyOf(files);
    return new HostFiles() {
      @Override
      public Optional<String> read(String path) {
        return Optional.ofNullable(copy.get(path));
      }

      @Override
      public boolean isDirectory(String path) {
        String prefix = path.endsWith("/") ? path : path + "/";
        return copy.keySet().stream().anyMatch(k -> k.startsWith(prefix));
      }

      @Override
      public boolean isExecutableFile(String path) {
        return false;
      }

      @Override
      public String realPath(String path) {
        return path;
      }
    };
  }

  /** A host view of a real file tree, optionally below a root directory. */
  final class Rooted implements HostFiles {
    private final Path root;

    Rooted(Path root) {
      this.root = root;
    }

    private Optional<Path> map(String path) {
      try {
        if (root == null) {
          return Optional.of(Path.of(path));
        }
        String rel = path.startsWith("/") ? path.substring(1) : path;
        return Optional.of(root.resolve(rel));
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }

    @Override
    public Optional<String> read(String path) throws IOException {
      Optional<Path> p = map(path);
      if (p.isEmpty() || !Files.exists(p.get())) {
        return Optional.empty();
      }
      if (Files.isDirectory(p.get())) {
        throw new IOException("is a directory");
      }
      // Go treats these files as bytes; invalid UTF-8 only matters in values we print
      return Optional.of(new String(Files.readAllBytes(p.get()), StandardCharsets.UTF_8));
    }

    @Override
    public boolean isDirectory(String path) {
      return map(path).map(Files::isDirectory).orElse(false);
    }

    @Override
    public boolean isExecutableFile(String path) {
      return map(path).map(p -> Files.isRegularFile(p) && Files.isExecutable(p)).orElse(false);
    }

    @Override
    public String realPath(String path) {
      Optional<Path> p = map(path);
      if (p.isEmpty()) {
        return path;
      }
      try {
        Path real = p.get().toRealPath();
        if (root == null) {
          return real.toString();
        }
        Path realRoot = root.toRealPath();
        if (real.startsWith(realRoot)) {
          return "/" + realRoot.relativize(real).toString().replace('\\', '/');
        }
        return path;
      } catch (IOException e) {
        return path;
      }
    }
  }
}
