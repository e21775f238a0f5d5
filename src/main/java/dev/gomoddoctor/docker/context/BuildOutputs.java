package dev.gomoddoctor.docker.context;

import dev.gomoddoctor.docker.ignore.GitIgnore;
import dev.gomoddoctor.docker.model.StageState;
import dev.gomoddoctor.docker.parser.ShellLex;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells an absent COPY/ADD source that the project's own build writes before {@code docker build}
 * (goreleaser, {@code make docker}, promu) from a file that is really missing. Release Dockerfiles
 * copy prebuilt binaries: reporting those as "not found" would fail every CI run that scans before
 * it builds.
 *
 * <p>Two signs, each one the tree itself gives: git ignores the path (build outputs are
 * git-ignored: bin/, dist/, .build/), or the path is per-platform, naming a platform build
 * argument ({@code TARGETARCH}, {@code TARGETPLATFORM}, …) or an ARG whose value is a GOOS/GOARCH
 * ({@code .build/${OS}-${ARCH}/prometheus}).
 */
public record BuildOutputs(GitIgnore gitIgnore) {
  private static final Set<String> PLATFORM_ARGS = Set.of("TARGETPLATFORM", "TARGETOS", "TARGETARCH",
      "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT");
  private static final Set<String> PLATFORM_VALUES = Set.of("linux", "darwin", "windows", "freebsd", "openbsd",
      "netbsd", "solaris", "illumos", "aix", "android", "ios", "amd64", "arm64", "arm", "386", "ppc64", "ppc64le",
      "s390x", "riscv64", "mips", "mipsle", "mips64", "mips64le", "loong64", "wasm", "x86_64", "aarch64");

  public static BuildOutputs none() {
    return new BuildOutputs(GitIgnore.none());
  }

  /**
   * Why an absent source is taken for a build output, or empty when it is simply missing.
   *
   * @param scanPath the source relative to the scan root
   * @param raw the source as written, before expansion
   * @param state the stage state the source is expanded in
   */
  public Optional<String> reason(String scanPath, String raw, StageState state) {
    Optional<String> platformVar = platformVariable(raw, state);
    if (platformVar.isPresent()) {
      return Optional.of("a per-platform path (${" + platformVar.get() + "}): a build output");
    }
    if (gitIgnore.ignores(scanPath)) {
      return Optional.of("git-ignored: a build output");
    }
    return Optional.empty();
  }

  private static Optional<String> platformVariable(String raw, StageState state) {
    if (raw.indexOf('$') < 0) {
      return Optional.empty();
    }
    Set<String> used;
    try {
      used = ShellLex.standard(state.escapeToken()).process(raw, state.expansionEnv()).matched();
    } catch (ShellLex.ShellSyntaxException e) {
      return Optional.empty();
    }
    for (String name : used) {
      String value = state.variable(name);
      if (PLATFORM_ARGS.contains(name) || (value != null && isPlatformValue(value))) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static boolean isPlatformValue(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (PLATFORM_VALUES.contains(v)) {
      return true;
    }
    // linux/amd64, linux/arm/v7
    String[] parts = v.split("/");
    return parts.length >= 2 && parts.length <= 3 && PLATFORM_VALUES.contains(parts[0])
        && PLATFORM_VALUES.contains(parts[1]);
  }
}
