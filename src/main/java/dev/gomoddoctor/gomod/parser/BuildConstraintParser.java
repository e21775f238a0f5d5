package dev.gomoddoctor.gomod.parser;

import dev.gomoddoctor.gomod.model.BuildConstraint;
import java.util.Optional;

/**
 * Parses {@code //go:build} expressions ({@code ||}, {@code &&}, {@code !}, parentheses, tags) and
 * the older {@code // +build} line syntax (space = or, comma = and, {@code !} = not). A line that
 * does not parse yields empty: the file then counts as unconstrained, which keeps rules quiet
 * rather than guessing.
 */
public final class BuildConstraintParser {
  private final String s;
  private int pos;

  private BuildConstraintParser(String s) {
    this.s = s;
  }

  public static Optional<BuildConstraint> parseGoBuild(String expr) {
    BuildConstraintParser p = new BuildConstraintParser(expr);
    try {
      BuildConstraint c = p.or();
      p.skip();
      return p.pos == p.s.length() ? Optional.of(c) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static Optional<BuildConstraint> parsePlusBuild(String line) {
    BuildConstraint result = null;
    for (String option : GoText.fields(line)) {
      BuildConstraint clause = null;
      for (String term : option.split(",", -1)) {
        boolean not = term.startsWith("!");
        String tag = not ? term.substring(1) : term;
        if (!isTag(tag)) {
          return Optional.empty();
        }
        BuildConstraint t = new BuildConstraint.Tag(tag);
        if (not) {
          t = new BuildConstraint.Not(t);
        }
        clause = clause == null ? t : new BuildConstraint.And(clause, t);
      }
      result = result == null ? clause : new BuildConstraint.Or(result, clause);
    }
    return Optional.ofNullable(result);
  }

  private static boolean isTag(String t) {
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private BuildConstraint or() {
    BuildConstraint x = and();
    while (true) {
      skip();
      if (s.startsWith("||", pos)) {
        pos += 2;
        x = new BuildConstraint.Or(x, and());
      } else {
        return x;
      }
    }
  }

  private BuildConstraint and() {
    BuildConstraint x = not();
    while (true) {
      skip();
      if (s.startsWith("&&", pos)) {
        pos += 2;
        x = new BuildConstraint.And(x, not());
      } else {
        return x;
      }
    }
  }

  private BuildConstraint not() {
    skip();
    if (pos < s.length() && s.charAt(pos) == '!') {
      pos++;
      return new BuildConstraint.Not(not());
    }
    if (pos < s.length() && s.charAt(pos) == '(') {
      pos++;
      BuildConstraint x = or();
      skip();
      if (pos >= s.length() || s.charAt(pos) != ')') {
        throw new IllegalArgumentException("missing )");
      }
      pos++;
      return x;
    }
    int start = pos;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
        pos++;
      } else {
        break;
      }
    }
    if (pos == start) {
      throw new IllegalArgumentException("expected tag");
    }
    return new BuildConstraint.Tag(s.substring(start, pos));
  }

  private void skip() {
    while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
      pos++;
    }
  }

}
