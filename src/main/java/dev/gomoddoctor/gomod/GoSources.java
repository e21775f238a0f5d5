package dev.gomoddoctor.gomod;

import dev.gomoddoctor.gomod.model.GoSourceFile;
import dev.gomoddoctor.gomod.parser.GoSourceScanner;
import dev.gomoddoctor.scan.FileIndex;
import dev.gomoddoctor.scan.ScanContext;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The package clauses, imports and build constraints of every {@code .go} file the go command
 * would consider in the scanned tree (tests included; outside vendor/, testdata/ and directories
 * or files whose name starts with {@code .} or {@code _}). Computed once per scan and shared: the
 * module rules ask which packages are imported, the Dockerfile checker whether a package uses
 * cgo. Which module a directory belongs to is {@link ModuleTree}'s business, not this class's.
 *
 * @param byDir files per directory (relative to the root, "" for the root), sorted by path
 * @param unreadable files that could not be read, with why (the checker reports them as GMD900)
 */
public record GoSources(Map<String, List<GoSourceFile>> byDir, List<Unreadable> unreadable) {

  public record Unreadable(String path, String why) {}

  public GoSources {
    Map<String, List<GoSourceFile>> copy = new TreeMap<>();
    byDir.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    byDir = Collections.unmodifiableMap(copy);
    unreadable = List.copyOf(unreadable);
  }

  /** The shared instance for this scan. */
  public static GoSources of(ScanContext ctx) {
    return ctx.facts().get(GoSources.class, () -> load(ctx.files()));
  }

  static GoSources load(FileIndex files) {
    Map<String, List<GoSourceFile>> byDir = new TreeMap<>();
    List<Unreadable> unreadable = new ArrayList<>();
    for (String rel : files.matching(GoSources::isConsidered)) {
      try {
        String text = decode(Files.readAllBytes(files.resolve(rel)));
        byDir.computeIfAbsent(FileIndex.parentOf(rel), d -> new ArrayList<>())
            .add(GoSourceScanner.scan(rel, text));
      } catch (IOException e) {
        unreadable.add(new Unreadable(rel, String.valueOf(e.getMessage())));
      }
    }
    return new GoSources(byDir, unreadable);
  }

  /** A {@code .go} file Go would look at: no path element starting with {@code .} or {@code _}. */
  static boolean isConsidered(String rel) {
    if (!rel.endsWith(".go")) {
      return false;
    }
    for (String element : rel.split("/")) {
      if (element.startsWith(".") || element.startsWith("_") || element.equals("testdata")
          || element.equals("vendor")) {
        return false;
      }
    }
    return true;
  }

  /** Bytes that are not UTF-8 never occur in import paths; replace them rather than fail. */
  private static String decode(byte[] bytes) throws IOException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** Every directory holding considered {@code .go} files. */
  public Set<String> directories() {
    return byDir.keySet();
  }

  public List<GoSourceFile> filesIn(String dir) {
    return byDir.getOrDefault(dir, List.of());
  }

  /** Every considered file, in path order. */
  public List<GoSourceFile> files() {
    List<GoSourceFile> out = new ArrayList<>();
    byDir.values().forEach(out::addAll);
    return out;
  }

  /**
   * The import paths of the package in {@code dir}: every file (tests included) except those only
   * {@code //go:build ignore} would build.
   */
  public Set<String> importsOf(String dir) {
    Set<String> out = new LinkedHashSet<>();
    for (GoSourceFile f : filesIn(dir)) {
      if (f.countsForModules()) {
        f.imports().forEach(i -> out.add(i.path()));
      }
    }
    return out;
  }

  /** The imports of the package's non-test files (what a {@code go build} of it links). */
  public Set<String> buildImportsOf(String dir) {
    Set<String> out = new LinkedHashSet<>();
    for (GoSourceFile f : filesIn(dir)) {
      if (f.countsForModules() && !f.isTest()) {
        f.imports().forEach(i -> out.add(i.path()));
      }
    }
    return out;
  }

  /** True when a non-test file of the package in {@code dir} has {@code import "C"} (uses cgo). */
  public boolean importsC(String dir) {
    return filesIn(dir).stream().anyMatch(f -> f.countsForModules() && !f.isTest() && f.importsC());
  }

  /**
   * True when {@code dir} holds a package the go command would build: at least one non-test file
   * that is not excluded by {@code //go:build ignore}.
   */
  public boolean hasPackage(String dir) {
    return filesIn(dir).stream().anyMatch(f -> f.countsForModules() && !f.isTest());
  }

