package dev.gomoddoctor.goenv.route;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials inside setting values, as GMD208 and GMD410 define them: user-info in a URL
 * ({@code https://user:token@host}, or a lone token as user name), or a well-known token prefix
 * ({@code ghp_}, {@code github_pat_}, {@code glpat-} and GitHub's other {@code gh?_} kinds).
 */
public final class Tokens {
  private Tokens() {}

  private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)([^/@\\s,|]+)@");
  private static final Pattern PREFIXED =
      Pattern.compile("(?:ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-)[A-Za-z0-9_\\-]{8,}");

  /** The secrets found in {@code value}: passwords of user-info, lone-token user names, prefixed tokens. */
  public static List<String> find(String value) {
    List<String> out = new ArrayList<>();
    Matcher m = USER_INFO.matcher(value);
    while (m.find()) {
      String ui = m.group(2);
      int colon = ui.indexOf(':');
      if (colon >= 0 && colon + 1 < ui.length()) {
        out.add(ui.substring(colon + 1));
      } else if (colon < 0 && !m.group(1).startsWith("ssh") && looksLikeToken(ui)) {
        out.add(ui);
      }
    }
    Matcher p = PREFIXED.matcher(value);
    while (p.find()) {
      if (!out.contains(p.group())) {
        out.add(p.group());
      }
    }
    return out;
  }

  /** A lone user name that is really a token (long, mixed) rather than a login like "git". */
  private static boolean looksLikeToken(String user) {
    return user.length() >= 20 || PREFIXED.matcher(user).lookingAt();
  }

  /** {@code value} with every found secret replaced by {@code xxxxx}, as Go's URL.Redacted does. */
  public static String redact(String value) {
    String out = value;
    for (String s : find(value)) {
      out = out.replace(s, "xxxxx");
    }
    return out;
  }
}
