package dev.gomoddoctor.goenv.parser;

import java.util.Locale;
import java.util.Optional;

/**
 * The parts of Go's {@code net/url.Parse} that decide whether the go command accepts a GOPROXY or
 * GOSUMDB URL: scheme, user-info, host, path, query, fragment, opaque part and the error texts.
 * Not a general URL parser.
 *
 * @param text the input as given
 * @param scheme lower-cased scheme, "" when none
 * @param opaque the rootless rest after {@code scheme:} ({@code file:srv}), else ""
 * @param userInfo the user-info before {@code @} in the authority (with its password), else ""
 * @param hasUser whether there was an {@code @} in the authority
 * @param host host[:port], "" when none
 * @param omitHost {@code scheme:/path}: a scheme and a rooted path with no authority
 * @param path the path (not unescaped)
 * @param query the query after {@code ?}
 * @param forceQuery a lone trailing {@code ?}
 * @param fragment the fragment after {@code #}
 */
public record GoUrl(
    String text, String scheme, String opaque, String userInfo, boolean hasUser, String host,
    boolean omitHost, String path, String query, boolean forceQuery, String fragment) {

  /** A parse result: the URL, or Go's error text ({@code parse "…": …}). */
  public record Result(Optional<GoUrl> url, String error) {
    public boolean ok() {
      return url.isPresent();
    }
  }

  public static Result parse(String raw) {
    String rest = raw;
    String fragment = "";
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = rest.substring(hash + 1);
      rest = rest.substring(0, hash);
    }
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return fail(raw, "net/url: invalid control character in URL");
      }
    }
    // scheme: a letter, then letters, digits, + - . up to the first ':'
    String scheme = "";
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        continue;
      }
      if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
        if (i == 0) {
          break;
        }
        continue;
      }
      if (c == ':') {
        if (i == 0) {
          return fail(raw, "missing protocol scheme");
        }
        scheme = rest.substring(0, i).toLowerCase(Locale.ROOT);
        rest = rest.substring(i + 1);
      }
      break;
    }
    boolean forceQuery = false;
    String query = "";
    if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
      forceQuery = true;
      rest = rest.substring(0, rest.length() - 1);
    } else {
      int q = rest.indexOf('?');
      if (q >= 0) {
        query = rest.substring(q + 1);
        rest = rest.substring(0, q);
      }
    }
    if (!rest.startsWith("/")) {
      if (!scheme.isEmpty()) {
        return new Result(Optional.of(new GoUrl(raw, scheme, rest, "", false, "", false, "", query, forceQuery, fragment)), "");
      }
      int slash = rest.indexOf('/');
      String segment = slash < 0 ? rest : rest.substring(0, slash);
      if (segment.contains(":")) {
        return fail(raw, "first path segment in URL cannot contain colon");
      }
    }
    String userInfo = "";
    boolean hasUser = false;
    String host = "";
    boolean omitHost = false;
    if ((!scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
      String authority = rest.substring(2);
      rest = "";
      int slash = authority.indexOf('/');
      if (slash >= 0) {
        rest = authority.substring(slash);
        authority = authority.substring(0, slash);
      }
      int at = authority.lastIndexOf('@');
      String hostPart = at < 0 ? authority : authority.substring(at + 1);
      String hostError = checkHost(hostPart);
      if (!hostError.isEmpty()) {
        return fail(raw, hostError);
      }
      host = hostPart;
      if (at >= 0) {
        userInfo = authority.substring(0, at);
        hasUser = true;
        if (!validUserInfo(userInfo)) {
          return fail(raw, "net/url: invalid userinfo");
        }
      }
    } else if (!scheme.isEmpty() && rest.startsWith("/")) {
      omitHost = true;
    }
    return new Result(Optional.of(new GoUrl(raw, scheme, "", userInfo, hasUser, host, omitHost, rest, query, forceQuery, fragment)), "");
  }

  /** The URL as Go prints it with {@code Redacted()}: a password becomes {@code xxxxx}. */
  public String redacted() {
    if (!hasUser) {
      return text;
    }
    int colon = userInfo.indexOf(':');
    if (colon < 0) {
      return text;
    }
    String user = userInfo.substring(0, colon);
    int start = text.indexOf(userInfo);
    if (start < 0) {
      return text;
    }
    return text.substring(0, start) + user + ":xxxxx" + text.substring(start + userInfo.length());
  }

  /** The password in the user-info, if any. */
  public Optional<String> password() {
    int colon = userInfo.indexOf(':');
    return colon < 0 ? Optional.empty() : Optional.of(userInfo.substring(colon + 1));
  }

  /** The host without port and IPv6 brackets. */
  public String hostname() {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(1, end);
    }
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  private static Result fail(String raw, String why) {
    return new Result(Optional.empty(), "parse " + GoQuote.quote(raw) + ": " + why);
  }

  private static String checkHost(String host) {
    String h = host;
    if (h.startsWith("[")) {
      int end = h.lastIndexOf(']');
      if (end < 0) {
        return "missing ']' in host";
      }
      String port = h.substring(end + 1);
      if (!validOptionalPort(port)) {
        return "invalid port " + GoQuote.quote(port) + " after host";
      }
      return "";
    }
    int colon = h.lastIndexOf(':');
    if (colon >= 0) {
      String port = h.substring(colon);
      if (!validOptionalPort(port)) {
        return "invalid port " + GoQuote.quote(port) + " after host";
      }
    }
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c == '%') {
        if (i + 2 >= h.length() || !isHex(h.charAt(i + 1)) || !isHex(h.charAt(i + 2))) {
          String bad = h.substring(i, Math.min(h.length(), i + 3));
          return "invalid URL escape " + GoQuote.quote(bad);
        }
        i += 2;
        continue;
      }
      if (c < 0x80 && !hostChar(c)) {
        return "invalid character " + GoQuote.quote(String.valueOf(c)) + " in host name";
      }
    }
    return "";
  }

  private static boolean hostChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return true;
    }
    return "-_.~!$&'()*+,;=:[]<>\"".indexOf(c) >= 0;
  }

  private static boolean validOptionalPort(String port) {
    if (port.isEmpty()) {
      return true;
    }
    if (port.charAt(0) != ':') {
      return false;
    }
    for (int i = 1; i < port.length(); i++) {
      if (port.charAt(i) < '0' || port.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean validUserInfo(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        continue;
      }
      if ("-._:~!$&'()*+,;=%@".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
