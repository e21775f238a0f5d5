package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.gomod.GoSources;
import dev.gomoddoctor.gomod.ImportPaths;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@code go build} of some packages of the module links, as far as the module's own
 * sources tell (the module checker's import scanner): the packages' directories followed through
 * in-module imports, every import seen, and whether any file has {@code import "C"}. Packages of
 * other modules are not in the tree, so they are only known by path.
 *
 * @param imports every import path of the followed packages (standard and other modules)
 * @param importsC some followed package has {@code import "C"}
 * @param complete false when the packages built could not be mapped to directories
 */
public record LinkedPackages(Set<String> imports, boolean importsC, boolean complete) {

  /** Modules whose packages only work with cgo. */
  private static final List<String> CGO_MODULES = List.of(
      "github.com/mattn/go-sqlite3", "github.com/mattn/go-oci8", "github.com/godror/godror", "gopkg.in/goracle.v2",
      "github.com/confluentinc/confluent-kafka-go", "github.com/google/gopacket/pcap", "github.com/miekg/pkcs11",
      "github.com/tecbot/gorocksdb", "github.com/linxGnu/grocksdb", "github.com/DataDog/zstd", "github.com/valyala/gozstd",
      "github.com/go-gl/glfw", "github.com/veandco/go-sdl2", "gocv.io/x/gocv", "github.com/libgit2/git2go");

  public static boolean isCgoModulePackage(String importPath) {
    return CGO_MODULES.stream().anyMatch(m -> ImportPaths.within(importPath, m) || importPath.startsWith(m + "/v"));
  }

  /** Standard packages that use cgo when it is on: net and its users, os/user, plugin. */
  public static boolean isCgoStd(String p) {
    return p.equals("net") || p.startsWith("net/") || p.equals("os/user") || p.equals("plugin")
        || p.equals("crypto/tls") || p.equals("crypto/x509") || p.equals("log/syslog") || p.equals("expvar");
  }

  /** The packages a go command builds, from the module's sources. */
  public static LinkedPackages of(GoSources sources, BuiltModule m, GoInvocation g) {
    Set<String> roots = new LinkedHashSet<>();
    boolean complete = true;
    List<String> args = g.args().isEmpty() ? List.of(".") : g.args();
    for (String a : args) {
      if (a.endsWith(".go")) {
        a = a.contains("/") ? a.substring(0, a.lastIndexOf('/')) : ".";
      }
      Optional<String> rel = relative(a, m);
      if (rel.isEmpty()) {
        complete = false;
        continue;
      }
      String r = rel.get();
      if (r.endsWith("...")) {
        String prefix = r.substring(0, r.length() - 3).replaceAll("/+$", "");
        String base = join(m.directory(), prefix);
        for (String d : sources.directories()) {
          if (d.equals(base) || base.isEmpty() || d.startsWith(base + "/")) {
            roots.add(d);
          }
        }
      } else {
        roots.add(join(m.directory(), r));
      }
    }
    Set<String> imports = new LinkedHashSet<>();
    boolean c = false;
    Deque<String> queue = new ArrayDeque<>(roots);
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      String d = queue.pop();
      if (!seen.add(d)) {
        continue;
      }
      c |= sources.importsC(d);
      for (String imp : sources.buildImportsOf(d)) {
        imports.add(imp);
        if (ImportPaths.within(imp, m.modulePath())) {
          String rest = imp.equals(m.modulePath()) ? "" : imp.substring(m.modulePath().length() + 1);
          queue.add(join(m.directory(), rest));
        }
      }
    }
    return new LinkedPackages(imports, c, complete && !roots.isEmpty());
  }

  /** {@code ./cmd/x}, {@code .}, {@code example.com/app/cmd/x} → module-relative directory. */
  private static Optional<String> relative(String arg, BuiltModule m) {
    if (arg.equals(".") || arg.equals("./")) {
      return Optional.of("");
    }
    if (arg.startsWith("./")) {
      return Optional.of(arg.substring(2).replaceAll("/+$", ""));
    }
    if (!m.modulePath().isEmpty() && ImportPaths.within(arg.replace("/...", ""), m.modulePath())) {
      return Optional.of(arg.equals(m.modulePath()) ? "" : arg.substring(m.modulePath().length() + 1));
    }
    if (arg.equals("...") || arg.equals("./...")) {
      return Optional.of("...");
    }
    return Optional.empty();
  }

  private static String join(String dir, String rel) {
    if (dir.isEmpty()) {
      return rel;
    }
    return rel.isEmpty() ? dir : dir + "/" + rel;
  }

  /** Some linked package uses cgo when cgo is on. */
  public boolean usesCgo() {
    return importsC || imports.stream().anyMatch(p -> isCgoStd(p) || isCgoModulePackage(p));
  }

  /** Needs cgo whatever the tags: {@code import "C"} or a cgo-only module. */
  public boolean needsCgoCode() {
    return importsC || imports.stream().anyMatch(LinkedPackages::isCgoModulePackage);
  }

  /** Imports of other modules whose own imports are unknown. */
  public boolean hasExternalImports(String modulePath) {
    return imports.stream().anyMatch(p -> !ImportPaths.isStandard(p) && !ImportPaths.within(p, modulePath)
        && !ImportPaths.isCgo(p));
  }
}
