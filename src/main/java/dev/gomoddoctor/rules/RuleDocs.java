package dev.gomoddoctor.rules;

import java.util.List;

/**
 * Renders the Markdown help pages ({@code docs/rules/GMDnnn.md}) and their index from the
 * {@link RuleInfo} declarations, so a rule's documentation is never written twice.
 */
public final class RuleDocs {
  private RuleDocs() {}

  /** The page of one rule: heading, metadata table, then the rule's own help text. */
  public static String page(RuleMeta rule) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(rule.code()).append(' ').append(rule.name()).append("\n\n");
    sb.append("<!-- Generated from @RuleInfo on the rule's class; edit it there. -->\n\n");
    sb.append("| | |\n|---|---|\n");
    sb.append("| Code | `").append(rule.code()).append("` |\n");
    sb.append("| Name | `").append(rule.name()).append("` |\n");
    sb.append("| Default severity | ").append(rule.severity().label()).append(" |\n");
    sb.append("| Checker | ").append(rule.group()).append(" |\n");
    if (!rule.tags().isEmpty()) {
      sb.append("| Tags | ").append(String.join(", ", rule.tags())).append(" |\n");
    }
    if (rule.isSecurity()) {
      sb.append("| Security severity | ").append(rule.securitySeverity()).append(" |\n");
    }
    sb.append('\n').append(rule.summary().substring(0, 1).toUpperCase(java.util.Locale.ROOT))
        .append(rule.summary().substring(1)).append(".\n\n");
    sb.append(rule.help()).append("\n\n");
    sb.append("Turn it off with `--disable ").append(rule.code())
        .append("` or `rules: {").append(rule.code()).append(": off}` in `.gomod-doctor.yaml`.\n");
    return sb.toString();
  }

  /** {@code docs/rules/README.md}: the index of every rule. */
  public static String index(List<RuleMeta> rules) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Rules\n\n");
    sb.append("<!-- Generated from the @RuleInfo declarations; do not edit. -->\n\n");
    sb.append("Every rule has a stable code, a name, and a default severity. `gomod-doctor rules` lists\n");
    sb.append("them, `gomod-doctor explain CODE` prints a page. Change a severity or turn a rule off\n");
    sb.append("in `.gomod-doctor.yaml` (see [configuration](../configuration.md)).\n\n");
    sb.append("| Code | Name | Severity | Checker | Summary |\n|---|---|---|---|---|\n");
    for (RuleMeta r : rules) {
      sb.append("| [").append(r.code()).append("](").append(r.code()).append(".md) | `")
          .append(r.name()).append("` | ").append(r.severity().label()).append(" | ")
          .append(r.group()).append(" | ").append(r.summary().replace("|", "\\|")).append(" |\n");
    }
    return sb.toString();
  }
}
