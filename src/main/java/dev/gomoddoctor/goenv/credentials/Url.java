package dev.gomoddoctor.goenv.credentials;

import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a git remote or config URL that credential matching needs: {@code
 * scheme://[user[:pass]@]host[:port][/path]}, or scp-like {@code user@host:path} (ssh). git's
 * {@code urlmatch} rules decide whether a {@code credential.<url>} or {@code http.<url>} section
 * applies: same scheme, same host (a {@code *} component matches one host component), same
 * port, a path prefix ending at a {@code /}, and the same user when the pattern names one.
 */
record Url(String scheme, String userInfo, String host, int port, String path) {

  static Optional<Url> parse(String raw) {
    int sep = raw.indexOf("://");
    if (sep <= 0) {
      return parseScp(raw);
    }
    String scheme = raw.substring(0, sep).toLowerCase(Locale.ROOT);
    if (!scheme.matches("[a-z][a-z0-9+.-]*")) {
      return Optional.empty();
    }
    String rest = raw.substring(sep + 3);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash + 1);
    String userInfo = "";
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      userInfo = authority.substring(0, at);
      authority = authority.substring(at + 1);
    }
    int port = 0;
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && !authority.endsWith("]")) {
      try {
        port = Integer.parseInt(authority.substring(colon + 1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      authority = authority.substring(0, colon);
    }
    if (authority.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Url(scheme, userInfo, authority.toLowerCase(Locale.ROOT), port, path));
  }

  /** git's scp-like syntax: {@code [user@]host:path}, with no slash before the colon. */
  private static Optional<Url> parseScp(String raw) {
    int colon = raw.indexOf(':');
    if (colon <= 0 || raw.substring(0, colon).contains("/")) {
      return Optional.empty();
    }
    String authority = raw.substring(0, colon);
    String userInfo = "";
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      userInfo = authority.substring(0, at);
      authority = authority.substring(at + 1);
    }
    if (authority.isEmpty() || !authority.matches("[A-Za-z0-9.\\-\\[\\]]+")) {
      return Optional.empty();
    }
    return Optional.of(new Url("ssh", userInfo, authority.toLowerCase(Locale.ROOT), 0, raw.substring(colon + 1)));
  }

  boolean isSsh() {
    return scheme.equals("ssh") || scheme.equals("git+ssh") || scheme.equals("ssh+git");
  }

  int effectivePort() {
    if (port > 0) {
      return port;
    }
    return switch (scheme) {
      case "https" -> 443;
      case "http" -> 80;
      case "ssh", "git+ssh", "ssh+git" -> 22;
      default -> 0;
    };
  }

  /** Whether this (pattern) URL applies to {@code target}, by git's urlmatch rules. */
  boolean covers(Url target) {
    if (!scheme.equals(target.scheme) || effectivePort() != target.effectivePort()) {
      return false;
    }
    if (!hostMatches(host, target.host)) {
      return false;
    }
    String user = userInfo.contains(":") ? userInfo.substring(0, userInfo.indexOf(':')) : userInfo;
    String targetUser = target.userInfo.contains(":")
        ? target.userInfo.substring(0, target.userInfo.indexOf(':')) : target.userInfo;
    if (!user.isEmpty() && !user.equals(targetUser)) {
      return false;
    }
    String p = stripSlashes(path);
    String t = stripSlashes(target.path);
    return p.isEmpty() || t.equals(p) || t.startsWith(p + "/");
  }

  private static boolean hostMatches(String pattern, String host) {
    String[] p = pattern.split("\\.", -1);
    String[] h = host.split("\\.", -1);
    if (p.length != h.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (!p[i].equals("*") && !p[i].equals(h[i])) {
        return false;
      }
    }
    return true;
  }

  private static String stripSlashes(String s) {
    String out = s;
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    while (out.startsWith("/")) {
      out = out.substring(1);
    }
    return out;
  }

  /** The URL with any password (or a lone token user name on http[s]) replaced by xxxxx. */
  static String redact(String raw) {
    Optional<Url> u = parse(raw);
    if (u.isEmpty() || u.get().userInfo.isEmpty()) {
      return raw;
    }
    String ui = u.get().userInfo;
    String safe;
    if (ui.contains(":")) {
      safe = ui.substring(0, ui.indexOf(':')) + ":xxxxx";
    } else if (u.get().isSsh()) {
      return raw; // "git@host": a user name, not a secret
    } else {
      safe = "xxxxx";
    }
    int at = raw.indexOf(ui + "@");
    return at < 0 ? raw : raw.substring(0, at) + safe + raw.substring(at + ui.length());
  }

  @Override
  public String toString() {
    return redact(scheme + "://" + (userInfo.isEmpty() ? "" : userInfo + "@") + host
        + (port > 0 ? ":" + port : "") + "/" + path);
  }
}
