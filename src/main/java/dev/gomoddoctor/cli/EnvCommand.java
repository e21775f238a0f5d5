package dev.gomoddoctor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: implemented by its checker's issue. */
@Command(name = "env", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class EnvCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("gomod-doctor env: not implemented yet");
    return 2;
  }
}
