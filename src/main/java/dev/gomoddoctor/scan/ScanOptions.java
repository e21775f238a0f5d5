package dev.gomoddoctor.scan;

import java.util.Map;

/**
 * What the user asked for that checkers need to know.
 *
 * @param environment the process environment the Go command would see (a snapshot, so tests can
 *     pass their own)
 * @param online whether network probes are allowed (off by default: a default scan makes no
 *     network connection at all)
 * @param verifyCache whether to hash module-cache contents (GMD307)
 */
public record ScanOptions(
    Map<String, String> environment, TargetUser user, boolean online, boolean verifyCache) {

  public ScanOptions {
    environment = Map.copyOf(environment);
  }

  public static ScanOptions defaults(Map<String, String> environment) {
    return new ScanOptions(environment, TargetUser.current(), false, false);
  }
}
