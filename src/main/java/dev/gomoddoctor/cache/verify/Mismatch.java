package dev.gomoddoctor.cache.verify;

import java.util.List;
import java.util.Optional;

/**
 * One way a cached module differs from what it should be.
 *
 * @param file the file that differs (a cache file, or the go.sum whose line disagrees)
 * @param message one line naming the module, version and what differs
 * @param files the module's files whose content differs, when that could be told (by comparing
 *     the zip's entries with the extracted tree)
 * @param sum the go.sum line involved, if any
 */
public record Mismatch(
    Kind kind, ModuleVersion module, String file, String message, List<String> files, Optional<ExpectedSum> sum) {

  public Mismatch {
    files = List.copyOf(files);
  }

  /** What differs. */
  public enum Kind {
    /** the zip does not hash to its {@code .ziphash} ({@code go mod verify}: "zip has been modified") */
    ZIP_MODIFIED,
    /** the extracted tree does not hash to the {@code .ziphash} ("dir has been modified") */
    DIR_MODIFIED,
    /** a zip (or extracted tree) without its {@code .ziphash} ("missing ziphash") */
    ZIPHASH_MISSING,
    /** the {@code .ziphash} is not an {@code h1:} hash at all */
    ZIPHASH_INVALID,
    /** a zip that breaks Go's module zip rules or is damaged: Go would refuse it */
    ZIP_INVALID,
    /** an extracted tree holding something Go never extracts (links to devices, FIFOs, huge trees) */
    DIR_INVALID,
    /** the module's content hash differs from the project's go.sum ("checksum mismatch" at build time) */
    GO_SUM_MISMATCH,
    /** the cached {@code .mod} differs from the go.sum {@code /go.mod} line */
    GO_MOD_SUM_MISMATCH;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
