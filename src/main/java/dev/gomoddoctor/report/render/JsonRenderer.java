package dev.gomoddoctor.report.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gomoddoctor.report.CheckerRun;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Report;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleRegistry;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The stable JSON format documented in docs/json-format.md ({@code "schemaVersion": 1}). Written
 * with Jackson's streaming generator: no object mapping, so it stays cheap at start-up.
 */
public final class JsonRenderer implements Renderer {
  public static final int SCHEMA_VERSION = 1;

  @Override
  public void render(Report report, RuleRegistry registry, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", "gomod-doctor");
      g.writeStringField("version", report.toolVersion());
      g.writeEndObject();
      g.writeStringField("root", report.root());
      g.writeBooleanField("incomplete", report.incomplete());
      g.writeArrayFieldStart("findings");
      for (Finding f : report.findings()) {
        writeFinding(g, f);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("checkers");
      for (CheckerRun run : report.checkers()) {
        g.writeStartObject();
        g.writeStringField("name", run.name());
        g.writeStringField("status", run.status().label());
        g.writeNumberField("millis", run.millis());
        if (run.status() == CheckerRun.Status.SKIPPED && !run.detail().isEmpty()) {
          g.writeStringField("reason", run.detail());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      Map<Severity, Integer> counts = report.countsBySeverity();
      for (Severity s : Severity.values()) {
        g.writeNumberField(s.label(), counts.get(s));
      }
      g.writeNumberField("suppressed", report.suppressed());
      g.writeNumberField("elapsedMillis", report.elapsedMillis());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("rule", f.ruleName());
    g.writeStringField("severity", f.severity().label());
    g.writeStringField("message", f.message());
    g.writeStringField("hint", f.hint());
    Location l = f.location();
    g.writeObjectFieldStart("location");
    g.writeStringField("path", l.path());
    if (l.hasLine()) {
      g.writeNumberField("line", l.line());
      if (l.column() > 0) {
        g.writeNumberField("column", l.column());
      }
      if (l.hasEnd()) {
        g.writeNumberField("endLine", l.endLine());
        if (l.endColumn() > 0) {
          g.writeNumberField("endColumn", l.endColumn());
        }
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
