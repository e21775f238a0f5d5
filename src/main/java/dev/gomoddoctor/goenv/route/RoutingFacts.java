package dev.gomoddoctor.goenv.route;

import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.goenv.credentials.Credentials;
import dev.gomoddoctor.goenv.credentials.CredentialsLoader;
import dev.gomoddoctor.scan.ScanContext;
import dev.gomoddoctor.goenv.model.EnvSource;
import dev.gomoddoctor.report.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the routing rules (GMD201–GMD204, GMD207, GMD208, GMD210, GMD211) look at: the effective
 * environment, the router built from it, every requirement's route, the go/toolchain lines, the
 * credential files, and where environment findings attach.
 *
 * @param environment the scan's process environment (PATH, HTTPS_PROXY, GOOS...)
 * @param anchor the go.mod environment-wide findings attach to (line 1): the root one, else the
 *     first; empty when the scan has no go.mod
 * @param online {@code --online} was given
 */
public record RoutingFacts(
    GoEnv env,
    Router router,
    List<ModuleRoute> modules,
    List<ToolchainLines> toolchainLines,
    Supplier<Credentials> credentials,
    Optional<String> anchor,
    Config config,
    Map<String, String> environment,
    boolean online) {

  /**
   * The facts of a scan: the shared GoEnv, every requirement of the scanned go.mod files with its
   * route, and the credential files (read only when a rule asks).
   */
  public static RoutingFacts of(ScanContext ctx) {
    GoEnv env = GoEnv.of(ctx);
    Router router = Router.of(env);
    List<String> goMods = ctx.files().named("go.mod");
    Optional<String> anchor = goMods.contains("go.mod") ? Optional.of("go.mod") : goMods.stream().findFirst();
    Supplier<Credentials> credentials = () -> ctx.facts().get(Credentials.class,
        () -> CredentialsLoader.load(ctx.environment(), ctx.root()));
    ModuleRoutes routes = ModuleRoutes.of(ctx, env, router);
    return new RoutingFacts(env, router, routes.modules(), routes.toolchainLines(), credentials, anchor, ctx.config(),
        ctx.environment(), ctx.options().online());
  }

  public RoutingFacts {
    modules = List.copyOf(modules);
    toolchainLines = List.copyOf(toolchainLines);
    environment = Map.copyOf(environment);
  }

  /**
   * The go and toolchain lines of a go.mod or go.work that selects the toolchain.
   *
   * @param file relative path of the go.mod or go.work
   * @param goLine the go line's version, "" when absent
   * @param toolchainLine the toolchain line's name, "" when absent
   */
  public record ToolchainLines(String file, String goLine, String toolchainLine) {}

  public Optional<Location> anchorLocation() {
    return anchor.map(a -> Location.line(a, 1));
  }

  public static Location at(String goMod) {
    return Location.line(goMod, 1);
  }

  /** True when {@code key}'s value comes from {@code $GOROOT/go.env}, i.e. a distribution's choice. */
  public boolean distributionDefault(String key) {
    return env.source(key).kind() == EnvSource.Kind.GOROOT_GO_ENV;
  }

  /** Where a setting came from, for messages: {@code (from GOENV file …:3)}. */
  public String from(String key) {
    return "(" + env.source(key).display() + ")";
  }

  public List<String> declaredPrivate() {
    return config.privatePatterns();
  }
}
