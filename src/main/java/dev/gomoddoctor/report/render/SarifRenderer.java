package dev.gomoddoctor.report.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gomoddoctor.report.CheckerRun;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Report;
import dev.gomoddoctor.rules.RuleMeta;
import dev.gomoddoctor.rules.RuleRegistry;
import java.io.IOException;
import java.io.Writer;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one driver with the full {@code rules[]}
 * (generated from the same @RuleInfo declarations as the docs), results with relative URIs under
 * {@code %SRCROOT%}. No {@code partialFingerprints}: GitHub's upload action computes them with
 * its own algorithm, and a different value would only produce duplicate alerts.
 *
 * @param rootUri the scan root as an absolute {@code file:} URI ending in {@code /}
 * @param category the {@code automationDetails.id} category (GitHub ignores the workflow's
 *     {@code category:} when the tool sets one)
 */
public record SarifRenderer(String rootUri, String category) implements Renderer {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String INFORMATION_URI = "https://github.com/gomod-doctor/gomod-doctor";
  private static final String SRCROOT = "%SRCROOT%";

  @Override
  public void render(Report report, RuleRegistry registry, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      writeTool(g, report, registry);
      g.writeObjectFieldStart("automationDetails");
      g.writeStringField("id", category + "/");
      g.writeEndObject();
      g.writeObjectFieldStart("originalUriBaseIds");
      g.writeObjectFieldStart(SRCROOT);
      g.writeStringField("uri", rootUri);
      g.writeEndObject();
      g.writeEndObject();
      writeInvocation(g, report);
      g.writeArrayFieldStart("results");
      for (Finding f : report.findings()) {
        writeResult(g, f, registry);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void writeTool(JsonGenerator g, Report report, RuleRegistry registry) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "gomod-doctor");
    g.writeStringField("version", report.toolVersion());
    g.writeStringField("semanticVersion", report.toolVersion());
    g.writeStringField("informationUri", INFORMATION_URI);
    g.writeArrayFieldStart("rules");
    for (RuleMeta r : registry.all()) {
      writeRule(g, r);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeRule(JsonGenerator g, RuleMeta r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.code());
    g.writeStringField("name", r.name());
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", r.summary());
    g.writeEndObject();
    g.writeObjectFieldStart("fullDescription");
    g.writeStringField("text", firstParagraph(r.help()));
    g.writeEndObject();
    g.writeObjectFieldStart("help");
    g.writeStringField("text", r.help());
    g.writeStringField("markdown", r.help());
    g.writeEndObject();
    g.writeStringField("helpUri", r.helpUri());
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", r.severity().sarifLevel());
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeArrayFieldStart("tags");
    g.writeString(r.group());
    for (String t : r.tags()) {
      if (!t.equals(r.group())) {
        g.writeString(t);
      }
    }
    if (r.isSecurity() && !r.tags().contains("security")) {
      g.writeString("security");
    }
    g.writeEndArray();
    g.writeStringField("precision", "high");
    if (r.isSecurity()) {
      g.writeStringField("security-severity", r.securitySeverity());
    } else {
      g.writeStringField("problem.severity", switch (r.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case NOTE -> "recommendation";
      });
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeInvocation(JsonGenerator g, Report report) throws IOException {
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", !report.incomplete());
    boolean anyFailed = report.checkers().stream().anyMatch(c -> c.status() == CheckerRun.Status.FAILED);
    if (anyFailed) {
      g.writeArrayFieldStart("toolExecutionNotifications");
      for (CheckerRun run : report.checkers()) {
        if (run.status() == CheckerRun.Status.FAILED) {
          g.writeStartObject();
          g.writeStringField("level", "error");
          g.writeObjectFieldStart("message");
          g.writeStringField("text", "checker '" + run.name() + "' failed");
          g.writeEndObject();
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void writeResult(JsonGenerator g, Finding f, RuleRegistry registry) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    int index = registry.indexOf(f.ruleId());
    if (index >= 0) {
      g.writeNumberField("ruleIndex", index);
    }
    g.writeStringField("level", f.severity().sarifLevel());
    g.writeObjectFieldStart("message");
    g.writeStringField("text", f.hint().isEmpty() ? f.message() : f.message() + "\nFix: " + f.hint());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    Location l = f.location();
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uriPath(l.path()));
    g.writeStringField("uriBaseId", SRCROOT);
    g.writeEndObject();
    // GitHub needs a start line; a finding about a whole file points at its first line.
    int startLine = l.hasLine() ? l.line() : 1;
    int startColumn = l.column() > 0 ? l.column() : 1;
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", startLine);
    g.writeNumberField("startColumn", startColumn);
    if (l.hasEnd()) {
      g.writeNumberField("endLine", l.endLine());
      if (l.endColumn() > 0) {
        g.writeNumberField("endColumn", l.endColumn());
      }
    } else {
      g.writeNumberField("endLine", startLine);
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    g.writeStringField("rule", f.ruleName());
    if (!f.hint().isEmpty()) {
      g.writeStringField("hint", f.hint());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A relative path as a URI reference: percent-encode what a URI cannot hold. */
  static String uriPath(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0;
      if (safe) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }

  private static String firstParagraph(String help) {
    int blank = help.indexOf("\n\n");
    String p = blank < 0 ? help : help.substring(0, blank);
    return p.replace('\n', ' ').strip();
  }
}
