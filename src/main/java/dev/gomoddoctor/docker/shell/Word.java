package dev.gomoddoctor.docker.shell;

import java.util.Set;

/**
 * One shell word after quote removal.
 *
 * @param raw the text as written (quotes included)
 * @param value the value with known variables expanded; unknown expansions stay as written
 * @param complete false when some expansion could not be resolved (unknown variable, command
 *     substitution)
 * @param refs names of the variables the word references
 */
public record Word(String raw, String value, boolean complete, Set<String> refs) {

  public Word {
    refs = Set.copyOf(refs);
  }

  public static Word literal(String s) {
    return new Word(s, s, true, Set.of());
  }

  @Override
  public String toString() {
    return value;
  }
}
