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
 * Test fixture: writes modules straight into a module cache in Go's layout (zip, ziphash, mod,
 * info, extracted tree), for tests that must run without the go command. The conformance test
 * shows that these hashes are Go's.
 */
public final class CacheWriter {
  private final Path modcache;

  public CacheWriter(Path modcache) {
    this.modcache = modcache;
  }

  public Path modcache() {
    return modcache;
  }

  /** Writes {@code path@version} with {@code files} (a go.mod is added if missing); returns its h1. */
  public String put(String path, String version, Map<String, byte[]> files) throws IOException {
    Map<String, byte[]> all = new LinkedHashMap<>(files);
    all.putIfAbsent("go.mod", ("module " + path + "\n").getBytes(StandardCharsets.UTF_8));
    CacheLayout.ModuleFiles f = new CacheLayout(modcache).files(path, version).orElseThrow();
    Files.createDirectories(f.zip().getParent());
    try (OutputStream out = Files.newOutputStream(f.zip()); ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : all.entrySet()) {
        z.putNextEntry(new ZipEntry(f.prefix() + "/" + e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    String h1 = ZipHasher.hash(f.zip(), path, version).h1().orElseThrow();
    Files.writeString(f.ziphash(), h1);
    Files.write(f.mod(), all.get("go.mod"));
    Files.writeString(f.info(), "{\"Version\":\"" + version + "\",\"Time\":\"2024-01-01T00:00:00Z\"}");
    for (Map.Entry<String, byte[]> e : all.entrySet()) {
      Path p = f.dir().resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
    }
    return h1;
  }

  public static Map<String, byte[]> text(String... nameThenContent) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < nameThenContent.length; i += 2) {
      m.put(nameThenContent[i], nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return m;
  }
}
