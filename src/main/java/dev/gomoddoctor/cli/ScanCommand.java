package dev.gomoddoctor.cli;

import dev.gomoddoctor.Version;
import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.config.ConfigException;
import dev.gomoddoctor.config.ConfigLoader;
import dev.gomoddoctor.report.Report;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.report.render.GithubAnnotationsRenderer;
import dev.gomoddoctor.report.render.JsonRenderer;
import dev.gomoddoctor.report.render.OutputFormat;
import dev.gomoddoctor.report.render.Renderer;
import dev.gomoddoctor.report.render.SarifRenderer;
import dev.gomoddoctor.report.render.TextRenderer;
import dev.gomoddoctor.rules.RuleRegistry;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.scan.Checkers;
import dev.gomoddoctor.scan.RuleSelection;
import dev.gomoddoctor.scan.ScanOptions;
import dev.gomoddoctor.scan.Scanner;
import dev.gomoddoctor.scan.TargetUser;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gomod-doctor scan [PATH]}: run every checker and write the report. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Scan a Go project (and the environment it builds in) for what breaks module builds.",
    footer = {
        "",
        "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;",
        "            2 usage or configuration error; 3 scan incomplete (findings are still written)."
    })
public final class ScanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
      description = "Directory to scan (default: ${DEFAULT-VALUE}).")
  String path;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, sarif or github (GitHub Actions annotations; default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "[FORMAT=]FILE",
      description = "Write the report to FILE (- for stdout). Repeatable with FORMAT=, "
          + "e.g. --output sarif=out.sarif --output text=-")
  List<String> outputs = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "error, warning, note or never: findings at or above it exit 1 (default: error, or failOn: in the config).")
  String failOn;

  @Option(names = "--enable", paramLabel = "CODE|NAME|GROUP",
      description = "Run only these rules (repeatable). A group is a checker: gomod, goenv, cache, docker, doctor.")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "CODE|NAME|GROUP", description = "Do not run these rules (repeatable).")
  List<String> disable = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: PATH/.gomod-doctor.yaml).")
  Path config;

  @Option(names = {"-q", "--quiet"}, description = "Print findings only: no summary, nothing when clean.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Also print why checkers were skipped and stack traces of crashes.")
  boolean verbose;

  @Option(names = "--no-color", description = "No ANSI colour (also when NO_COLOR is set or stdout is not a terminal).")
  boolean noColor;

  @Option(names = "--user", paramLabel = "UID[:GID]",
      description = "The user whose permissions the cache checker evaluates (default: the current user).")
  String user;

  @Option(names = "--online", description = "Allow network probes of proxies and the checksum database (off by default).")
  boolean online;

  @Option(names = "--verify-cache", description = "Hash module-cache contents of the build list (GMD307).")
  boolean verifyCache;

  @Option(names = "--category", paramLabel = "NAME", defaultValue = "gomod-doctor",
      description = "SARIF automationDetails category, to upload several scans of one repository (default: ${DEFAULT-VALUE}).")
  String category;

  private final Map<String, String> environment;
  private final List<Checker> checkers;

  public ScanCommand() {
    this(System.getenv(), Checkers.standard());
  }

  /** For tests: a given environment and set of checkers. */
  ScanCommand(Map<String, String> environment, List<Checker> checkers) {
    this.environment = environment;
    this.checkers = List.copyOf(checkers);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    RuleRegistry registry = Checkers.registry(checkers);

    Path root = Path.of(path);
    if (!Files.isDirectory(root)) {
      return usageError(err, "not a directory: " + path);
    }
    OutputFormat defaultFormat = OutputFormat.parse(format).orElse(null);
    if (defaultFormat == null) {
      return usageError(err, "--format must be text, json, sarif or github, not '" + format + "'");
    }
    List<OutputTarget> targets = new ArrayList<>();
    try {
      for (String o : outputs) {
        targets.add(OutputTarget.parse(o));
      }
      if (targets.isEmpty()) {
        targets.add(new OutputTarget(java.util.Optional.empty(), "-"));
      }
    } catch (IllegalArgumentException e) {
      return usageError(err, e.getMessage());
    }
    if (targets.stream().filter(OutputTarget::isStdout).count() > 1) {
      return usageError(err, "only one --output can go to stdout (-)");
    }
    for (String selector : concat(enable, disable)) {
      boolean isChecker = checkers.stream().anyMatch(c -> c.name().equals(selector));
      if (registry.find(selector).isEmpty() && !registry.isGroup(selector) && !isChecker) {
        return usageError(err, "unknown rule or group '" + selector + "' (see `gomod-doctor rules`)");
      }
    }
    TargetUser targetUser;
    try {
      targetUser = user == null ? TargetUser.current() : TargetUser.parse(user);
    } catch (IllegalArgumentException e) {
      return usageError(err, "--user: " + e.getMessage());
    }

    Config cfg;
    try {
      cfg = config != null ? ConfigLoader.load(config, r -> registry.find(r).isPresent())
          : ConfigLoader.loadFromRoot(root, r -> registry.find(r).isPresent());
    } catch (ConfigException e) {
      err.println("gomod-doctor: configuration error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Config.FailOn threshold;
    if (failOn != null) {
      threshold = parseFailOn(failOn);
      if (threshold == null) {
        return usageError(err, "--fail-on must be error, warning, note or never, not '" + failOn + "'");
      }
    } else {
      threshold = cfg.failOn().orElse(Config.FailOn.ERROR);
    }

    ScanOptions options = new ScanOptions(environment, targetUser, online, verifyCache);
    RuleSelection selection = new RuleSelection(cfg.rules(), enable, disable);
    Report report;
    try {
      report = new Scanner(checkers, Version.get()).scan(root, path, cfg, options, selection);
    } catch (IOException e) {
      err.println("gomod-doctor: cannot scan " + path + ": " + e.getMessage());
      return ExitCodes.INCOMPLETE;
    }

    boolean stdoutTerminal = System.console() != null;
    for (OutputTarget t : targets) {
      OutputFormat f = t.formatOr(defaultFormat);
      Renderer renderer = switch (f) {
        case TEXT -> new TextRenderer(
            t.isStdout() && ColorPolicy.useColor(noColor, environment, stdoutTerminal), quiet, verbose);
        case JSON -> new JsonRenderer();
        case SARIF -> new SarifRenderer(root.toAbsolutePath().normalize().toUri().toString(), category);
        case GITHUB -> new GithubAnnotationsRenderer(githubPathPrefix(root));
      };
      try {
        if (t.isStdout()) {
          Writer w = spec.commandLine().getOut();
          renderer.render(report, registry, w);
          w.flush();
        } else {
          try (Writer w = new OutputStreamWriter(Files.newOutputStream(Path.of(t.file())), StandardCharsets.UTF_8)) {
            renderer.render(report, registry, w);
          }
        }
      } catch (IOException e) {
        err.println("gomod-doctor: cannot write " + t.file() + ": " + e.getMessage());
        return ExitCodes.INCOMPLETE;
      }
    }
    return ExitCodes.forReport(report, threshold);
  }

  /** Annotations need repository paths: the scan root relative to GITHUB_WORKSPACE, if inside it. */
  private String githubPathPrefix(Path root) {
    String workspace = environment.get("GITHUB_WORKSPACE");
    if (workspace == null || workspace.isEmpty()) {
      return "";
    }
    Path ws = Path.of(workspace).toAbsolutePath().normalize();
    Path r = root.toAbsolutePath().normalize();
    if (!r.startsWith(ws) || r.equals(ws)) {
      return "";
    }
    return ws.relativize(r).toString().replace(java.io.File.separatorChar, '/') + "/";
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Config.FailOn parseFailOn(String word) {
    for (Config.FailOn f : Config.FailOn.values()) {
      if (f.name().equalsIgnoreCase(word)) {
        return f;
      }
    }
    return null;
  }

  private int usageError(PrintWriter err, String message) {
    err.println("gomod-doctor scan: " + message);
    return ExitCodes.USAGE;
  }
}
