package dev.gomoddoctor.goenv;

import dev.gomoddoctor.goenv.model.EnvFile;
import dev.gomoddoctor.goenv.model.EnvProblem;
import dev.gomoddoctor.goenv.model.EnvSource;
import dev.gomoddoctor.goenv.model.EnvValue;
import dev.gomoddoctor.goenv.model.GoVersion;
import dev.gomoddoctor.goenv.parser.EnvFileParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one resolver of the effective Go environment, as {@code cmd/go/internal/cfg} computes it:
 * a non-empty process variable, then the user's GOENV file, then {@code $GOROOT/go.env} (Go ≥
 * 1.21), then the built-in defaults. Inputs are injected (the environment map and the files), so
 * the host scan, the tests and the Dockerfile checker all use this same code.
 */
public final class GoEnvResolver {

  /** The upstream {@code $GOROOT/go.env} (Go ≥ 1.21), assumed when no toolchain is found. */
  public static final String STANDARD_GO_ENV =
      "GOPROXY=https://proxy.golang.org,direct\nGOSUMDB=sum.golang.org\nGOTOOLCHAIN=auto\n";

  /** Module-related settings and the first release whose go command has them. */
  private static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("CGO_ENABLED", "1.0"),
      Map.entry("GO111MODULE", "1.11"),
      Map.entry("GOAUTH", "1.24"),
      Map.entry("GOBIN", "1.0"),
      Map.entry("GOCACHE", "1.10"),
      Map.entry("GOENV", "1.13"),
      Map.entry("GOFLAGS", "1.11"),
      Map.entry("GOINSECURE", "1.14"),
      Map.entry("GOMODCACHE", "1.15"),
      Map.entry("GONOPROXY", "1.13"),
      Map.entry("GONOSUMDB", "1.13"),
      Map.entry("GOPATH", "1.0"),
      Map.entry("GOPRIVATE", "1.13"),
      Map.entry("GOPROXY", "1.13"),
      Map.entry("GOROOT", "1.0"),
      Map.entry("GOSUMDB", "1.13"),
      Map.entry("GOTMPDIR", "1.10"),
      Map.entry("GOTOOLCHAIN", "1.21"),
      Map.entry("GOVCS", "1.16"),
      Map.entry("GOVERSION", "1.16"),
      Map.entry("GOWORK", "1.18"));

  private final Map<String, String> env;
  private final HostFiles files;
  private final Optional<GoToolchain> givenToolchain;

  private GoEnvResolver(Map<String, String> env, HostFiles files, Optional<GoToolchain> toolchain) {
    this.env = Map.copyOf(env);
    this.files = files;
    this.givenToolchain = toolchain;
  }

  /** The go command on this machine: the toolchain is located on the environment's PATH. */
  public static GoEnvResolver forHost(Map<String, String> env, HostFiles files) {
    return new GoEnvResolver(env, files, Optional.empty());
  }

  /** A known toolchain (an image's, a test's) instead of searching PATH. */
  public static GoEnvResolver forToolchain(Map<String, String> env, HostFiles files, GoToolchain toolchain) {
    return new GoEnvResolver(env, files, Optional.of(toolchain));
  }

  /**
   * The environment of a Dockerfile stage: the stage's ENV/ARG values over the image's known
   * defaults, computed by this same resolver for the image's toolchain. {@code imageFiles} are
   * files known to exist in the stage (absolute path -> content, e.g. a copied GOENV file); an
   * official image's {@code $GOROOT/go.env} (Go ≥ 1.21) is added when not given.
   */
  public static GoEnv resolveStage(
      Map<String, String> imageDefaults, Map<String, String> stageVars, GoToolchain toolchain,
      Map<String, String> imageFiles) {
    Map<String, String> merged = new HashMap<>(imageDefaults);
    merged.putAll(stageVars);
    Map<String, String> known = new HashMap<>(imageFiles);
    if (toolchain.atLeast("1.21") && toolchain.goroot().isPresent()) {
      known.putIfAbsent(SlashPaths.join(toolchain.goroot().get(), "go.env"), STANDARD_GO_ENV);
    }
    return forToolchain(merged, HostFiles.of(known), toolchain).resolve();
  }

  /** Where the official golang images install Go. */
  public static final String GOLANG_IMAGE_GOROOT = "/usr/local/go";

  /**
   * The environment the official {@code golang:<version>} images set (their Dockerfiles:
   * GOLANG_VERSION, GOPATH=/go, PATH with /go/bin and /usr/local/go/bin, GOTOOLCHAIN=local from
   * 1.21), plus HOME=/root, which Docker sets for root when the image does not.
   */
  public static Map<String, String> golangImageDefaults(String goVersion) {
    Map<String, String> m = new HashMap<>();
    m.put("GOLANG_VERSION", goVersion);
    m.put("GOPATH", "/go");
    m.put("PATH", "/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    m.put("HOME", "/root");
    if (GoVersion.parse(goVersion).map(v -> v.atLeast("1.21")).orElse(true)) {
      m.put("GOTOOLCHAIN", "local");
    }
    return Map.copyOf(m);
  }

  /** The module-related keys this resolver computes, in name order. */
  public static List<String> keys() {
    return KEYS.keySet().stream().sorted().toList();
  }

  public GoEnv resolve() {
    List<EnvProblem> problems = new ArrayList<>();
    // The binary's version decides which rules apply; GOROOT may come from the env file later.
    GoToolchain binary = givenToolchain.orElseGet(() -> GoToolchain.locate(env, processVar("GOROOT"), files));
    boolean assumed = binary.version().isEmpty();
    GoVersion version = binary.version().orElseGet(() -> GoVersion.fromToolchain(GoEnv.ASSUMED_GO).orElseThrow());
    boolean modern = version.atLeast("1.21");

    Map<String, EnvValue> out = new HashMap<>();

    // The user's env file
    String userFileError = "";
    String userFilePath = "";
    String goenvVar = processVar("GOENV");
    if (goenvVar.equals("off")) {
      userFileError = "GOENV=off";
    } else if (!goenvVar.isEmpty()) {
      userFilePath = goenvVar;
    } else {
      String[] dir = userConfigDir(version);
      if (dir[1].isEmpty()) {
        userFilePath = SlashPaths.join(dir[0], "go/env");
      } else {
        userFileError = dir[1];
      }
    }
    out.put("GOENV", new EnvValue("GOENV", userFilePath,
        goenvVar.isEmpty() ? EnvSource.byDefault() : EnvSource.environment(), userFileError));
    Optional<EnvFile> userFile = userFilePath.isEmpty() ? Optional.empty() : readEnvFile(userFilePath);
    userFile.ifPresent(f -> problems.addAll(problemsOf(f)));

    // GOROOT: the variable, else the env file's GOROOT line, else where the binary lives
    GoToolchain toolchain = binary;
    EnvSource gorootSource = EnvSource.byDefault("location of the go binary");
    String gorootSetting = processVar("GOROOT");
    if (!gorootSetting.isEmpty()) {
      gorootSource = EnvSource.environment();
    } else if (userFile.flatMap(f -> f.lookup("GOROOT")).filter(e -> !e.value().isEmpty()).isPresent()) {
      EnvFile.Entry e = userFile.get().lookup("GOROOT").get();
      gorootSetting = e.value();
      gorootSource = EnvSource.envFile(userFilePath, e.line());
    }
    if (!gorootSetting.isEmpty()) {
      toolchain = new GoToolchain(binary.goBinary(), Optional.of(SlashPaths.clean(gorootSetting)), binary.versionName());
    } else if (givenToolchain.isPresent()) {
      gorootSource = EnvSource.byDefault();
    }
    out.put("GOROOT", new EnvValue("GOROOT", toolchain.goroot().orElse(""), gorootSource,
        toolchain.goroot().isEmpty() ? "cannot find GOROOT directory" : ""));
    out.put("GOVERSION", new EnvValue("GOVERSION", binary.versionName(),
        EnvSource.byDefault(assumed ? "no go toolchain found" : "$GOROOT/VERSION"), ""));

    // $GOROOT/go.env, read by Go 1.21 and later; assumed standard when no toolchain is known
    Optional<EnvFile> gorootFile = Optional.empty();
    if (modern) {
      if (toolchain.goroot().isPresent()) {
        gorootFile = readEnvFile(SlashPaths.join(toolchain.goroot().get(), "go.env"));
      } else if (assumed) {
        gorootFile = Optional.of(EnvFileParser.parse("$GOROOT/go.env", STANDARD_GO_ENV));
      }
    }

    Lookup lookup = new Lookup(userFile, gorootFile, assumed && toolchain.goroot().isEmpty());

    // The settings with plain lookups and no default
    for (String k : List.of("GO111MODULE", "GOFLAGS", "GOINSECURE", "GOPRIVATE", "GOVCS", "GOTMPDIR", "GOWORK", "GOBIN")) {
      out.put(k, lookup.getenv(k, ""));
    }
    String oldProxy = modern ? "" : "https://proxy.golang.org,direct";
    String oldSumdb = modern ? "" : "sum.golang.org";
    out.put("GOPROXY", lookup.getenv("GOPROXY", oldProxy));
    out.put("GOSUMDB", lookup.getenv("GOSUMDB", oldSumdb));
    if (modern) {
      out.put("GOTOOLCHAIN", lookup.getenv("GOTOOLCHAIN", ""));
    }
    if (version.atLeast("1.24")) {
      out.put("GOAUTH", lookup.getenv("GOAUTH", "netrc"));
    }
    String goprivate = out.get("GOPRIVATE").value();
    for (String k : List.of("GONOPROXY", "GONOSUMDB")) {
      EnvValue v = lookup.getenv(k, "");
      if (!v.isSet() && !goprivate.isEmpty()) {
        v = new EnvValue(k, goprivate, EnvSource.byDefault("GOPRIVATE"), "");
      }
      out.put(k, v);
    }
    EnvValue cgo = lookup.getenv("CGO_ENABLED", "1");
    out.put("CGO_ENABLED", cgo);

    resolvePaths(lookup, toolchain, version, out);

    // Keep only what this toolchain knows
    out.keySet().removeIf(k -> KEYS.containsKey(k) && !version.atLeast(KEYS.get(k)));
    return new GoEnv(out, toolchain, assumed, userFile, gorootFile, problems);
  }

  /** GOPATH, GOMODCACHE and GOCACHE with Go's defaults and errors. */
  private void resolvePaths(Lookup lookup, GoToolchain toolchain, GoVersion version, Map<String, EnvValue> out) {
    EnvValue gopath = lookup.getenv("GOPATH", "");
    boolean inferred = !gopath.isSet();
    if (inferred) {
      String home = processVar("HOME");
      if (home.isEmpty()) {
        gopath = new EnvValue("GOPATH", "", EnvSource.byDefault("$HOME/go"), "HOME is not set");
      } else {
        String def = SlashPaths.join(home, "go");
        String runtimeRoot = processVar("GOROOT").isEmpty()
            ? toolchain.goroot().orElse("")
            : processVar("GOROOT");
        if (!runtimeRoot.isEmpty() && SlashPaths.clean(def).equals(SlashPaths.clean(runtimeRoot))) {
          gopath = new EnvValue("GOPATH", "", EnvSource.byDefault("$HOME/go"), "cannot set GOROOT as GOPATH");
        } else {
          gopath = new EnvValue("GOPATH", def, EnvSource.byDefault("$HOME/go"), "");
        }
      }
    }
    // GOMODCACHE is computed from GOPATH before the go command drops a relative inferred GOPATH
    EnvValue modcache = lookup.getenv("GOMODCACHE", "");
    if (!modcache.isSet()) {
      String first = gopath.value().split(":", -1)[0];
      modcache = new EnvValue("GOMODCACHE", first.isEmpty() ? "" : SlashPaths.join(first, "pkg/mod"),
          EnvSource.byDefault("$GOPATH/pkg/mod"), first.isEmpty() ? "GOPATH is empty" : "");
    }
    if (inferred && gopath.isSet()) {
      for (String p : gopath.value().split(":", -1)) {
        if (!p.isEmpty() && !p.startsWith("~") && !SlashPaths.isAbsolute(p)) {
          gopath = new EnvValue("GOPATH", "", gopath.source(), "the inferred GOPATH " + gopath.value()
              + " is relative (HOME is relative), so the go command drops it");
          break;
        }
      }
    }
    out.put("GOPATH", gopath);
    out.put("GOMODCACHE", modcache);

    EnvValue cache = lookup.getenv("GOCACHE", "");
    String c = cache.value();
    if (!SlashPaths.isAbsolute(c) && !c.equals("off")) {
      if (!c.isEmpty()) {
        cache = new EnvValue("GOCACHE", "off", cache.source(), "GOCACHE is not an absolute path");
      } else {
        String[] dir = userCacheDir(version);
        cache = dir[1].isEmpty()
            ? new EnvValue("GOCACHE", SlashPaths.join(dir[0], "go-build"), EnvSource.byDefault("os.UserCacheDir()/go-build"), "")
            : new EnvValue("GOCACHE", "off", EnvSource.byDefault("os.UserCacheDir()/go-build"),
                "GOCACHE is not defined and " + dir[1]);
      }
    }
    out.put("GOCACHE", cache);
  }

  /** {@code os.UserConfigDir} on Linux: {dir, error}. */
  private String[] userConfigDir(GoVersion version) {
    return xdgDir("XDG_CONFIG_HOME", ".config", version);
  }

  /** {@code os.UserCacheDir} on Linux: {dir, error}. */
  private String[] userCacheDir(GoVersion version) {
    return xdgDir("XDG_CACHE_HOME", ".cache", version);
  }

  private String[] xdgDir(String xdgVar, String homeSub, GoVersion version) {
    String dir = processVar(xdgVar);
    if (!dir.isEmpty()) {
      // Go 1.22 started rejecting a relative XDG directory
      if (version.atLeast("1.22") && !SlashPaths.isAbsolute(dir)) {
        return new String[] {"", "path in $" + xdgVar + " is relative"};
      }
      return new String[] {dir, ""};
    }
    String home = processVar("HOME");
    if (home.isEmpty()) {
      return new String[] {"", "neither $" + xdgVar + " nor $HOME are defined"};
    }
    return new String[] {home + "/" + homeSub, ""};
  }

  private String processVar(String key) {
    String v = env.get(key);
    return v == null ? "" : v;
  }

  private Optional<EnvFile> readEnvFile(String path) {
    try {
      return files.read(path).map(text -> EnvFileParser.parse(path, text));
    } catch (IOException | RuntimeException e) {
      return Optional.of(EnvFileParser.unreadable(path, String.valueOf(e.getMessage())));
    }
  }

  /** GMD209's material: ignored lines, stray bytes at the end of values, duplicates, unreadable. */
  static List<EnvProblem> problemsOf(EnvFile f) {
    List<EnvProblem> out = new ArrayList<>();
    if (!f.unreadable().isEmpty()) {
      out.add(new EnvProblem(EnvProblem.Kind.UNREADABLE, f.path(), 0, "", f.unreadable()));
      return out;
    }
    for (EnvFile.IgnoredLine l : f.ignored()) {
      out.add(new EnvProblem(EnvProblem.Kind.IGNORED_LINE, f.path(), l.line(), "", l.text()));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (EnvFile.Entry e : f.entries()) {
      String v = e.value();
      if (!v.isEmpty() && Character.isWhitespace(v.charAt(v.length() - 1))) {
        out.add(new EnvProblem(EnvProblem.Kind.STRAY_BYTES, f.path(), e.line(), e.key(), v));
      }
      Integer before = seen.put(e.key(), e.line());
      if (before != null) {
        out.add(new EnvProblem(EnvProblem.Kind.DUPLICATE_KEY, f.path(), e.line(), e.key(), String.valueOf(before)));
      }
    }
    out.sort(java.util.Comparator.comparingInt(EnvProblem::line));
    return out;
  }

  /** {@code cfg.Getenv}: a non-empty process variable, then the user file, then go.env. */
  private final class Lookup {
    private final Optional<EnvFile> user;
    private final Optional<EnvFile> goroot;
    private final boolean gorootAssumed;

    Lookup(Optional<EnvFile> user, Optional<EnvFile> goroot, boolean gorootAssumed) {
      this.user = user;
      this.goroot = goroot;
      this.gorootAssumed = gorootAssumed;
    }

    /** The value, or {@code def} (source "default") when the lookup gives "". */
    EnvValue getenv(String key, String def) {
      String v = processVar(key);
      if (!v.isEmpty()) {
        return new EnvValue(key, v, EnvSource.environment(), "");
      }
      // a key present in the user file hides go.env's, even with an empty value
      Optional<EnvFile.Entry> u = user.flatMap(f -> f.lookup(key));
      if (u.isPresent()) {
        String uv = u.get().value();
        if (!uv.isEmpty() || def.isEmpty()) {
          return new EnvValue(key, uv, EnvSource.envFile(user.get().path(), u.get().line()), "");
        }
        return new EnvValue(key, def, EnvSource.byDefault(), "");
      }
      Optional<EnvFile.Entry> g = goroot.flatMap(f -> f.lookup(key));
      if (g.isPresent() && !g.get().value().isEmpty()) {
        EnvSource s = gorootAssumed
            ? EnvSource.byDefault("standard $GOROOT/go.env assumed")
            : EnvSource.gorootGoEnv(goroot.get().path(), g.get().line());
        return new EnvValue(key, g.get().value(), s, "");
      }
      return new EnvValue(key, def, EnvSource.byDefault(), "");
    }
  }
}
