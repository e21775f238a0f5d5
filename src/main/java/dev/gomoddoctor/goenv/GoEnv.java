package dev.gomoddoctor.goenv;

import dev.gomoddoctor.goenv.model.EnvFile;
import dev.gomoddoctor.goenv.model.EnvProblem;
import dev.gomoddoctor.goenv.model.EnvSource;
import dev.gomoddoctor.goenv.model.EnvValue;
import dev.gomoddoctor.goenv.model.GoVersion;
import dev.gomoddoctor.scan.ScanContext;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The effective Go environment as the go command computes it: every module-related setting with
 * its value and where it came from, the toolchain it was computed for, and the oddities of the env
 * files (GMD209). Shared per scan through {@link #of(ScanContext)}.
 *
 * @param values key -> effective value, sorted by key
 * @param toolchain the toolchain the values were computed for
 * @param assumedVersion true when no toolchain version was found and {@link #ASSUMED_GO} was
 *     assumed (findings should say so)
 * @param userFile the GOENV file when there was one to read (absent file: empty)
 * @param gorootFile {@code $GOROOT/go.env} when the toolchain reads it and it exists
 * @param problems oddities of the env files, in file and line order
 */
public record GoEnv(
    Map<String, EnvValue> values,
    GoToolchain toolchain,
    boolean assumedVersion,
    Optional<EnvFile> userFile,
    Optional<EnvFile> gorootFile,
    List<EnvProblem> problems) {

  /**
   * The toolchain assumed when none is found: the current Go release when this was written (the
   * reference describes Go 1.27 behaviour).
   */
  public static final String ASSUMED_GO = "go1.27.0";

  public GoEnv {
    values = Collections.unmodifiableMap(new TreeMap<>(values));
    problems = List.copyOf(problems);
  }

  /**
   * The host's effective Go environment for this scan, computed once from the process
   * environment in the scan options and shared with every checker.
   */
  public static GoEnv of(ScanContext ctx) {
    return ctx.facts().get(GoEnv.class,
        () -> GoEnvResolver.forHost(ctx.environment(), HostFiles.local()).resolve());
  }

  /** The effective value of {@code key}; "" when unset or unknown. */
  public String get(String key) {
    EnvValue v = values.get(key);
    return v == null ? "" : v.value();
  }

  public Optional<EnvValue> value(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public EnvSource source(String key) {
    EnvValue v = values.get(key);
    return v == null ? EnvSource.byDefault() : v.source();
  }

  /** The version the values were computed for: the toolchain's, or {@link #ASSUMED_GO}. */
  public GoVersion goVersion() {
    return toolchain.version().orElseGet(() -> GoVersion.fromToolchain(ASSUMED_GO).orElseThrow());
  }

  /** True when this toolchain knows the setting (e.g. GOTOOLCHAIN from Go 1.21 on). */
  public boolean knows(String key) {
    return values.containsKey(key);
  }
}
