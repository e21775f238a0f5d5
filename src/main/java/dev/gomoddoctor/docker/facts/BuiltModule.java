package dev.gomoddoctor.docker.facts;

import java.util.List;
import java.util.Optional;

/**
 * The Go module a Dockerfile builds, as the module checker parsed it, reduced to what the
 * Dockerfile rules ask.
 *
 * @param directory the module root relative to the scan root ({@code ""} at the root)
 * @param goModPath go.mod's path relative to the scan root
 * @param goLine the {@code go} line's version
 * @param requires required module paths with versions (after wildcard/version replaces, those
 *     replaced by a directory are left out: Go never fetches them)
 * @param directoryReplaces filesystem replacement targets as written ({@code ../lib})
 * @param hasGoSum a go.sum beside go.mod
 * @param hasVendor a {@code vendor/modules.txt} beside go.mod
 * @param workFile go.work of the module's directory or an ancestor, relative to the scan root
 */
public record BuiltModule(
    String directory,
    String goModPath,
    String modulePath,
    Optional<String> goLine,
    List<Requirement> requires,
    List<String> directoryReplaces,
    boolean hasGoSum,
    boolean hasVendor,
    Optional<String> workFile) {

  /** One requirement that Go fetches (not filesystem-replaced). */
  public record Requirement(String path, String version) {}

  public BuiltModule {
    requires = List.copyOf(requires);
    directoryReplaces = List.copyOf(directoryReplaces);
  }

  /** True when Go must download and checksum some module to build. */
  public boolean needsDownloads() {
    return !requires.isEmpty();
  }

  /**
   * Vendor mode by default: a vendor directory and a {@code go} line ≥ 1.14 (the caller adds
   * {@code -mod} flags).
   */
  public boolean vendorByDefault() {
    return hasVendor && goLine.map(v -> dev.gomoddoctor.goenv.model.GoVersion.compare(v, "1.14") >= 0).orElse(false);
  }
}
