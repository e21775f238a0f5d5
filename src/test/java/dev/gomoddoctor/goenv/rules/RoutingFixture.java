package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.goenv.GoEnvResolver;
import dev.gomoddoctor.goenv.GoToolchain;
import dev.gomoddoctor.goenv.HostFiles;
import dev.gomoddoctor.goenv.credentials.Credentials;
import dev.gomoddoctor.goenv.credentials.CredentialsLoader;
import dev.gomoddoctor.goenv.route.ModuleRoute;
import dev.gomoddoctor.goenv.route.Router;
import dev.gomoddoctor.goenv.route.RoutingFacts;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.scan.CollectingSink;
import dev.gomoddoctor.scan.RuleSelection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routing facts for rule tests: an environment resolved by the real resolver for a given
 * toolchain (with the upstream go.env unless told otherwise), and requirements with their status.
 */
final class RoutingFixture {
  private final Map<String, String> env = new HashMap<>();
  private final Map<String, String> files = new HashMap<>();
  private final List<Req> requires = new ArrayList<>();
  private final List<RoutingFacts.ToolchainLines> toolchainLines = new ArrayList<>();
  private String goVersion = "go1.23.0";
  private String goEnv = GoEnvResolver.STANDARD_GO_ENV;
  private Config config = Config.defaults();
  private boolean online;
  private Path home;

  private record Req(String goMod, String required, String path, String version, boolean hasSums,
      ModuleRoute.Status status, boolean cached) {}

  static RoutingFixture create() {
    return new RoutingFixture();
  }

  RoutingFixture env(String key, String value) {
    env.put(key, value);
    return this;
  }

  RoutingFixture go(String version) {
    this.goVersion = version;
    return this;
  }

  /** The toolchain's $GOROOT/go.env content, or null for none (as some distributions ship). */
  RoutingFixture goEnvFile(String content) {
    this.goEnv = content;
    return this;
  }

  RoutingFixture file(String path, String content) {
    files.put(path, content);
    return this;
  }

  RoutingFixture privatePatterns(String... patterns) {
    Config d = Config.defaults();
    this.config = new Config(d.rules(), d.exclude(), List.of(patterns), d.failOn(), d.docker(), d.minFreeMiB(),
        d.onlineTimeoutMillis(), d.source());
    return this;
  }

  RoutingFixture onlineTimeout(long millis) {
    Config c = config;
    this.config = new Config(c.rules(), c.exclude(), c.privatePatterns(), c.failOn(), c.docker(), c.minFreeMiB(),
        millis, c.source());
    return this;
  }

  RoutingFixture online() {
    this.online = true;
    return this;
  }

  RoutingFixture home(Path home) {
    this.home = home;
    env.put("HOME", home.toString());
    return this;
  }

  RoutingFixture require(String path, String version) {
    return require("go.mod", path, path, version, false, ModuleRoute.Status.FETCHED, false);
  }

  RoutingFixture requireWithSums(String path, String version) {
    return require("go.mod", path, path, version, true, ModuleRoute.Status.FETCHED, false);
  }

  RoutingFixture requireCached(String path, String version) {
    return require("go.mod", path, path, version, true, ModuleRoute.Status.FETCHED, true);
  }

  RoutingFixture require(String goMod, String required, String path, String version, boolean hasSums,
      ModuleRoute.Status status, boolean cached) {
    requires.add(new Req(goMod, required, path, version, hasSums, status, cached));
    return this;
  }

  RoutingFixture toolchainLines(String file, String goLine, String toolchainLine) {
    toolchainLines.add(new RoutingFacts.ToolchainLines(file, goLine, toolchainLine));
    return this;
  }

  RoutingFacts facts() {
    Map<String, String> allFiles = new HashMap<>(files);
    if (goEnv != null) {
      allFiles.put("/usr/local/go/go.env", goEnv);
    }
    Map<String, String> e = new HashMap<>(env);
    e.putIfAbsent("HOME", "/nonexistent-home");
    e.putIfAbsent("GIT_CONFIG_NOSYSTEM", "1");
    GoEnv goenv = GoEnvResolver.forToolchain(e, HostFiles.of(allFiles), GoToolchain.of("/usr/local/go", goVersion))
        .resolve();
    Router router = Router.of(goenv);
    List<ModuleRoute> routes = new ArrayList<>();
    for (Req r : requires) {
      routes.add(new ModuleRoute(r.goMod(), r.required(), router.route(r.path(), r.version(), r.hasSums()), r.status(),
          r.cached()));
    }
    Path root = home != null ? home : Path.of("/nonexistent-project");
    return new RoutingFacts(goenv, router, routes, toolchainLines,
        () -> home == null ? Credentials.none()
            : CredentialsLoader.load(e, root, root.resolve("no-system-gitconfig"), root.resolve("no-known-hosts")),
        Optional.of("go.mod"), config, e, online);
  }

  List<Finding> run(RoutingRule rule) {
    CollectingSink sink = new CollectingSink(RuleSelection.all());
    rule.check(facts(), sink);
    return sink.findings().stream().sorted(Finding.ORDER).toList();
  }
}
