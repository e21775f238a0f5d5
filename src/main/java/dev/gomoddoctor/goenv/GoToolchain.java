package dev.gomoddoctor.goenv;

import dev.gomoddoctor.goenv.model.GoVersion;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The local Go toolchain: the {@code go} found on PATH (symbolic links resolved), its GOROOT and
 * version, read from {@code $GOROOT/VERSION} rather than by running it.
 *
 * @param goBinary the {@code go} executable found on PATH, as found (empty when none)
 * @param goroot the GOROOT the go command would use (cleaned), empty when unknown
 * @param versionName the first line of {@code $GOROOT/VERSION}, e.g. {@code go1.19.8}, or ""
 */
public record GoToolchain(Optional<String> goBinary, Optional<String> goroot, String versionName) {

  public GoToolchain {
    versionName = versionName == null ? "" : versionName;
  }

  /** A toolchain known only by version and GOROOT (a Docker image, a test). */
  public static GoToolchain of(String goroot, String versionName) {
    return new GoToolchain(Optional.empty(), Optional.ofNullable(goroot), versionName);
  }

  /** The parsed version ({@code 1.19.8}), empty when unknown or not a release name. */
  public Optional<GoVersion> version() {
    return GoVersion.fromToolchain(versionName);
  }

  /** True when the version is known and at least {@code v} ({@code "1.21"}). */
  public boolean atLeast(String v) {
    return version().map(x -> x.atLeast(v)).orElse(false);
  }

  /** True when the version is known and older than {@code v}. */
  public boolean olderThan(String v) {
    return version().map(x -> !x.atLeast(v)).orElse(false);
  }

  /**
   * Finds the toolchain from an environment: {@code go} on {@code PATH}; GOROOT from
   * {@code gorootSetting} (the GOROOT variable or env-file line; cleaned) else the directory two
   * levels above the binary, first as found, then with links resolved, when it has
   * {@code pkg/tool} (as {@code findGOROOT} does). The version is read from the GOROOT the binary
   * belongs to when there is one, because that is the binary's own release.
   */
  public static GoToolchain locate(Map<String, String> env, String gorootSetting, HostFiles files) {
    Optional<String> binary = findOnPath(env.getOrDefault("PATH", ""), files);
    Optional<String> binaryRoot = binary.flatMap(b -> rootOfBinary(b, files));
    Optional<String> goroot = gorootSetting != null && !gorootSetting.isEmpty()
        ? Optional.of(SlashPaths.clean(gorootSetting))
        : binaryRoot;
    String version = binaryRoot.or(() -> goroot).map(r -> readVersion(r, files)).orElse("");
    return new GoToolchain(binary, goroot, version);
  }

  static Optional<String> findOnPath(String path, HostFiles files) {
    for (String dir : path.split(":", -1)) {
      // exec.LookPath reads an empty element as "."; a relative go is refused by Go 1.19+
      if (dir.isEmpty() || !dir.startsWith("/")) {
        continue;
      }
      String candidate = SlashPaths.join(dir, "go");
      if (files.isExecutableFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> rootOfBinary(String binary, HostFiles files) {
    String asFound = SlashPaths.join(binary, "../..");
    if (files.isDirectory(SlashPaths.join(asFound, "pkg/tool"))) {
      return Optional.of(asFound);
    }
    String resolved = SlashPaths.join(files.realPath(binary), "../..");
    if (files.isDirectory(SlashPaths.join(resolved, "pkg/tool"))) {
      return Optional.of(resolved);
    }
    return Optional.empty();
  }

  private static String readVersion(String goroot, HostFiles files) {
    try {
      Optional<String> text = files.read(SlashPaths.join(goroot, "VERSION"));
      if (text.isEmpty()) {
        return "";
      }
      String s = text.get();
      int nl = s.indexOf('\n');
      return (nl < 0 ? s : s.substring(0, nl)).strip();
    } catch (IOException e) {
      return "";
    }
  }
}
