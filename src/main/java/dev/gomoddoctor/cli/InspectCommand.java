package dev.gomoddoctor.cli;

import dev.gomoddoctor.inspect.InspectRenderer;
import dev.gomoddoctor.inspect.Inspection;
import dev.gomoddoctor.inspect.Inspector;
import dev.gomoddoctor.inspect.Inspectors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gomod-doctor inspect FILE}: prints how the doctor understood one file. Exit 0 when the
 * file parses, 1 when the file's own tool would reject it (the errors go to stderr, positioned
 * as that tool positions them), 2 for usage problems (unknown type, unreadable file).
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
        "Shows how the doctor understood a go.mod, go.work, Dockerfile or .dockerignore file.",
        "--format json matches 'go mod edit -json' / 'go work edit -json' field for field;",
        "for Dockerfiles --format ast prints BuildKit's AST dump.",
        "Exit codes: 0 parsed, 1 the file is rejected (errors on stderr), 2 usage error."})
public final class InspectCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "the file to inspect")
  Path file;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json, or ast for Dockerfiles (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "the file's kind when its name does not tell: go.mod, go.work, Dockerfile, .dockerignore")
  String type;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json") && !format.equals("ast")) {
      err.println("gomod-doctor inspect: unknown --format '" + format + "' (text, json or ast)");
      return 2;
    }
    Inspectors inspectors = Inspectors.standard();
    Optional<Inspector> inspector = type != null
        ? inspectors.byType(type)
        : inspectors.byFileName(file.getFileName() == null ? "" : file.getFileName().toString());
    if (inspector.isEmpty()) {
      err.println("gomod-doctor inspect: " + (type != null ? "unknown --type '" + type + "'"
          : "cannot tell what kind of file " + file + " is; use --type")
          + " (types: " + String.join(", ", inspectors.typeNames()) + ")");
      return 2;
    }
    if (!inspector.get().formats().contains(format)) {
      err.println("gomod-doctor inspect: --format " + format + " is not available for "
          + inspector.get().typeNames().get(0) + " (" + String.join(", ", inspector.get().formats()) + ")");
      return 2;
    }
    String text;
    try {
      // malformed UTF-8 becomes U+FFFD, as Go's decoder yields RuneError for it
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("gomod-doctor inspect: cannot read " + file + ": " + e.getMessage());
      return 2;
    }
    Inspection result = inspector.get().inspect(file.toString(), text, format);
    if (result.rejected()) {
      err.println(result.errorHeader());
      result.errors().forEach(err::println);
      err.flush();
      return 1;
    }
    out.print(format.equals("json") ? InspectRenderer.json(result) : result.text());
    out.flush();
    return 0;
  }
}
