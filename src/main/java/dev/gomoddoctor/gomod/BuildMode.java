package dev.gomoddoctor.gomod;

import java.util.Optional;

/**
 * How package-loading commands (build, test, vet, list, run) treat the vendor directory, as
 * cmd/go modload setDefaultBuildMod decides: {@code -mod=} from GOFLAGS wins; otherwise vendor
 * mode is on when the main module (or the workspace) has a vendor directory and its go line is
 * at least 1.14 (and, from Go 1.22, modules.txt's {@code ## workspace} matches the mode).
 */
public final class BuildMode {
  private BuildMode() {}

  /** The value of the last {@code -mod=}/{@code --mod=} flag in GOFLAGS, if any. */
  public static Optional<String> modFlag(String goflags) {
    if (goflags == null) {
      return Optional.empty();
    }
    String found = null;
    for (String f : goflags.trim().split("\\s+")) {
      String word = f.startsWith("--") ? f.substring(2) : f.startsWith("-") ? f.substring(1) : null;
      if (word != null && word.startsWith("mod=")) {
        found = word.substring(4);
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether a build uses the vendor directory.
   *
   * @param goflags the effective GOFLAGS
   * @param hasVendorDir {@code vendor/} exists next to go.mod (or go.work)
   * @param goVersion the go line of go.mod (or go.work), empty when there is none
   * @param workspace in workspace mode
   * @param vendorForWorkspace modules.txt starts with {@code ## workspace}
   */
  public static boolean vendorMode(String goflags, boolean hasVendorDir, Optional<String> goVersion,
      boolean workspace, boolean vendorForWorkspace) {
    Optional<String> mod = modFlag(goflags);
    if (mod.isPresent()) {
      return mod.get().equals("vendor");
    }
    if (!hasVendorDir || goVersion.isEmpty()) {
      return false;
    }
    if (dev.gomoddoctor.gomod.version.GoVersion.compare(goVersion.get(), "1.14") < 0) {
      return false;
    }
    return workspace == vendorForWorkspace;
  }
}
