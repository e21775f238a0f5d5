package dev.gomoddoctor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: implemented by its checker's issue. */
@Command(name = "inspect", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class InspectCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("gomod-doctor inspect: not implemented yet");
    return 2;
  }
}
