package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.cache.verify.CacheLayout;
import dev.gomoddoctor.goenv.GoToolchain;
import dev.gomoddoctor.goenv.model.GoVersion;
import dev.gomoddoctor.goenv.parser.ToolchainSetting;
import dev.gomoddoctor.goenv.route.Route;
import dev.gomoddoctor.goenv.route.RoutingFacts;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

@RuleInfo(
    code = "GMD207",
    name = "toolchain-download-blocked",
    severity = Severity.WARNING,
    summary = "Go must switch toolchains but cannot download the new one",
    tags = {"goenv", "toolchain"},
    help = """
        With `GOTOOLCHAIN=auto` (the default from Go 1.21), `path`, `<name>+auto` or
        `<name>+path`, a `toolchain` or `go` line newer than the local Go makes the go command
        switch: it runs a binary named exactly `go<V>` from PATH, or else downloads the module
        `golang.org/toolchain@v0.0.1-go<V>.<GOOS>-<GOARCH>` through GOPROXY, and always verifies
        it with the checksum database. GOPRIVATE/GONOSUMDB do not apply to it. The switch fails
        when:

        - the `+path` form is used (`path`, `<name>+path`): Go never downloads:
          `go: cannot find "go1.23.4" in PATH`;
        - `GOSUMDB=off`: even a toolchain already in the module cache is refused:
          `go: downloading go1.23.4 (linux/amd64)` then
          `… golang.org/toolchain@v0.0.1-go1.23.4.linux-amd64: verifying module: checksum database disabled by GOSUMDB=off`;
        - `GOPROXY=off`: `…: module lookup disabled by GOPROXY=off`, unless the toolchain module
          and its checksum-database entry are already cached;
        - (note) `GOPROXY=direct`: only the latest patch of each supported release can be
          fetched directly.

        **Fix:** install the toolchain the module asks for (or use a newer golang image), put a
        `go<V>` binary on PATH (`go install golang.org/dl/go1.23.4@latest && go1.23.4 download`),
        or allow the download: `GOTOOLCHAIN=auto`, a GOPROXY that serves golang.org/toolchain,
        and GOSUMDB on.

        **Quiet:** the local toolchain satisfies the selection; GOTOOLCHAIN `local`, empty, or a
        pin without `+auto`/`+path` (GMD109); local Go older than 1.21 (GMD109); `go<V>` on PATH;
        the toolchain module complete in GOMODCACHE with GOSUMDB on and its checksum-database
        entry cached.
        """)
public final class ToolchainDownloadBlocked implements RoutingRule {

