package dev.gomoddoctor.scan;

import java.util.OptionalInt;

/**
 * The user whose permissions the cache checker evaluates ({@code --user UID[:GID]}); both empty
 * means the user running the doctor.
 */
public record TargetUser(OptionalInt uid, OptionalInt gid) {

  public static TargetUser current() {
    return new TargetUser(OptionalInt.empty(), OptionalInt.empty());
  }

  /** Parses {@code UID} or {@code UID:GID} (numbers only). */
  public static TargetUser parse(String spec) {
    String[] parts = spec.split(":", -1);
    if (parts.length > 2 || parts[0].isEmpty()) {
      throw new IllegalArgumentException("expected UID or UID:GID, got '" + spec + "'");
    }
    try {
      int uid = Integer.parseInt(parts[0]);
      OptionalInt gid = parts.length == 2 ? OptionalInt.of(Integer.parseInt(parts[1])) : OptionalInt.empty();
      if (uid < 0 || (gid.isPresent() && gid.getAsInt() < 0)) {
        throw new NumberFormatException();
      }
      return new TargetUser(OptionalInt.of(uid), gid);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected numeric UID or UID:GID, got '" + spec + "'");
    }
  }

  public boolean isCurrent() {
    return uid.isEmpty();
  }
}
