package dev.gomoddoctor.cache.perm;

/**
 * What is known about a path's access ACL. Java cannot read the {@code system.*} extended
 * attribute namespace, so the Linux reader asks {@code getfacl}, or only learns from
 * {@code ls -ld}'s {@code +} marker that an ACL exists.
 */
public sealed interface AclState {

  /** Known to have no extended ACL: the mode bits decide. */
  record None() implements AclState {}

  /** An extended ACL that can be evaluated. */
  record Present(Acl acl) implements AclState {}

  /** An extended ACL exists but its entries could not be read (no getfacl installed). */
  record Unreadable(String why) implements AclState {}

  /** Nothing could be learned (no tool at all, or the tool failed): treated like {@link None}. */
  record Unknown(String why) implements AclState {}

  static AclState none() {
    return new None();
  }
}
