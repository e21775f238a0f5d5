package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.ModuleTree;
import dev.gomoddoctor.gomod.model.ModFileError;
import dev.gomoddoctor.gomod.model.ToolchainDirective;
import dev.gomoddoctor.gomod.version.ToolchainName;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    code = "GMD106",
    name = "go-version-invalid",
    severity = Severity.ERROR,
    summary = "the `go` or `toolchain` line is not a valid Go version or toolchain name",
    tags = {"gomod", "toolchain"},
    help = """
        The `go` line of go.mod and go.work must be a Go version in the form `1.N`, `1.N.P` or
        `1.NrcR` (no `v`, no `go` prefix, no fourth number). Anything else makes every go command
        fail before it starts:

            go: errors parsing go.mod:
            go.mod:3: invalid go version '1.21.0.1': must match format 1.23.0

        (releases before Go 1.21 say `must match format 1.23`). The `toolchain` line must be
        `default` or a toolchain name starting with `go1`:

            go.mod:4: invalid toolchain version 'v1.22': must match format go1.23.0 or default

        The parser accepts any `toolchain go1.…`, but the go command can only switch to real
        toolchain names (`go1.21.0`, `go1.22rc1`, `go1.21.1-custom`). A *language version* such
        as `toolchain go1.22` (no patch, no rc, from 1.21 on) is reported as a warning: a switch to
        it fails with `invalid toolchain: go1.22 is a language version but not a toolchain version
        (go1.22.x)`.

        **Fix:** write `go 1.22` or `go 1.22.3`, and `toolchain go1.22.3` (or remove the
        toolchain line). `go mod edit -go=1.22.3 -toolchain=go1.22.3` writes both correctly.

        **Stays quiet:** `go 1.21`, `go 1.21.0`, `go 1.21rc1`, `toolchain go1.20`,
        `toolchain go1.21.0`, `toolchain go1.21rc1`, `toolchain go1.22.3`, `toolchain default`.
        """)
public final class GoVersionInvalid implements ModuleRule {

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    for (ModuleTree.GoModFile mod : facts.tree().modFiles()) {
      check(mod.path(), mod.errors(), mod.file().toolchain(), sink);
    }
    for (ModuleTree.GoWorkFile work : facts.tree().workFiles()) {
      check(work.path(), work.errors(), work.file().toolchain(), sink);
    }
  }

  private void check(String path, List<ModFileError> errors, Optional<ToolchainDirective> toolchain,
      FindingSink sink) {
    for (ModFileError e : errors) {
      if (e.kind() == ModFileError.Kind.GO_VERSION) {
        sink.report(this, GoModSyntax.location(path, e.position()), e.goMessage(),
            "write the Go version without prefix or extra parts, e.g. 'go 1.22' or 'go 1.22.3' "
                + "(go mod edit -go=1.22.3)");
      } else if (e.kind() == ModFileError.Kind.TOOLCHAIN) {
        sink.report(this, GoModSyntax.location(path, e.position()), e.goMessage(),
            "write a toolchain name such as 'toolchain go1.22.3', or 'toolchain default'");
      }
    }
    toolchain.ifPresent(t -> {
      String name = t.name();
      if (name.equals("default")) {
        return;
      }
      if (ToolchainName.goVersion(name).isEmpty()) {
        sink.report(this, GoModSyntax.location(path, t.position()),
            path + ":" + t.position().line() + ": toolchain " + name + " is not a Go toolchain name; "
                + "the go command cannot switch to it",
            "write a released toolchain name such as 'toolchain go1.22.3'");
      } else if (ToolchainName.isLanguageVersionOnly(name)) {
        String v = ToolchainName.goVersion(name).orElse("");
        sink.report(this, Severity.WARNING, GoModSyntax.location(path, t.position()),
            "toolchain " + name + " is a language version, not a toolchain; a switch to it fails with "
                + "'invalid toolchain: " + name + " is a language version but not a toolchain version (" + name
                + ".x)'",
            "use go" + v + ".0 or a later release, e.g. 'toolchain go" + v + ".0'");
      }
    });
  }
}
