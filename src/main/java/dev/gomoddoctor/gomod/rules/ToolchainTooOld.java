package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.gomod.MainModules;
import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.model.GoDirective;
import dev.gomoddoctor.gomod.version.GoVersion;
import dev.gomoddoctor.gomod.version.ToolchainName;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@RuleInfo(
    code = "GMD109",
    name = "toolchain-too-old",
    severity = Severity.ERROR,
    summary = "the Go toolchain that will run is older than the `go` line",
    tags = {"gomod", "toolchain"},
    help = """
        The `go` line of go.mod (go.work in workspace mode) is a minimum: from Go 1.21 on the go
        command refuses to work with an older toolchain, unless GOTOOLCHAIN lets it switch to a
        newer one. The `toolchain` line is only a suggestion and is not checked here.

        The toolchain that will run is: the release GOTOOLCHAIN pins (`GOTOOLCHAIN=go1.22.3`,
        without `+auto`/`+path`); the local `go` (found on PATH, its version read from
        `$GOROOT/VERSION`) when GOTOOLCHAIN is `local`, empty, or unset with no `$GOROOT/go.env`
        setting it (distributions such as Fedora ship `GOTOOLCHAIN=local`); and always the local
        `go` when it is older than 1.21, which knows nothing of toolchain switching. What Go says:

            go: go.mod requires go >= 1.23.0 (running go 1.22.5; GOTOOLCHAIN=local)
            go: go.work requires go >= 1.23.0 (running go 1.22.5; GOTOOLCHAIN=local)

        Go older than 1.21 fails to parse a three-part `go` line or any `toolchain` line
        (`go.mod:3: invalid go version '1.21.0': must match format 1.23`, `go.mod:5: unknown
        directive: toolchain`); Go 1.19.13+ and 1.20.8+ refuse modules with `go 1.22` or later.
        Otherwise an older Go compiles the module but fails on newer language features
        (`note: module requires Go 1.22`): reported as a warning.

        Pinning a language version (`GOTOOLCHAIN=go1.22`, no patch) fails from Go 1.21 on:
        `invalid toolchain: go1.22 is a language version but not a toolchain version (go1.22.x)`,
        unless a binary of exactly that name is on PATH.

        **Fix:** install a newer Go, set `GOTOOLCHAIN=auto` (Go ≥ 1.21 downloads the required
        release), or lower the `go` line if the code really supports the older release.

        **Stays quiet:** no local toolchain found and no GOTOOLCHAIN pin; a local Go ≥ 1.21 with
        GOTOOLCHAIN `auto`, `path`, `<name>+auto` or `<name>+path` (it switches; a blocked switch
        is GMD207); a toolchain older than the `toolchain` line but not older than the `go` line.
        """)
public final class ToolchainTooOld implements ModuleRule {
  private static final Pattern TWO_PART = Pattern.compile("[1-9][0-9]*\\.(0|[1-9][0-9]*)");

  /** The toolchain that will run and why. */
  private record Running(String version, String setting, boolean local) {}

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    GoEnv env = GoEnv.of(facts.scan());
    String gotoolchain = env.get("GOTOOLCHAIN").strip();
    Optional<String> local = env.toolchain().version().isPresent()
        ? ToolchainName.goVersion(env.toolchain().versionName()) : Optional.empty();
    MainModules mm = MainModules.of(facts.scan());

