package dev.gomoddoctor.cache;

import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.goenv.model.EnvSource;
import dev.gomoddoctor.goenv.model.EnvValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the effective Go environment the cache rules judge, taken from the one resolver
 * ({@code GoEnv.of(ctx)}) plus the plain process variables Go reads through the OS (HOME,
 * XDG_CACHE_HOME, TMPDIR, PATH).
 *
 * @param settings GOPATH, GOMODCACHE, GOCACHE, GOTMPDIR, GOBIN, GOSUMDB, GOROOT, GOFLAGS by key
 * @param process the process environment (HOME, XDG_CACHE_HOME, TMPDIR, PATH, SUDO_UID ...)
 * @param goVersion the toolchain's version, e.g. {@code 1.24.1}
 * @param versionAssumed true when no toolchain was found and the version is assumed
 */
public record CacheEnv(Map<String, Setting> settings, Map<String, String> process, String goVersion, boolean versionAssumed) {

  /**
   * One effective Go setting.
   *
   * @param explicit set by the environment or an env file (not Go's default)
   * @param source where it came from, for messages ("environment", "GOENV file /x/env:3")
   * @param error why Go could not compute a proper value, else ""
   * @param file the env file it was read from, else ""
   * @param line that file's line, else 0
   */
  public record Setting(String key, String value, boolean explicit, String source, String error, String file, int line) {
    public Setting {
      value = value == null ? "" : value;
      error = error == null ? "" : error;
      file = file == null ? "" : file;
    }

    public boolean isSet() {
      return !value.isEmpty();
    }
  }

  /** The Go settings the cache rules read. */
  public static final List<String> KEYS =
      List.of("GOPATH", "GOMODCACHE", "GOCACHE", "GOTMPDIR", "GOBIN", "GOSUMDB", "GOROOT", "GOFLAGS");

  public CacheEnv {
    settings = Map.copyOf(settings);
    process = Map.copyOf(process);
  }

  /** The cache view of the one shared Go environment ({@code GoEnv.of(ctx)}). */
  public static CacheEnv of(GoEnv goEnv, Map<String, String> processEnvironment) {
    Map<String, Setting> out = new HashMap<>();
    for (String k : KEYS) {
      goEnv.value(k).ifPresent(v -> out.put(k, setting(v)));
    }
    return new CacheEnv(out, processEnvironment, goEnv.goVersion().toString(), goEnv.assumedVersion());
  }

  private static Setting setting(EnvValue v) {
    EnvSource s = v.source();
    boolean explicit = s.kind() == EnvSource.Kind.ENVIRONMENT || s.kind() == EnvSource.Kind.GOENV_FILE
        || s.kind() == EnvSource.Kind.GOROOT_GO_ENV;
    // "default $GOPATH/pkg/mod" reads better inside the rules' own parentheses
    String source = s.kind() == EnvSource.Kind.DEFAULT
        ? (s.detail().isEmpty() ? "default" : "default " + s.detail()) : s.display();
    return new Setting(v.key(), v.value(), explicit, source, v.error(), s.path(), s.line());
  }

  public Setting setting(String key) {
    Setting s = settings.get(key);
    return s != null ? s : new Setting(key, "", false, "default", "", "", 0);
  }

  public String value(String key) {
    return setting(key).value();
  }

  /** A plain process variable; "" when unset (Go treats empty as unset). */
  public String processVar(String key) {
    String v = process.get(key);
    return v == null ? "" : v;
  }

  /** GOPATH's entries ("" entries dropped, as Go skips them). */
  public List<String> gopathEntries() {
    return java.util.Arrays.stream(value("GOPATH").split(":", -1)).filter(s -> !s.isEmpty()).toList();
  }

  /** True when the toolchain is at least Go 1.{@code minor} (Go 1 versions only). */
  public boolean goAtLeast(int minor) {
    String[] parts = goVersion.split("[.]");
    try {
      int major = Integer.parseInt(parts[0].replaceAll("\\D.*", ""));
      int min = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
      return major > 1 || (major == 1 && min >= minor);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The GOFLAGS fields, as Go splits them (on whitespace; quoting is rare here). */
  public List<String> goflags() {
    String f = value("GOFLAGS").strip();
    return f.isEmpty() ? List.of() : List.of(f.split("\\s+"));
  }

  /**
   * The value of a boolean build flag in GOFLAGS ({@code -buildvcs=false}, {@code -modcacherw}),
   * empty when absent. Go's flag package accepts one or two dashes.
   */
  public Optional<String> goflag(String name) {
    Optional<String> found = Optional.empty();
    for (String f : goflags()) {
      String g = f.startsWith("--") ? f.substring(2) : f.startsWith("-") ? f.substring(1) : null;
      if (g == null) {
        continue;
      }
      if (g.equals(name)) {
        found = Optional.of("true");
      } else if (g.startsWith(name + "=")) {
        found = Optional.of(g.substring(name.length() + 1));
      }
    }
    return found;
  }
}
