package dev.gomoddoctor.scan;

import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleMeta;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which rules run and at what severity, from the configuration's {@code rules:} map and the
 * command line's {@code --enable}/{@code --disable}. Each selector is a code, a name, a group
 * (checker name) or a tag.
 *
 * <p>Order of precedence: with any {@code --enable}, only the rules it names run; otherwise every
 * rule not turned {@code off} in the configuration runs. {@code --disable} then removes rules. A
 * rule named explicitly by {@code --enable} runs even when the configuration turns it off.
 */
public record RuleSelection(Map<String, Config.RuleLevel> configured, List<String> enable, List<String> disable) {

  public RuleSelection {
    configured = Map.copyOf(configured);
    enable = List.copyOf(enable);
    disable = List.copyOf(disable);
  }

  public static RuleSelection all() {
    return new RuleSelection(Map.of(), List.of(), List.of());
  }

  public boolean isEnabled(RuleMeta rule) {
    if (disable.stream().anyMatch(s -> selects(s, rule))) {
      return false;
    }
    if (!enable.isEmpty()) {
      return enable.stream().anyMatch(s -> selects(s, rule));
    }
    return configuredLevel(rule).map(l -> l != Config.RuleLevel.OFF).orElse(true);
  }

  /** The severity a finding of this rule is reported at: the configured one, else the rule's. */
  public Severity severityFor(RuleMeta rule, Severity proposed) {
    return configuredLevel(rule)
        .filter(l -> l != Config.RuleLevel.OFF)
        .map(l -> Severity.valueOf(l.name()))
        .orElse(proposed);
  }

  private Optional<Config.RuleLevel> configuredLevel(RuleMeta rule) {
    Config.RuleLevel l = configured.get(rule.code());
    if (l == null) {
      l = configured.get(rule.name());
    }
    return Optional.ofNullable(l);
  }

  static boolean selects(String selector, RuleMeta rule) {
    return selector.equalsIgnoreCase(rule.code())
        || selector.equals(rule.name())
        || selector.equals(rule.group())
        || rule.tags().contains(selector);
  }
}
