package dev.gomoddoctor.rules;

/**
 * A rule. Each implementation is one small class annotated with {@link RuleInfo}; the
 * domain-specific logic lives in a sub-interface of its checker package (for example a rule that
 * looks at parsed module files). This interface only carries the metadata.
 */
public interface Rule {

  default RuleMeta meta() {
    return RuleMeta.of(getClass());
  }
}
