package dev.gomoddoctor.cache.verify;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where Go keeps one module version in the module cache (golang/go {@code modfetch/cache.go},
 * go-modules-reference.md section 3.1): {@code cache/download/<escaped path>/@v/<escaped
 * version>.{zip,ziphash,mod,info,lock,partial}} and the extracted tree {@code <escaped
 * path>@<escaped version>/}.
 */
public record CacheLayout(Path modcache) {

  /** The files of one module version; the paths need not exist. */
  public record ModuleFiles(
      String path, String version, Path zip, Path ziphash, Path mod, Path info, Path lock, Path partial, Path dir) {

    /** What Go prefixes every file name with when it hashes this module: {@code path@version}. */
    public String prefix() {
      return path + "@" + version;
    }
  }

  public Path downloadRoot() {
    return modcache.resolve("cache").resolve("download");
  }

  /** The cache files of {@code path@version}, or empty when Go could not escape the path or version. */
  public Optional<ModuleFiles> files(String path, String version) {
    Optional<String> ep = escape(path);
    Optional<String> ev = escape(version);
    if (ep.isEmpty() || ev.isEmpty() || version.isEmpty() || version.contains("/")) {
      return Optional.empty();
    }
    Path v = downloadRoot().resolve(ep.get()).resolve("@v");
    String base = ev.get();
    return Optional.of(new ModuleFiles(path, version,
        v.resolve(base + ".zip"), v.resolve(base + ".ziphash"), v.resolve(base + ".mod"),
        v.resolve(base + ".info"), v.resolve(base + ".lock"), v.resolve(base + ".partial"),
        modcache.resolve(ep.get() + "@" + base)));
  }

  /**
   * Go's case-encoding ({@code module.EscapePath/EscapeVersion}): each upper-case ASCII letter
   * becomes {@code !} and its lower-case form, so that case-insensitive file systems keep distinct
   * modules apart. Empty for strings Go refuses ({@code !} or non-ASCII).
   */
  public static Optional<String> escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '!' || c >= 0x80) {
        return Optional.empty();
      }
      if (c >= 'A' && c <= 'Z') {
        b.append('!').append((char) (c + ('a' - 'A')));
      } else {
        b.append(c);
      }
    }
    return Optional.of(b.toString());
  }

  /** The inverse of {@link #escape}; empty for text Go would not have written. */
  public static Optional<String> unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '!') {
        if (i + 1 >= s.length()) {
          return Optional.empty();
        }
        char n = s.charAt(++i);
        if (n < 'a' || n > 'z') {
          return Optional.empty();
        }
        b.append((char) (n - ('a' - 'A')));
      } else if ((c >= 'A' && c <= 'Z') || c >= 0x80) {
        return Optional.empty();
      } else {
        b.append(c);
      }
    }
    return Optional.of(b.toString());
  }

  /** A module version found in the cache's download area. */
  public record Entry(String path, String version) {}

  /**
   * Every module version that has a {@code .zip}, {@code .ziphash} or {@code .mod} under
   * {@code cache/download}, sorted by path then version text. The checksum database's own files
   * ({@code cache/download/sumdb}) are not modules.
   */
  public List<Entry> listDownloaded() throws IOException {
    Path root = downloadRoot();
    List<Entry> out = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (dir.equals(root.resolve("sumdb"))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        if (dir.getFileName().toString().equals("@v") && !dir.equals(root)) {
          collectVersions(root, dir, out);
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        return FileVisitResult.CONTINUE;
      }
    });
    out.sort(java.util.Comparator.comparing(Entry::path).thenComparing(Entry::version));
    return out;
  }

  private static void collectVersions(Path root, Path atV, List<Entry> out) throws IOException {
    String escapedPath = root.relativize(atV.getParent()).toString().replace(java.io.File.separatorChar, '/');
    Optional<String> path = unescape(escapedPath);
    if (path.isEmpty()) {
      return;
    }
    TreeSet<String> versions = new TreeSet<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(atV)) {
      for (Path f : ds) {
        String name = f.getFileName().toString();
        for (String ext : List.of(".zip", ".ziphash", ".mod")) {
          if (name.endsWith(ext) && name.length() > ext.length()) {
            unescape(name.substring(0, name.length() - ext.length())).ifPresent(versions::add);
          }
        }
      }
    }
    for (String v : versions) {
      out.add(new Entry(path.get(), v));
    }
  }
}