  @Override
  public void check(RoutingFacts facts, FindingSink sink) {
    GoToolchain local = facts.env().toolchain();
    GoVersion localVersion = facts.env().goVersion();
    if (!localVersion.atLeast("1.21")) {
      return; // no switching before Go 1.21: GMD109 reports a too-new go line
    }
    String localName = local.version().isPresent() ? local.versionName() : "go" + localVersion;
    String assumed = facts.env().assumedVersion()
        ? " (no local Go found; assuming " + localName + ")" : "";
    String gotoolchain = facts.env().get("GOTOOLCHAIN");
    ToolchainSetting setting = ToolchainSetting.parse(gotoolchain);
    if (!setting.valid() || !setting.switches()) {
      return;
    }
    for (RoutingFacts.ToolchainLines lines : facts.toolchainLines()) {
      ToolchainSetting.Decision d = setting.decide(localName, lines.goLine(), lines.toolchainLine(), lines.file());
      if (!d.error().isEmpty() || d.runsLocally()) {
        continue;
      }
      String pick = d.pick();
      if (onPath(pick, facts)) {
        continue;
      }
      String why = lines.file() + (d.reason().equals("toolchain line") ? " sets toolchain " + lines.toolchainLine()
          : d.reason().equals("go line") ? " sets go " + lines.goLine() : " needs " + pick);
      String head = why + ", so Go " + localVersion + assumed + " with GOTOOLCHAIN=" + gotoolchain
          + " must switch to " + pick + ", but ";
      Location at = Location.line(lines.file(), 1);
      String fix = "install " + pick + " (or a newer golang image), or put a " + pick + " binary on PATH: "
          + "go install golang.org/dl/" + pick + "@latest && " + pick + " download";
      if (setting.mode().equals("path")) {
        sink.report(this, at, head + "the +path form never downloads: go: cannot find \"" + pick + "\" in PATH", fix);
        continue;
      }
      String zipVersion = "v0.0.1-" + pick + "." + goos(facts) + "-" + goarch(facts);
      if (facts.router().sumDb().off()) {
        sink.report(this, at, head + "GOSUMDB=off " + facts.from("GOSUMDB") + " refuses the download: "
            + "golang.org/toolchain@" + zipVersion + ": verifying module: checksum database disabled by GOSUMDB=off",
            fix + "; or turn the checksum database on: go env -w GOSUMDB=sum.golang.org");
        continue;
      }
      Route route = facts.router().route("golang.org/toolchain", zipVersion, false);
      if (route.disabled() && !cached(facts, zipVersion)) {
        sink.report(this, at, head + "GOPROXY=off " + facts.from("GOPROXY") + " blocks the download: "
            + "golang.org/toolchain@" + zipVersion + ": module lookup disabled by GOPROXY=off", fix
            + "; or allow a proxy: go env -w GOPROXY=https://proxy.golang.org,direct");
        continue;
      }
      if (route.directFirst() && !cached(facts, zipVersion)) {
        sink.report(this, Severity.NOTE, at, head + "GOPROXY=direct " + facts.from("GOPROXY")
            + " can fetch only the latest patch of each supported release (https://golang.org/toolchain?go-get=1)",
            fix + "; or go env -w GOPROXY=https://proxy.golang.org,direct");
      }
    }
  }

  /** Go looks for a binary named exactly like the toolchain on PATH. */
  private static boolean onPath(String name, RoutingFacts facts) {
    String path = facts.environment().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name)) && !Files.isDirectory(Path.of(dir, name))) {
        return true;
      }
    }
    return false;
  }

  /** The toolchain zip extracted in the module cache and its checksum-database lookup cached. */
  private static boolean cached(RoutingFacts facts, String zipVersion) {
    String modcache = facts.env().get("GOMODCACHE");
    if (modcache.isEmpty() || !Path.of(modcache).isAbsolute()) {
      return false;
    }
    CacheLayout layout = new CacheLayout(Path.of(modcache));
    Optional<CacheLayout.ModuleFiles> f = layout.files("golang.org/toolchain", zipVersion);
    if (f.isEmpty() || !Files.isDirectory(f.get().dir()) || Files.exists(f.get().partial())
        || !Files.isRegularFile(f.get().ziphash())) {
      return false;
    }
    Path lookup = layout.downloadRoot().resolve("sumdb").resolve(facts.router().sumDb().name())
        .resolve("lookup").resolve("golang.org").resolve("toolchain@" + zipVersion);
    return Files.isRegularFile(lookup);
  }

  private static String goos(RoutingFacts facts) {
    String v = facts.env().get("GOOS");
    if (v.isEmpty()) {
      v = facts.environment().getOrDefault("GOOS", "");
    }
    if (!v.isEmpty()) {
      return v;
    }
    String os = System.getProperty("os.name", "linux").toLowerCase(Locale.ROOT);
    return os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
  }

  private static String goarch(RoutingFacts facts) {
    String v = facts.env().get("GOARCH");
    if (v.isEmpty()) {
      v = facts.environment().getOrDefault("GOARCH", "");
    }
    if (!v.isEmpty()) {
      return v;
    }
    String arch = System.getProperty("os.arch", "amd64");
    return switch (arch) {
      case "x86_64", "amd64" -> "amd64";
      case "aarch64", "arm64" -> "arm64";
      case "x86", "i386", "i686" -> "386";
      default -> arch;
    };
  }
}
