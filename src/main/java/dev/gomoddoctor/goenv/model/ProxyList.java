package dev.gomoddoctor.goenv.model;

import java.util.List;
import java.util.Optional;

/**
 * GOPROXY as the go command reads it ({@code modfetch/proxy.go}, proxyList).
 *
 * @param entries the entries in order; an implicit {@code noproxy} entry comes first when
 *     GONOPROXY is set and GOPROXY is not {@code direct}
 * @param error Go's error for the whole list (e.g. {@code invalid proxy URL missing scheme:
 *     athens}), "" when it parses; the entries before the bad one are kept
 */
public record ProxyList(List<Entry> entries, String error) {

  public enum Kind {
    /** The implicit first entry: GONOPROXY-matched paths go direct, others fall through. */
    NOPROXY,
    DIRECT,
    OFF,
    /** An http, https or file proxy URL. */
    URL
  }

  /**
   * One entry.
   *
   * @param url the URL after scheme defaulting ({@code goproxy.cn} -> {@code https://goproxy.cn});
   *     the keyword for the other kinds
   * @param written the entry as written, trimmed ("" for the implicit noproxy)
   * @param fallBackOnError written with {@code |} after it: any error falls through to the next
   *     entry, not only 404/410
   */
  public record Entry(Kind kind, String url, String written, boolean fallBackOnError) {
    public boolean isProxy() {
      return kind == Kind.URL;
    }
  }

  public ProxyList {
    entries = List.copyOf(entries);
    error = error == null ? "" : error;
  }

  public boolean valid() {
    return error.isEmpty();
  }

  /** The proxy URLs (http, https, file) in order. */
  public List<Entry> proxies() {
    return entries.stream().filter(Entry::isProxy).toList();
  }

  /** True when the list ends with {@code direct}. */
  public boolean endsDirect() {
    return !entries.isEmpty() && entries.get(entries.size() - 1).kind() == Kind.DIRECT;
  }

  public Optional<Entry> first() {
    return entries.stream().filter(e -> e.kind() != Kind.NOPROXY).findFirst();
  }
}
