package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.ModuleTree;
import dev.gomoddoctor.gomod.model.Exclusion;
import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.ModFileError;
import dev.gomoddoctor.gomod.model.Position;
import dev.gomoddoctor.gomod.model.Replacement;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.gomod.version.GoQuoting;
import dev.gomoddoctor.gomod.version.ModulePaths;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    code = "GMD100",
    name = "go-mod-syntax",
    severity = Severity.ERROR,
    summary = "go.mod or go.work does not parse as the go command parses it",
    tags = {"gomod"},
    help = """
        The go command refuses to do anything in a module whose go.mod (or a workspace whose
        go.work) it cannot parse. Every `go build`, `go test` or `go mod download` in the image
        or CI job stops with:

            go: errors parsing go.mod:
            go.mod:3: unknown directive: requires

        The doctor parses go.mod and go.work with the go command's own grammar (x/mod `modfile`)
        and reports each error with Go's message and position (`go.mod:5:2:` for a line inside a
        block). Among them: unknown directives, `/* */` comments, bad quoting (backquotes are
        lexed but refused for paths and versions), unterminated blocks, blocks of directives that
        allow none (`go (`, `toolchain (`), wrong argument counts, invalid versions
        (`version "foo" invalid: must be of the form v1.2.3`), versions that do not fit the
        path's major version (`should be v2, not v3`), bad replace targets.

        It also reports module paths the go command rejects once it uses them, judged by the rule
        Go applies at that position: the `module` line needs only a valid import path
        (`module myapp` is fine); `require` and `exclude` paths and both sides of a
        module-to-module `replace` must be module paths: a lower-case first element with a dot,
        no `:` (`malformed module path "git.corp:8443/team/lib": invalid char ':' in first path
        element`).

        **Fix:** correct the line Go points at. `go mod edit -fmt` rewrites a parsable file in
        canonical form.

        **Stays quiet:** comments anywhere (`// indirect`, `// Deprecated:`), blocks of the
        directives that allow them (module, godebug, require, exclude, replace, retract, tool,
        ignore; in go.work: godebug, use, replace), newer directives (toolchain, godebug, tool,
        ignore), `module myapp`, and a dotless path (`gitserver/team/lib`) that is required and
        replaced by a local directory: Go never fetches it. An invalid `go` or `toolchain` version
        is GMD106.
        """)
