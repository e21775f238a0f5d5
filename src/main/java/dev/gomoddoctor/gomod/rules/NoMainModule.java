package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.GoSources;
import dev.gomoddoctor.gomod.ImportPaths;
import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.model.GoSourceFile;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
    code = "GMD101",
    name = "no-main-module",
    severity = Severity.ERROR,
    summary = "Go packages with no go.mod above them and no go.work covering them",
    tags = {"gomod"},
    help = """
        In module mode (the default since Go 1.16) the go command needs a go.mod in the package's
        directory or one of its parents. A directory of Go files that imports non-standard
        packages but has no go.mod anywhere above it (up to `/`) cannot be built:

            go: go.mod file not found in current directory or any parent directory; see 'go help modules'

        (Go 1.15 and older: `go: cannot find main module; see 'go help modules'`; with a
        `.git/config` above: `go: cannot find main module, but found .git/config in …`). In
        workspace mode: `current directory is contained in a module that is not one of the
        workspace modules listed in go.work`.

        A go.mod directly in `$GOPATH` or in the system temp directory does not count: Go ignores
        it with a warning.

        **Fix:** `go mod init <module path>` at the repository root, then `go mod tidy`.

        **Stays quiet:** GOPATH-mode trees (`GO111MODULE=off`, or `auto`); testdata, vendor and
        `.`/`_` directories; a go.mod above the scan root (Go finds it); programs that import only
        the standard library (`go run file.go` works outside a module).
        """)
public final class NoMainModule implements ModuleRule {

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    Map<String, String> env = facts.scan().environment();
    String go111 = dev.gomoddoctor.goenv.GoEnv.of(facts.scan()).get("GO111MODULE");
    if (go111.equals("off") || go111.equals("auto")) {
      return; // GOPATH mode wherever there is no go.mod
    }
    Optional<Boolean> above = Optional.empty();
    GoSources sources = GoSources.of(facts.scan());
    for (String dir : sources.directories()) {
      if (!sources.hasPackage(dir) || facts.tree().enclosingModule(dir).isPresent()) {
        continue;
      }
      Optional<GoSourceFile.Import> external = sources.filesIn(dir).stream()
          .filter(GoSourceFile::countsForModules)
          .flatMap(f -> f.imports().stream())
          .filter(i -> !ImportPaths.isStandard(i.path()) && !ImportPaths.isCgo(i.path()))
          .findFirst();
      if (external.isEmpty()) {
        continue;
      }
      if (above.isEmpty()) {
        above = Optional.of(goModAboveRoot(facts.scan().root(), env));
      }
      if (above.get()) {
        return;
      }
      GoSourceFile first = sources.filesIn(dir).stream()
          .filter(f -> f.countsForModules() && !f.isTest()).findFirst().orElseThrow();
      sink.report(this, Location.line(first.path(), Math.max(1, first.packageLine())),
          "package " + first.packageName() + " in " + (dir.isEmpty() ? "the scan root" : dir) + " imports "
              + external.get().path() + ", but there is no go.mod in it or any parent directory: go fails with"
              + " \"go.mod file not found in current directory or any parent directory\"",
          "run `go mod init <module path>` at the repository root, then `go mod tidy`");
    }
  }

  /** A go.mod in a directory above the scan root, except those Go ignores ($GOPATH, temp root). */
  private static boolean goModAboveRoot(Path root, Map<String, String> env) {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    String gopath = env.getOrDefault("GOPATH", "");
    if (gopath.isEmpty() && env.containsKey("HOME")) {
      gopath = env.get("HOME") + "/go"; // Go's default GOPATH
    }
    java.util.Set<Path> gopaths = new java.util.HashSet<>();
    for (String g : gopath.split(":")) {
      if (!g.isEmpty()) {
        gopaths.add(Path.of(g).toAbsolutePath().normalize());
      }
    }
    for (Path d = root.toAbsolutePath().normalize().getParent(); d != null; d = d.getParent()) {
      if (!Files.isRegularFile(d.resolve("go.mod"))) {
        continue;
      }
      boolean ignored = d.equals(tmp) || gopaths.contains(d);
      if (!ignored) {
        return true;
      }
    }
    return false;
  }
}
