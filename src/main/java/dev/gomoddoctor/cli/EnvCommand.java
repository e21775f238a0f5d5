package dev.gomoddoctor.cli;

import dev.gomoddoctor.goenv.EnvListing;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.goenv.GoEnvResolver;
import dev.gomoddoctor.goenv.HostFiles;
import dev.gomoddoctor.goenv.Redactor;
import dev.gomoddoctor.goenv.route.Route;
import dev.gomoddoctor.goenv.route.Router;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gomod-doctor env [--json] [KEY...]}: the effective Go environment, each value with
 * where it came from (environment, GOENV file and line, GOROOT/go.env, default).
 */
@Command(name = "env", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = {"Print the effective Go module environment, as the go command computes it, and where "
        + "each value comes from: environment, GOENV file <path>:<line>, GOROOT/go.env or default.",
        "Secrets in values (URL passwords, tokens) are redacted."})
public final class EnvCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print JSON: toolchain, env (value, source, file, line, error), problems.")
  boolean json;

  @Option(names = "--route", paramLabel = "MODULE[@VERSION]",
      description = "Print how the go command would fetch this module: proxies in order, direct or off, "
          + "checksum database asked or not, GOINSECURE.")
  String route;

  @Parameters(paramLabel = "KEY", arity = "0..*", description = "Only these variables (e.g. GOPROXY GOPRIVATE).")
  List<String> keys = new ArrayList<>();

  private final Map<String, String> environment;
  private final HostFiles files;

  public EnvCommand() {
    this(System.getenv(), HostFiles.local());
  }

  /** For tests: a given environment and file view. */
  public EnvCommand(Map<String, String> environment, HostFiles files) {
    this.environment = environment;
    this.files = files;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> known = GoEnvResolver.keys();
    for (String k : keys) {
      if (!known.contains(k)) {
        err.println("gomod-doctor env: unknown variable " + k + " (known: " + String.join(" ", known) + ")");
        return ExitCodes.USAGE;
      }
    }
    GoEnv env = GoEnvResolver.forHost(environment, files).resolve();
    Redactor redactor = Redactor.patterns();
    if (route != null) {
      int at = route.indexOf('@');
      String module = at < 0 ? route : route.substring(0, at);
      String version = at < 0 ? "" : route.substring(at + 1);
      // go.sum is not consulted here: the checksum-database line says what happens without its lines
      Route r = Router.of(env).route(module, version, false);
      out.println(redactor.redact(route));
      for (String line : r.describe(redactor::redact)) {
        out.println("  " + line);
      }
      out.flush();
      return ExitCodes.CLEAN;
    }
    List<String> listed = EnvListing.keys(env, keys);
    out.print(json ? EnvListing.json(env, listed, redactor) : EnvListing.text(env, listed, redactor));
    out.flush();
    return ExitCodes.CLEAN;
  }
}
