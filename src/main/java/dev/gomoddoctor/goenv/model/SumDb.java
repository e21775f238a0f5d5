package dev.gomoddoctor.goenv.model;

import java.util.Optional;

/**
 * GOSUMDB as the go command reads it ({@code modfetch/sumdb.go}, dbDial).
 *
 * @param off GOSUMDB=off: no checksum database
 * @param name the database name (host[/path]), "" when off or invalid
 * @param verifierKey the full verifier key ({@code name+hash+key}), known names expanded
 * @param url the explicit URL after the key, which bypasses proxies, if any
 * @param error Go's error ({@code missing GOSUMDB}, {@code invalid GOSUMDB: malformed verifier id},
 *     ...), "" when it parses
 */
public record SumDb(boolean off, String name, String verifierKey, Optional<String> url, String error) {

  public boolean valid() {
    return error.isEmpty();
  }

  /** True when the database is the public sum.golang.org (directly or through its China alias). */
  public boolean isPublic() {
    return name.equals("sum.golang.org");
  }
}
