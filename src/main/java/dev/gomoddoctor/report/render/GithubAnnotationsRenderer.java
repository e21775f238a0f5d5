package dev.gomoddoctor.report.render;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Report;
import dev.gomoddoctor.rules.RuleRegistry;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…::message}): annotations on the
 * pull request without code scanning (which private repositories may not have).
 *
 * @param pathPrefix prepended to each path so annotations point at repository paths when the
 *     scan root is a subdirectory (empty when it is the repository root)
 */
public record GithubAnnotationsRenderer(String pathPrefix) implements Renderer {

  @Override
  public void render(Report report, RuleRegistry registry, Writer out) throws IOException {
    for (Finding f : report.findings()) {
      String command = switch (f.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case NOTE -> "notice";
      };
      Location l = f.location();
      StringBuilder sb = new StringBuilder("::").append(command).append(" file=")
          .append(property(pathPrefix + l.path()));
      if (l.hasLine()) {
        sb.append(",line=").append(l.line());
        if (l.column() > 0) {
          sb.append(",col=").append(l.column());
        }
        if (l.hasEnd()) {
          sb.append(",endLine=").append(l.endLine());
        }
      }
      sb.append(",title=").append(property(f.ruleId() + " " + f.ruleName()));
      String text = f.hint().isEmpty() ? f.message() : f.message() + "\nFix: " + f.hint();
      sb.append("::").append(data(text)).append('\n');
      out.write(sb.toString());
    }
    out.flush();
  }

  /** Escaping of a command's message, as the Actions runner expects it. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of a property value: also ':' and ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
