package dev.gomoddoctor.goenv.parser;

import dev.gomoddoctor.goenv.model.ProxyList;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses GOPROXY with the go command's semantics: entries separated by {@code ,} (fall through
 * on 404/410) or {@code |} (fall through on any error; the separator belongs to the entry before
 * it); {@code off} and {@code direct} end the list; a scheme-less entry containing {@code .},
 * {@code :} or {@code /} (but not {@code :/}, and not an absolute path) gets {@code https://};
 * only http, https and path-only file URLs are accepted.
 */
public final class ProxyListParser {
  private ProxyListParser() {}

  public static final String NO_ENTRIES = "GOPROXY list is not the empty string, but contains no entries";

  public static ProxyList parse(String goproxy, String gonoproxy) {
    List<ProxyList.Entry> list = new ArrayList<>();
    if (!gonoproxy.isEmpty() && !goproxy.equals("direct")) {
      list.add(new ProxyList.Entry(ProxyList.Kind.NOPROXY, "noproxy", "", false));
    }
    String rest = goproxy;
    while (!rest.isEmpty()) {
      int i = indexOfSeparator(rest);
      String url;
      boolean fallBack = false;
      if (i >= 0) {
        url = rest.substring(0, i);
        fallBack = rest.charAt(i) == '|';
        rest = rest.substring(i + 1);
      } else {
        url = rest;
        rest = "";
      }
      url = GoStrings.trimSpace(url);
      if (url.isEmpty()) {
        continue;
      }
      if (url.equals("off")) {
        list.add(new ProxyList.Entry(ProxyList.Kind.OFF, "off", url, fallBack));
        break;
      }
      if (url.equals("direct")) {
        // Go ignores anything after direct, for forward compatibility
        list.add(new ProxyList.Entry(ProxyList.Kind.DIRECT, "direct", url, fallBack));
        break;
      }
      String written = url;
      if (containsAny(url, ".:/") && !url.contains(":/") && !url.startsWith("/")) {
        url = "https://" + url;
      }
      String error = check(url);
      if (!error.isEmpty()) {
        return new ProxyList(list, error);
      }
      list.add(new ProxyList.Entry(ProxyList.Kind.URL, url, written, fallBack));
    }
    if (list.isEmpty() || (list.size() == 1 && list.get(0).kind() == ProxyList.Kind.NOPROXY)) {
      return new ProxyList(list, NO_ENTRIES);
    }
    return new ProxyList(list, "");
  }

  /** What {@code newProxyRepo} says about a URL, "" when it accepts it. */
  static String check(String url) {
    GoUrl.Result r = GoUrl.parse(url);
    if (!r.ok()) {
      return r.error();
    }
    GoUrl u = r.url().get();
    switch (u.scheme()) {
      case "http", "https" -> {
        return "";
      }
      case "file" -> {
        boolean pathOnly = u.opaque().isEmpty() && !u.hasUser() && u.host().isEmpty() && !u.omitHost()
            && u.query().isEmpty() && !u.forceQuery() && u.fragment().isEmpty();
        return pathOnly ? "" : "invalid file:// proxy URL with non-path elements: " + u.redacted();
      }
      case "" -> {
        return "invalid proxy URL missing scheme: " + u.redacted();
      }
      default -> {
        return "invalid proxy URL scheme (must be https, http, file): " + u.redacted();
      }
    }
  }

  private static int indexOfSeparator(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ',' || s.charAt(i) == '|') {
        return i;
      }
    }
    return -1;
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
