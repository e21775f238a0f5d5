package dev.gomoddoctor.cache.verify;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test fixture: a {@code file://} GOPROXY in a directory ({@code <escaped path>/@v/list},
 * {@code vX.info}, {@code vX.mod}, {@code vX.zip}), filled with small modules the test describes.
 */
final class ModuleProxy {
  private final Path root;

  ModuleProxy(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  String url() {
    return root.toUri().toString().replaceAll("/$", "");
  }

  /** A module's files, relative to its root; a go.mod is added when the map has none. */
  static Map<String, String> files(String... nameThenContent) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < nameThenContent.length; i += 2) {
      m.put(nameThenContent[i], nameThenContent[i + 1]);
    }
    return m;
  }

  /** Publishes {@code path@version} with {@code files}. */
  ModuleProxy publish(String path, String version, Map<String, String> files) throws IOException {
    Map<String, String> all = new LinkedHashMap<>(files);
    all.putIfAbsent("go.mod", "module " + path + "\n\ngo 1.19\n");
    Path v = root.resolve(CacheLayout.escape(path).orElseThrow()).resolve("@v");
    Files.createDirectories(v);
    String ev = CacheLayout.escape(version).orElseThrow();
    Files.writeString(v.resolve(ev + ".mod"), all.get("go.mod"));
    Files.writeString(v.resolve(ev + ".info"), "{\"Version\":\"" + version + "\",\"Time\":\"2024-01-01T00:00:00Z\"}\n");
    try (OutputStream out = Files.newOutputStream(v.resolve(ev + ".zip"));
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : all.entrySet()) {
        zip.putNextEntry(new ZipEntry(path + "@" + version + "/" + e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    Path list = v.resolve("list");
    String old = Files.exists(list) ? Files.readString(list) : "";
    Files.writeString(list, old + version + "\n");
    return this;
  }
}
