package dev.gomoddoctor.report.render;

import dev.gomoddoctor.report.Report;
import dev.gomoddoctor.rules.RuleRegistry;
import java.io.IOException;
import java.io.Writer;

/** Turns a report into one output format. Renderers only read the report. */
public interface Renderer {

  void render(Report report, RuleRegistry registry, Writer out) throws IOException;
}