  /**
   * True when the package in {@code dir}, or a package of the same module it imports (directly or
   * not), has {@code import "C"}: the binary built from {@code dir} needs cgo. Packages of other
   * modules are not followed (their sources are not in the tree).
   *
   * @param modulePath the module path of the module that holds {@code dir}
   * @param moduleDir that module's root, relative to the scan root ("" for the root)
   */
  public boolean usesCgo(String dir, String modulePath, String moduleDir) {
    java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(dir));
    Set<String> seen = new java.util.HashSet<>();
    while (!queue.isEmpty()) {
      String d = queue.pop();
      if (!seen.add(d)) {
        continue;
      }
      if (importsC(d)) {
        return true;
      }
      for (String imp : buildImportsOf(d)) {
        if (imp.equals(modulePath)) {
          queue.add(moduleDir);
        } else if (!modulePath.isEmpty() && imp.startsWith(modulePath + "/")) {
          String rest = imp.substring(modulePath.length() + 1);
          queue.add(moduleDir.isEmpty() ? rest : moduleDir + "/" + rest);
        }
      }
    }
    return false;
  }

  /**
   * What links cgo into the binary built from the package in {@code dir}, following the imports
   * of its non-test files through the packages of its own module.
   *
   * @param cgoImports why cgo is linked: {@code "C"} (with the package directory that imports it),
   *     std packages that use cgo when it is on ({@code net} and its dependents, {@code os/user},
   *     {@code plugin}), and modules known to need cgo (e.g. {@code github.com/mattn/go-sqlite3})
   * @param unknownImports imports of other modules, whose own cgo use the tree cannot show
   */
  public record CgoLinkage(java.util.SortedSet<String> cgoImports, java.util.SortedSet<String> unknownImports) {
    public boolean usesCgo() {
      return !cgoImports.isEmpty();
    }
  }

  /** Modules that only work with cgo. */
  public static final Set<String> KNOWN_CGO_MODULES = Set.of(
      "github.com/mattn/go-sqlite3", "github.com/confluentinc/confluent-kafka-go",
      "github.com/confluentinc/confluent-kafka-go/v2", "github.com/go-gl/glfw", "github.com/go-gl/gl",
      "github.com/tecbot/gorocksdb", "github.com/linxGnu/grocksdb", "github.com/DataDog/zstd",
      "github.com/google/gopacket/pcap", "github.com/miekg/pkcs11", "github.com/xeipuuv/gojsonschema-cgo",
      "gopkg.in/gographics/imagick.v3", "github.com/h2non/bimg", "github.com/davidbyttow/govips");

  /** True for std packages that link cgo when it is on: net and what imports it, os/user, plugin. */
  public static boolean isCgoStdPackage(String importPath) {
    if (importPath.equals("net") || (importPath.startsWith("net/") && !importPath.equals("net/url")
        && !importPath.equals("net/netip"))) {
      return true;
    }
    return Set.of("os/user", "plugin", "crypto/tls", "crypto/x509", "log/syslog", "expvar").contains(importPath);
  }

  public CgoLinkage cgoLinkage(String dir, String modulePath, String moduleDir) {
    java.util.SortedSet<String> cgo = new java.util.TreeSet<>();
    java.util.SortedSet<String> unknown = new java.util.TreeSet<>();
    java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(dir));
    Set<String> seen = new java.util.HashSet<>();
    while (!queue.isEmpty()) {
      String d = queue.pop();
      if (!seen.add(d)) {
        continue;
      }
      if (importsC(d)) {
        cgo.add("C (" + (d.isEmpty() ? "." : d) + ")");
      }
      for (String imp : buildImportsOf(d)) {
        if (imp.equals("C")) {
          continue;
        }
        if (!modulePath.isEmpty() && (imp.equals(modulePath) || imp.startsWith(modulePath + "/"))) {
          String rest = imp.equals(modulePath) ? "" : imp.substring(modulePath.length() + 1);
          queue.add(moduleDir.isEmpty() ? rest : rest.isEmpty() ? moduleDir : moduleDir + "/" + rest);
        } else if (ImportPaths.isStandard(imp)) {
          if (isCgoStdPackage(imp)) {
            cgo.add(imp);
          }
        } else if (KNOWN_CGO_MODULES.stream().anyMatch(m -> ImportPaths.within(imp, m))) {
          cgo.add(imp);
        } else {
          unknown.add(imp);
        }
      }
    }
    return new CgoLinkage(cgo, unknown);
  }
}
