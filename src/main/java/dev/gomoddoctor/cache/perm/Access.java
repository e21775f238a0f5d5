package dev.gomoddoctor.cache.perm;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The answer to "can the target user do this here": the verdict, why (the bits, ACL entry or
 * mount that decided, in words), the path where it was decided and that path's stat.
 */
public record Access(Verdict verdict, Cause cause, String reason, Path decidedAt, Optional<FileStat> stat) {

  public enum Verdict {
    GRANTED,
    DENIED,
    /** An ACL exists that could not be evaluated: report a note at most. */
    UNDETERMINED,
    /** The facts could not be read at all (stat failed): report nothing. */
    UNKNOWN
  }

  /** What decided a denial. */
  public enum Cause {
    NONE,
    MODE_BITS,
    ACL,
    READ_ONLY_MOUNT,
    NOT_A_DIRECTORY,
    STICKY,
    NOT_FOUND,
    ERROR
  }

  public static Access granted(Path at, FileStat st, String reason) {
    return new Access(Verdict.GRANTED, Cause.NONE, reason, at, Optional.ofNullable(st));
  }

  public boolean granted() {
    return verdict == Verdict.GRANTED;
  }

  public boolean denied() {
    return verdict == Verdict.DENIED;
  }
}
