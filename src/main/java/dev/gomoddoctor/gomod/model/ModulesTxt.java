package dev.gomoddoctor.gomod.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed vendor/modules.txt, with the views the go command builds from it
 * (cmd/go modload/vendor.go readVendorList): per module the merged annotations, the modules that
 * provide packages, and the replaced ones.
 *
 * @param path the file, relative to the scan root
 * @param workspace the first line is {@code ## workspace} (written by {@code go work vendor})
 * @param entries every {@code # path version} / {@code # path => ...} line Go understands, in file order
 * @param vendorList modules that provide at least one package, the highest version per path
 *     (Go's {@code vendorList}), in order of appearance
 */
public record ModulesTxt(String path, boolean workspace, List<Entry> entries, List<Key> vendorList) {

  /** A module as modules.txt names it; {@code version} is empty for a wildcard replacement line. */
  public record Key(String path, String version) {
    public String display() {
      return version.isEmpty() ? path : path + "@" + version;
    }
  }

  /** A replacement recorded on a module line; {@code version} is empty for a directory. */
  public record Replacement(String path, String version) {
    public String display() {
      return version.isEmpty() ? path : path + "@" + version;
    }
  }

  /**
   * One module line and what follows it up to the next module line.
   *
   * @param replacement the {@code => new [version]} part, if Go understood it
   * @param explicit an {@code ## explicit} annotation followed
   * @param goVersion the {@code ## go 1.x} annotation, or empty
   * @param packages the package lines
   */
  public record Entry(int line, Key module, Optional<Replacement> replacement, boolean explicit,
      String goVersion, List<String> packages) {
    public Entry {
      packages = List.copyOf(packages);
    }
  }

  /** The annotations of one module, merged over every line that names it (Go's vendorMeta). */
  public record Meta(boolean explicit, Optional<Replacement> replacement, String goVersion, int line) {}

  public ModulesTxt {
    entries = List.copyOf(entries);
    vendorList = List.copyOf(vendorList);
  }

  /** Go's vendorMeta: annotations merged per module, later lines adding to earlier ones. */
  public Map<Key, Meta> meta() {
    Map<Key, Meta> out = new LinkedHashMap<>();
    for (Entry e : entries) {
      Meta m = out.get(e.module());
      if (m == null) {
        m = new Meta(false, Optional.empty(), "", e.line());
      }
      out.put(e.module(), new Meta(
          m.explicit() || e.explicit(),
          e.replacement().isPresent() ? e.replacement() : m.replacement(),
          e.goVersion().isEmpty() ? m.goVersion() : e.goVersion(),
          m.line()));
    }
    return out;
  }

  /** Go's vendorReplaced: every module line with a replacement, in order (repeats kept). */
  public List<Key> replaced() {
    List<Key> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.replacement().isPresent()) {
        out.add(e.module());
      }
    }
    return out;
  }

  /** The first line that names the module, or 1 (findings need a line). */
  public int lineOf(Key module) {
    for (Entry e : entries) {
      if (e.module().equals(module)) {
        return e.line();
      }
    }
    return 1;
  }

  /** The version modules.txt vendors packages from for a module path (Go's vendorVersion). */
  public Optional<String> vendoredVersion(String modulePath) {
    for (Key k : vendorList) {
      if (k.path().equals(modulePath)) {
        return Optional.of(k.version());
      }
    }
    return Optional.empty();
  }
}
