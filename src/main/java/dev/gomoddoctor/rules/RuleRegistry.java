package dev.gomoddoctor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every known rule, in code order, looked up by code or name. Built from an explicit list
 * (no classpath scanning, so start-up stays fast and the set is visible in the source).
 */
public final class RuleRegistry {
  private final List<RuleMeta> rules;
  private final Map<String, RuleMeta> byKey = new LinkedHashMap<>();

  public RuleRegistry(Collection<? extends Rule> rules) {
    List<RuleMeta> metas = new ArrayList<>();
    for (Rule r : rules) {
      RuleMeta m = r.meta();
      if (byKey.putIfAbsent(m.code(), m) != null) {
        throw new IllegalStateException("duplicate rule code " + m.code());
      }
      if (byKey.putIfAbsent(m.name(), m) != null) {
        throw new IllegalStateException("duplicate rule name " + m.name());
      }
      metas.add(m);
    }
    metas.sort(java.util.Comparator.comparing(RuleMeta::code));
    this.rules = List.copyOf(metas);
  }

  public List<RuleMeta> all() {
    return rules;
  }

  /** Finds a rule by code ({@code GMD103}, case-insensitive) or name ({@code go-sum-missing-entry}). */
  public Optional<RuleMeta> find(String codeOrName) {
    RuleMeta m = byKey.get(codeOrName);
    if (m == null) {
      m = byKey.get(codeOrName.toUpperCase(java.util.Locale.ROOT));
    }
    return Optional.ofNullable(m);
  }

  public int indexOf(String code) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /** True when {@code word} names a group (checker) or a tag of some rule. */
  public boolean isGroup(String word) {
    return rules.stream().anyMatch(m -> m.group().equals(word) || m.tags().contains(word));
  }
}
