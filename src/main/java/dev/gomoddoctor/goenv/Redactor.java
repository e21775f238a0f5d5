package dev.gomoddoctor.goenv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from any text before it is printed: passwords in URL user-info
 * ({@code https://user:token@host} -> {@code https://user:xxxxx@host}), a lone token used as the
 * user name ({@code https://ghp_…@github.com}), well-known credential prefixes ({@code ghp_},
 * {@code github_pat_}, {@code glpat-}, …), and any literal secret it was told about (e.g. the
 * passwords of a .netrc). One shared redactor: renderers, messages and the {@code env} command all
 * use it, so no output format leaks what another hides.
 */
public final class Redactor {
  /** What a removed secret is shown as, as Go's URL.Redacted() does. */
  public static final String MASK = "xxxxx";

  private static final Pattern URL_PASSWORD =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*://)([^/?#\\s@:]*):([^/?#\\s]*)@");
  private static final Pattern URL_LONE_USER = Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*://)([^/?#\\s@:]+)@");
  private static final Pattern TOKEN = Pattern.compile(
      "\\b(ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|gldt-|xox[baprs]-)[A-Za-z0-9_\\-]{6,}");

  private static final Redactor PATTERNS_ONLY = new Redactor(List.of());

  private final List<String> secrets;

  private Redactor(Collection<String> secrets) {
    List<String> s = new ArrayList<>();
    for (String x : secrets) {
      // very short "secrets" would mask ordinary words; URL and prefix patterns still apply
      if (x != null && x.length() >= 4 && !x.equals(MASK)) {
        s.add(x);
      }
    }
    s.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = List.copyOf(s);
  }

  /** A redactor that knows only the patterns. */
  public static Redactor patterns() {
    return PATTERNS_ONLY;
  }

  /** A redactor that also masks these literal secrets wherever they appear. */
  public static Redactor withSecrets(Collection<String> secrets) {
    return new Redactor(secrets);
  }

  /** The same redactor, also masking {@code more}. */
  public Redactor and(Collection<String> more) {
    List<String> all = new ArrayList<>(secrets);
    all.addAll(more);
    return new Redactor(all);
  }

  /** The text with every secret replaced by {@link #MASK}. */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, MASK);
    }
    Matcher m = URL_PASSWORD.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement = m.group(1) + m.group(2) + ":" + MASK + "@";
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    out = sb.toString();
    m = URL_LONE_USER.matcher(out);
    sb = new StringBuilder();
    while (m.find()) {
      String user = m.group(2);
      String replacement = looksLikeToken(user) ? m.group(1) + MASK + "@" : m.group(0);
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    out = sb.toString();
    return TOKEN.matcher(out).replaceAll(MASK);
  }

  /** True when {@code text} holds something this redactor would hide. */
  public boolean hasSecret(String text) {
    return text != null && !redact(text).equals(text);
  }

  /**
   * A user name that is really a credential: a known token prefix, or a long random-looking
   * string (letters and digits mixed, 20+ characters); {@code git} or {@code oauth2} are not.
   */
  static boolean looksLikeToken(String user) {
    if (TOKEN.matcher(user).find()) {
      return true;
    }
    if (user.length() < 20 || user.equals(MASK)) {
      return false;
    }
    boolean letters = user.chars().anyMatch(Character::isLetter);
    boolean digits = user.chars().anyMatch(Character::isDigit);
    return letters && digits;
  }
}
