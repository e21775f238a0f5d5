package dev.gomoddoctor.goenv.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GOVCS ({@code cmd/go/internal/vcs}, parseGOVCS and allow): comma-separated
 * {@code pattern:vcs|vcs} rules, each trimmed; {@code public}, {@code private} or a
 * MatchPrefixPatterns glob; the default {@code private:all,public:git|hg} is appended.
 *
 * @param rules the user's rules followed by the default ones
 * @param error Go's error text, "" when it parses
 */
public record GoVcs(List<Rule> rules, String error) {

  public record Rule(String pattern, List<String> allowed) {}

  private static final List<Rule> DEFAULT = List.of(
      new Rule("private", List.of("all")), new Rule("public", List.of("git", "hg")));

  public GoVcs {
    rules = List.copyOf(rules);
    error = error == null ? "" : error;
  }

  public static GoVcs parse(String govcs) {
    String s = GoStrings.trimSpace(govcs);
    List<Rule> rules = new ArrayList<>();
    if (!s.isEmpty()) {
      Map<String, String> have = new HashMap<>();
      for (String raw : s.split(",", -1)) {
        String item = GoStrings.trimSpace(raw);
        if (item.isEmpty()) {
          return new GoVcs(DEFAULT, "empty entry in GOVCS");
        }
        int colon = item.indexOf(':');
        if (colon < 0) {
          return new GoVcs(DEFAULT, "malformed entry in GOVCS (missing colon): " + GoQuote.quote(item));
        }
        String pattern = GoStrings.trimSpace(item.substring(0, colon));
        String list = GoStrings.trimSpace(item.substring(colon + 1));
        if (pattern.isEmpty()) {
          return new GoVcs(DEFAULT, "empty pattern in GOVCS: " + GoQuote.quote(item));
        }
        if (list.isEmpty()) {
          return new GoVcs(DEFAULT, "empty VCS list in GOVCS: " + GoQuote.quote(item));
        }
        if (pattern.equals(".") || pattern.equals("..") || pattern.startsWith("./") || pattern.startsWith("../")) {
          return new GoVcs(DEFAULT, "relative pattern not allowed in GOVCS: " + GoQuote.quote(pattern));
        }
        String old = have.get(pattern);
        if (old != null) {
          return new GoVcs(DEFAULT, "unreachable pattern in GOVCS: " + GoQuote.quote(item) + " after " + GoQuote.quote(old));
        }
        have.put(pattern, item);
        List<String> allowed = new ArrayList<>();
        for (String a : list.split("\\|", -1)) {
          String t = GoStrings.trimSpace(a);
          if (t.isEmpty()) {
            return new GoVcs(DEFAULT, "empty VCS name in GOVCS: " + GoQuote.quote(item));
          }
          allowed.add(t);
        }
        rules.add(new Rule(pattern, List.copyOf(allowed)));
      }
    }
    rules.addAll(DEFAULT);
    return new GoVcs(rules, "");
  }

  /** Whether {@code vcs} may be used for a module path; the first matching rule decides. */
  public boolean allows(String modulePath, boolean isPrivate, String vcs) {
    if (vcs.equals("mod")) {
      return true; // the mod pseudo-VCS is always allowed
    }
    for (Rule r : rules) {
      boolean match = switch (r.pattern()) {
        case "private" -> isPrivate;
        case "public" -> !isPrivate;
        default -> PrefixPatterns.matches(r.pattern(), modulePath);
      };
      if (match) {
        return r.allowed().contains(vcs) || r.allowed().contains("all");
      }
    }
    return false;
  }

  /** Go's message when a VCS is refused. */
  public static String denied(String vcs, boolean isPrivate, String repoRoot) {
    return "GOVCS disallows using " + vcs + " for " + (isPrivate ? "private" : "public") + " " + repoRoot
        + "; see 'go help vcs'";
  }
}
