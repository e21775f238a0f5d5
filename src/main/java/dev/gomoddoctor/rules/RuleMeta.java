package dev.gomoddoctor.rules;

import dev.gomoddoctor.report.Severity;
import java.util.List;
import java.util.Objects;

/**
 * The metadata of one rule, read from its {@link RuleInfo} annotation.
 *
 * @param group the checker the rule belongs to ({@code gomod}, {@code goenv}, {@code cache},
 *     {@code docker}, {@code doctor}); usable in {@code --enable/--disable}
 */
public record RuleMeta(
    String code,
    String name,
    Severity severity,
    String summary,
    String help,
    List<String> tags,
    String securitySeverity,
    String group) {

  public static final String DOCS_BASE =
      "https://github.com/gomod-doctor/gomod-doctor/blob/main/docs/rules/";

  public RuleMeta {
    Objects.requireNonNull(code);
    Objects.requireNonNull(name);
    tags = List.copyOf(tags);
  }

  public static RuleMeta of(Class<? extends Rule> type) {
    RuleInfo info = type.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(type.getName() + " lacks @RuleInfo");
    }
    return new RuleMeta(
        info.code(),
        info.name(),
        info.severity(),
        info.summary(),
        info.help().strip(),
        List.of(info.tags()),
        info.securitySeverity(),
        groupOf(type));
  }

  /** The group is the checker package the rule lives in: dev.gomoddoctor.gomod.rules -> gomod. */
  private static String groupOf(Class<?> type) {
    String pkg = type.getPackageName();
    String prefix = "dev.gomoddoctor.";
    if (pkg.startsWith(prefix)) {
      String rest = pkg.substring(prefix.length());
      int dot = rest.indexOf('.');
      String first = dot < 0 ? rest : rest.substring(0, dot);
      return first.equals("scan") ? "doctor" : first;
    }
    return "doctor";
  }

  public String helpUri() {
    return DOCS_BASE + code + ".md";
  }

  public boolean isSecurity() {
    return !securitySeverity.isEmpty();
  }
}
