package dev.gomoddoctor.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gomoddoctor.rules.RuleMeta;
import dev.gomoddoctor.scan.Checkers;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gomod-doctor rules}: every rule with code, name, default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "List every rule: code, name, default severity, checker and summary.")
public final class RulesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
  String format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<RuleMeta> rules = Checkers.standardRegistry().all();
    switch (format) {
      case "text" -> {
        for (RuleMeta r : rules) {
          out.printf(Locale.ROOT, "%s  %-38s %-7s %-6s %s%n", r.code(), r.name(), r.severity().label(), r.group(), r.summary());
        }
      }
      case "json" -> {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          g.useDefaultPrettyPrinter();
          g.writeStartArray();
          for (RuleMeta r : rules) {
            g.writeStartObject();
            g.writeStringField("code", r.code());
            g.writeStringField("name", r.name());
            g.writeStringField("severity", r.severity().label());
            g.writeStringField("group", r.group());
            g.writeStringField("summary", r.summary());
            g.writeArrayFieldStart("tags");
            for (String t : r.tags()) {
              g.writeString(t);
            }
            g.writeEndArray();
            if (r.isSecurity()) {
              g.writeStringField("securitySeverity", r.securitySeverity());
            }
            g.writeStringField("helpUri", r.helpUri());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        out.println();
      }
      default -> {
        spec.commandLine().getErr().println("gomod-doctor rules: --format must be text or json, not '" + format + "'");
        return ExitCodes.USAGE;
      }
    }
    out.flush();
    return ExitCodes.CLEAN;
  }
}
