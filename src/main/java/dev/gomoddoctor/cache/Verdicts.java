package dev.gomoddoctor.cache;

import dev.gomoddoctor.cache.perm.Access;
import dev.gomoddoctor.report.Severity;
import java.nio.file.Path;
import java.util.Optional;

/** Shared wording for permission verdicts, so every rule describes a denial the same way. */
public final class Verdicts {
  private Verdicts() {}

  /**
   * The severity to report a failed check at: the rule's own for a denial, a note for an ACL
   * that could not be evaluated, nothing when the facts were unreadable or access is granted.
   */
  public static Optional<Severity> severity(Access a, Severity forDenial) {
    return switch (a.verdict()) {
      case DENIED -> Optional.of(forDenial);
      case UNDETERMINED -> Optional.of(Severity.NOTE);
      case GRANTED, UNKNOWN -> Optional.empty();
    };
  }

  /** The first directory Go's MkdirAll would have to create on the way to {@code target}. */
  public static Path firstMissing(Path existingAncestor, Path target) {
    Path t = target.toAbsolutePath().normalize();
    if (t.equals(existingAncestor) || !t.startsWith(existingAncestor)) {
      return t;
    }
    return existingAncestor.resolve(existingAncestor.relativize(t).getName(0));
  }

  /** What Go would print for the failed operation: {@code mkdir …: permission denied}. */
  public static String goError(Access a, Path wouldCreate) {
    String why = a.cause() == Access.Cause.READ_ONLY_MOUNT ? "read-only file system"
        : a.cause() == Access.Cause.NOT_A_DIRECTORY ? "not a directory" : "permission denied";
    return "mkdir " + wouldCreate + ": " + why;
  }

  /** The verdict's reason with an "undetermined" prefix when an ACL stopped the evaluation. */
  public static String explain(Access a) {
    return a.verdict() == Access.Verdict.UNDETERMINED ? "undetermined: " + a.reason() : a.reason();
  }
}
