package dev.gomoddoctor.cache.verify;

import java.util.List;

/**
 * How one module version fared.
 *
 * @param unreadable cache files that could not be read (the result is then incomplete)
 */
public record ModuleResult(ModuleVersion module, Status status, List<Mismatch> mismatches, List<Unreadable> unreadable) {

  public ModuleResult {
    mismatches = List.copyOf(mismatches);
    unreadable = List.copyOf(unreadable);
  }

  public enum Status {
    /** everything present hashed as expected */
    VERIFIED,
    /** at least one mismatch */
    MODIFIED,
    /** nothing of it in the cache: nothing to verify (as {@code go mod verify} says nothing) */
    NOT_DOWNLOADED,
    /** a needed file could not be read, and no mismatch was found in what could */
    INCOMPLETE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
