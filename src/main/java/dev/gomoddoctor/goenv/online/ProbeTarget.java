package dev.gomoddoctor.goenv.online;

import java.net.URI;
import java.util.Optional;

/**
 * One request a {@code --online} probe makes.
 *
 * @param kind which setting the endpoint comes from
 * @param endpoint the endpoint as the user wrote it, redacted (for messages)
 * @param uri the URL requested (may hold user-info for the request; never printed)
 * @param module the module path the request names, if any
 * @param reachabilityOnly true when no module could be named (all private): any HTTP answer
 *     below 500 proves the endpoint reachable
 */
public record ProbeTarget(Kind kind, String endpoint, URI uri, Optional<String> module, boolean reachabilityOnly) {

  public enum Kind {
    /** {@code <proxy>/<module>/@v/list} (or the proxy's root when no module may be named) */
    PROXY,
    /** {@code <sumdb>/lookup/<module>@<version>} or {@code <sumdb>/latest} */
    SUMDB,
    /** {@code <proxy>/sumdb/<name>/supported}: whether the go command reaches the checksum database through the proxy */
    SUMDB_VIA_PROXY
  }

  @Override
  public String toString() {
    return kind + " " + endpoint + module.map(m -> " " + m).orElse("");
  }
}
