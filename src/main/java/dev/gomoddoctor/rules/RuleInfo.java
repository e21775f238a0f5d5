package dev.gomoddoctor.rules;

import dev.gomoddoctor.report.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, declared on the rule's own class next to its logic. {@code rules},
 * {@code explain}, SARIF {@code rules[]} and {@code docs/rules/GMDnnn.md} are all generated from
 * this one declaration.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable code from the catalogue, e.g. {@code GMD103}. Never reused or renumbered. */
  String code();

  /** Kebab-case name, e.g. {@code go-sum-missing-entry}. */
  String name();

  Severity severity();

  /** One line: what is wrong. */
  String summary();

  /**
   * The full explanation in Markdown: why it breaks, what Go/Docker prints (verbatim where known,
   * so users find the rule by the message), the fix, and the look-alikes that stay quiet.
   */
  String help();

  /** Free-form tags for SARIF {@code properties.tags} and {@code --enable/--disable}. */
  String[] tags() default {};

  /**
   * GitHub's {@code security-severity} (a number from 0.0 to 10.0 as a string) for rules about
   * security; empty for the others.
   */
  String securitySeverity() default "";
}
