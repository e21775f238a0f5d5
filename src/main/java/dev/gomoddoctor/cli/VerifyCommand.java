package dev.gomoddoctor.cli;

import dev.gomoddoctor.Version;
import dev.gomoddoctor.cache.verify.CacheVerifier;
import dev.gomoddoctor.cache.verify.VerifyPlan;
import dev.gomoddoctor.cache.verify.VerifyResult;
import dev.gomoddoctor.cache.verify.VerifyResultRenderer;
import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.scan.FileIndex;
import dev.gomoddoctor.scan.ScanContext;
import dev.gomoddoctor.scan.ScanOptions;
import dev.gomoddoctor.scan.SharedFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gomod-doctor verify [PATH]}: hash the module cache as {@code go mod verify} does, and against go.sum. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = {
        "Verify the module cache: the zips and extracted trees of the project's build list against their",
        ".ziphash files (what `go mod verify` does) and against the project's go.sum (which it does not)."},
    footer = {
        "",
        "Exit codes: 0 all verified; 1 mismatches; 2 usage error; 3 incomplete (a cache file could not be read)."
    })
public final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
      description = "The Go project whose build list and go.sum to use (default: ${DEFAULT-VALUE}).")
  String path;

  @Option(names = "--all", description = "Verify every module version in the cache, not just the build list.")
  boolean all;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--modcache", paramLabel = "DIR",
      description = "The module cache to verify (default: the effective GOMODCACHE, as `go env GOMODCACHE`).")
  Path modcache;

  @Option(names = {"-j", "--threads"}, paramLabel = "N",
      description = "Modules verified at once (default: the number of CPUs, as go mod verify).")
  Integer threads;

  @Option(names = "--no-progress", description = "No progress bar on stderr (it shows only on a terminal anyway).")
  boolean noProgress;

  private final Map<String, String> environment;

  public VerifyCommand() {
    this(System.getenv());
  }

  VerifyCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (!format.equals("text") && !format.equals("json")) {
      return usage(err, "--format must be text or json, not '" + format + "'");
    }
    if (threads != null && threads < 1) {
      return usage(err, "--threads must be at least 1");
    }
    Path root = Path.of(path);
    if (!Files.isDirectory(root)) {
      return usage(err, "not a directory: " + path);
    }
    VerifyPlan plan;
    try {
      ScanContext ctx = new ScanContext(root, FileIndex.walk(root, java.util.List.of()), Config.defaults(),
          ScanOptions.defaults(environment), new SharedFacts());
      plan = VerifyPlan.of(ctx, all, Optional.ofNullable(modcache));
      if (!all && ctx.files().named("go.mod").isEmpty()) {
        err.println("gomod-doctor verify: no go.mod in " + path + ": no build list to verify (--all verifies the whole cache)");
      }
    } catch (IOException e) {
      err.println("gomod-doctor verify: cannot read " + path + ": " + e.getMessage());
      return ExitCodes.INCOMPLETE;
    }
    for (String u : plan.unreadable()) {
      err.println("gomod-doctor verify: cannot read " + u);
    }
    if (plan.modcache().isEmpty()) {
      err.println("gomod-doctor verify: " + plan.whyNoCache());
      return ExitCodes.INCOMPLETE;
    }
    String scope = all ? "all" : "build-list";
    CacheVerifier verifier = new CacheVerifier(plan.modcache().get(),
        threads != null ? threads : CacheVerifier.defaultThreads());
    ProgressBar bar = ProgressBar.onStderr("verifying", !noProgress);
    VerifyResult result;
    try {
      result = verifier.verify(plan.modules(), plan.sums(), bar);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.INCOMPLETE;
    } finally {
      bar.finish();
    }
    try {
      if (format.equals("json")) {
        VerifyResultRenderer.json(result, scope, Version.get(), out);
      } else {
        VerifyResultRenderer.text(result, scope, out);
      }
      out.flush();
    } catch (IOException e) {
      err.println("gomod-doctor verify: cannot write the result: " + e.getMessage());
      return ExitCodes.INCOMPLETE;
    }
    // as for scan: an incomplete run says so first, whatever it found in the part it could read
    if (result.incomplete() || !plan.unreadable().isEmpty()) {
      return ExitCodes.INCOMPLETE;
    }
    return result.mismatches().isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
  }

  private static int usage(PrintWriter err, String message) {
    err.println("gomod-doctor verify: " + message);
    return ExitCodes.USAGE;
  }
}