    Optional<Running> running = running(gotoolchain, local);
    boolean localModern = local.map(v -> GoVersion.compare(v, "1.21") >= 0).orElse(true);
    if (localModern && ToolchainName.isLanguageVersionOnly(gotoolchain) && !onPath(facts.scan().environment(), gotoolchain)) {
      mm.modules().stream().findFirst().ifPresent(m -> sink.report(this, Location.line(m.mod().path(), 1),
          "GOTOOLCHAIN=" + gotoolchain + " is a language version, not a toolchain: go fails with \"invalid toolchain: "
              + gotoolchain + " is a language version but not a toolchain version (" + gotoolchain + ".x)\"",
          "set GOTOOLCHAIN to a release such as " + gotoolchain + ".0 (or `auto`)"));
      return;
    }
    if (running.isEmpty()) {
      return;
    }
    Set<String> done = new HashSet<>();
    for (MainModules.MainModule m : mm.modules()) {
      if (m.inWorkspace()) {
        MainModules.Workspace w = m.workspace().get();
        if (done.add(w.work().path())) {
          check(sink, running.get(), w.work().path(), "go.work", w.work().file().go(),
              w.work().file().toolchain().isPresent());
        }
      } else {
        check(sink, running.get(), m.mod().path(), "go.mod", m.mod().file().go(),
            m.mod().file().toolchain().isPresent());
      }
    }
  }

  private void check(FindingSink sink, Running r, String file, String what, Optional<GoDirective> go,
      boolean hasToolchainLine) {
    if (go.isEmpty() || !GoVersion.isValid(go.get().version())) {
      return;
    }
    String need = go.get().version();
    if (GoVersion.compare(r.version(), need) >= 0) {
      return;
    }
    Location at = Location.at(file, go.get().position().line(), Math.max(1, go.get().position().column()));
    String who = r.local() ? "the local go " + r.version() : "GOTOOLCHAIN=" + r.setting();
    String hint = "install Go " + need + " or newer, or set GOTOOLCHAIN=auto so Go downloads it"
        + (r.local() ? "" : "; or pin GOTOOLCHAIN=go" + need + (GoVersion.isLang(need) ? ".0" : ""));
    if (GoVersion.compare(r.version(), "1.21") >= 0) {
      String suffix = r.setting().isEmpty() || r.setting().equals("auto") ? "" : "; GOTOOLCHAIN=" + r.setting();
      sink.report(this, at, what + " requires go >= " + need + " but " + who + " will run: go fails with \"go: "
          + what + " requires go >= " + need + " (running go " + r.version() + suffix + ")\"", hint);
      return;
    }
    if (!TWO_PART.matcher(need).matches() || hasToolchainLine) {
      sink.report(this, at, what + " requires go >= " + need + " but " + who + " will run, which cannot even parse it"
          + (hasToolchainLine ? " (\"unknown directive: toolchain\")" : " (\"invalid go version '" + need + "'\")"), hint);
      return;
    }
    boolean refuses = GoVersion.compare(need, "1.22") >= 0
        && (GoVersion.compare(r.version(), "1.20.8") >= 0
            || (GoVersion.compare(r.version(), "1.19.13") >= 0 && GoVersion.compare(r.version(), "1.20") < 0));
    if (refuses) {
      sink.report(this, at, what + " requires go >= " + need + " but " + who + " will run, which refuses modules"
          + " with go 1.22 or later", hint);
      return;
    }
    sink.report(this, Severity.WARNING, at, what + " requires go >= " + need + " but " + who
        + " will run: it compiles only if no newer language features are used", hint);
  }

  /** The toolchain that will run, or empty when Go switches by itself or nothing is known. */
  private static Optional<Running> running(String setting, Optional<String> local) {
    boolean localOld = local.map(v -> GoVersion.compare(v, "1.21") < 0).orElse(false);
    if (localOld) {
      return Optional.of(new Running(local.get(), setting, true)); // it ignores GOTOOLCHAIN
    }
    if (setting.isEmpty() || setting.equals("local")) {
      return local.map(v -> new Running(v, setting, true));
    }
    if (setting.contains("+") || setting.equals("auto") || setting.equals("path")) {
      return Optional.empty(); // Go switches to what the go line needs
    }
    return ToolchainName.goVersion(setting).map(v -> new Running(v, setting, false));
  }

  private static boolean onPath(java.util.Map<String, String> env, String name) {
    for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
        return true;
      }
    }
    return false;
  }
}
