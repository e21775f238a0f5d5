package dev.gomoddoctor.goenv.credentials;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The host patterns of OpenSSH {@code known_hosts} files (sshd(8) "SSH_KNOWN_HOSTS FILE
 * FORMAT"): comma-separated patterns with {@code *}/{@code ?} wildcards and {@code !} negation,
 * {@code [host]:port} for non-standard ports, and hashed {@code |1|salt|hmac} names. Only the
 * question "would ssh find a key for this host" is answered; keys themselves are not checked.
 */
public record KnownHosts(List<List<String>> patternLines) {

  public KnownHosts {
    patternLines = patternLines.stream().map(List::copyOf).toList();
  }

  public static KnownHosts empty() {
    return new KnownHosts(List.of());
  }

  public static KnownHosts parse(String text) {
    List<List<String>> lines = new ArrayList<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("[ \\t]+");
      int i = 0;
      if (f[0].startsWith("@")) {
        if (f[0].equals("@revoked")) {
          continue; // a revoked key never lets ssh in
        }
        i = 1;
      }
      if (i < f.length && f.length - i >= 3) {
        lines.add(List.of(f[i].split(",")));
      }
    }
    return new KnownHosts(lines);
  }

  public KnownHosts plus(KnownHosts other) {
    List<List<String>> all = new ArrayList<>(patternLines);
    all.addAll(other.patternLines);
    return new KnownHosts(all);
  }

  /** True when some line's patterns match {@code host} (on {@code port}, 22 by default). */
  public boolean knows(String host, int port) {
    String h = host.toLowerCase(Locale.ROOT);
    String name = port == 22 ? h : "[" + h + "]:" + port;
    for (List<String> patterns : patternLines) {
      if (lineMatches(patterns, name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean lineMatches(List<String> patterns, String name) {
    boolean matched = false;
    for (String p : patterns) {
      if (p.startsWith("|1|")) {
        if (hashedMatches(p, name)) {
          matched = true;
        }
        continue;
      }
      boolean negated = p.startsWith("!");
      String pat = (negated ? p.substring(1) : p).toLowerCase(Locale.ROOT);
      if (wildcard(pat, 0, name, 0)) {
        if (negated) {
          return false;
        }
        matched = true;
      }
    }
    return matched;
  }

  private static boolean hashedMatches(String entry, String name) {
    String[] parts = entry.split("\\|");
    // "|1|salt|hash" splits into "", "1", salt, hash
    if (parts.length != 4) {
      return false;
    }
    try {
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(salt, "HmacSHA1"));
      byte[] actual = mac.doFinal(name.getBytes(StandardCharsets.UTF_8));
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false;
    }
  }

  private static boolean wildcard(String p, int pi, String s, int si) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        for (int k = si; k <= s.length(); k++) {
          if (wildcard(p, pi + 1, s, k)) {
            return true;
          }
        }
        return false;
      }
      if (si >= s.length() || (c != '?' && c != s.charAt(si))) {
        return false;
      }
      pi++;
      si++;
    }
    return si == s.length();
  }
}