public final class GoModSyntax implements ModuleRule {

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    for (ModuleTree.GoModFile mod : facts.tree().modFiles()) {
      reportParseErrors(mod.path(), mod.errors(), sink);
      if (mod.ok()) {
        checkModulePaths(mod.path(), mod.file(), sink);
      }
    }
    for (ModuleTree.GoWorkFile work : facts.tree().workFiles()) {
      reportParseErrors(work.path(), work.errors(), sink);
    }
  }

  private void reportParseErrors(String path, List<ModFileError> errors, FindingSink sink) {
    for (ModFileError e : errors) {
      if (e.kind() == ModFileError.Kind.GO_VERSION || e.kind() == ModFileError.Kind.TOOLCHAIN) {
        continue; // GMD106 reports these with version-specific advice
      }
      sink.report(this, location(path, e.position()), e.goMessage(), hintFor(e));
    }
  }

  private static String hintFor(ModFileError e) {
    String m = e.message();
    if (m.startsWith("unknown directive")) {
      return "go.mod knows module, go, toolchain, godebug, require, exclude, replace, retract, tool, ignore "
          + "(go.work: go, toolchain, godebug, use, replace); fix the spelling or remove the line";
    }
    if (m.startsWith("unknown block type")) {
      return "only module, godebug, require, exclude, replace, retract, tool and ignore (go.work: godebug, use, "
          + "replace) take a ( ... ) block; write the directive on one line";
    }
    if (m.contains("comments (not /* */")) {
      return "turn the comment into // lines";
    }
    if (m.contains("invalid: must be of the form")) {
      return "use a semantic version such as v1.2.3 (run 'go get " + e.modulePath() + "@<version>' to resolve a "
          + "branch or commit to a pseudo-version)";
    }
    if (m.contains("invalid: should be")) {
      return "the major version must match the path's /vN suffix: add the suffix to the path or pick a matching "
          + "version";
    }
    if (m.startsWith("replacement module")) {
      return "write 'replace old/path => other/module v1.2.3' or 'replace old/path => ./local/dir'";
    }
    return "fix the line Go points at; 'go mod edit -fmt' then rewrites the file in canonical form";
  }

  /** The path rules cmd/go applies after a successful parse (modload: checkModulePath, fixVersion). */
  private void checkModulePaths(String path, ModFile f, FindingSink sink) {
    f.module().ifPresentOrElse(m -> {
      if (m.path().equals("go") || m.path().equals("toolchain")) {
        sink.report(this, location(path, m.position()),
            "error reading " + path + ": invalid module path: " + GoQuoting.quote(m.path()),
            "'go' and 'toolchain' are reserved; use a path such as example.com/" + m.path());
        return;
      }
      ModulePaths.checkImportPath(m.path()).ifPresent(err -> sink.report(this, location(path, m.position()),
          err.replaceFirst("^malformed import path", "malformed module path"),
          "the module path must be a valid import path: letters, digits and - . _ ~ + in slash-separated "
              + "elements"));
    }, () -> sink.report(this, Location.line(path, 1),
        "error reading " + path + ": missing module declaration",
        "add a module line: go mod edit -module=example.com/mod"));

    for (Requirement r : f.requires()) {
      checkDependencyPath(path, "require", r.path(), r.version(), r.position(), f, sink);
    }
    for (Exclusion x : f.excludes()) {
      checkDependencyPath(path, "exclude", x.path(), x.version(), x.position(), f, sink);
    }
    for (Replacement r : f.replaces()) {
      Optional<String> oldErr = ModulePaths.checkPath(r.oldModule().path());
      boolean exempt = r.isDirectory() && ModulePaths.failsOnlyForMissingDot(r.oldModule().path());
      if (oldErr.isPresent() && !exempt) {
        sink.report(this, location(path, r.position()), "replace " + r.oldModule().path() + ": " + oldErr.get(),
            pathHint());
      }
      if (!r.isDirectory()) {
        ModulePaths.checkPath(r.newModule().path()).ifPresent(err -> sink.report(this, location(path, r.position()),
            "replace " + r.oldModule().path() + " => " + r.newModule().path() + ": " + err, pathHint()));
      }
    }
  }

  private void checkDependencyPath(String file, String verb, String modulePath, String version, Position at,
      ModFile f, FindingSink sink) {
    Optional<String> err = ModulePaths.checkPath(modulePath);
    if (err.isEmpty()) {
      return;
    }
    if (ModulePaths.failsOnlyForMissingDot(modulePath) && replacedByDirectory(f, modulePath, version)) {
      return; // monorepo style: Go reads the directory and never fetches the path
    }
    sink.report(this, location(file, at), verb + " " + modulePath + "@" + version + ": " + err.get(), pathHint());
  }

  private static boolean replacedByDirectory(ModFile f, String modulePath, String version) {
    Optional<Replacement> specific = f.replaces().stream()
        .filter(r -> r.oldModule().path().equals(modulePath) && r.oldModule().version().equals(version))
        .reduce((a, b) -> b);
    Optional<Replacement> effective = specific.isPresent() ? specific : f.replaces().stream()
        .filter(r -> r.oldModule().path().equals(modulePath) && r.isWildcard())
        .reduce((a, b) -> b);
    return effective.map(Replacement::isDirectory).orElse(false);
  }

  private static String pathHint() {
    return "a module path's first element must be a lower-case host name with a dot and no port "
        + "(example.com/team/lib); a path without a dot works only when replaced by a local directory";
  }

  static Location location(String path, Position p) {
    return Location.at(path, p.line(), Math.max(p.column(), p.line() > 0 ? 1 : 0));
  }
}
