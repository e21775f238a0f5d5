package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.EnvironmentFacts;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.FindingSink;

/** A rule about the effective Go environment itself (GMD200, GMD205, GMD206, GMD209). */
public interface EnvironmentRule extends Rule {
  void check(EnvironmentFacts facts, FindingSink sink);
}
