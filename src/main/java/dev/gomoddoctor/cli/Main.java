package dev.gomoddoctor.cli;

import dev.gomoddoctor.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gomod-doctor} command: dispatches to the subcommands. */
@Command(
    name = "gomod-doctor",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Finds what breaks Go module builds in Docker images, VMs and CI, before the build.",
    subcommands = {
      ScanCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      InspectCommand.class,
      EnvCommand.class,
      VerifyCommand.class
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this instead of main). */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler((ex, cmd, parsed) -> {
          // 1 means "findings" to CI, so an unexpected crash must not reuse it
          cmd.getErr().println("gomod-doctor: internal error: " + ex);
          ex.printStackTrace(cmd.getErr());
          return 3;
        })
        .execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"gomod-doctor " + Version.get()};
    }
  }
}
