package dev.gomoddoctor.cache.perm;

import java.util.List;
import java.util.OptionalInt;

/**
 * A POSIX access ACL ({@code system.posix_acl_access}) as getfacl prints it, evaluated with the
 * algorithm of acl(5): owner entry, then named-user entries (masked), then the owning group and
 * named groups (masked; granted when any matching entry has all requested bits), then other.
 */
public record Acl(List<Entry> entries) {

  public enum Tag {
    USER_OBJ,
    USER,
    GROUP_OBJ,
    GROUP,
    MASK,
    OTHER
  }

  /** One entry; {@code id} is set for named users and groups only; {@code perms} is rwx as 4|2|1. */
  public record Entry(Tag tag, OptionalInt id, int perms) {}

  public Acl {
    entries = List.copyOf(entries);
  }

  /** True when there is more than the three base entries (owner, group, other). */
  public boolean isExtended() {
    return entries.stream().anyMatch(e -> e.tag() == Tag.USER || e.tag() == Tag.GROUP || e.tag() == Tag.MASK);
  }

  /**
   * Whether {@code id} gets all of {@code wanted} (rwx bits) on a file owned by {@code ownerUid}
   * and group {@code ownerGid}; the reason names the entry that decided.
   */
  public Decision evaluate(Identity id, int ownerUid, int ownerGid, int wanted) {
    if (id.uid() == ownerUid) {
      int p = perms(Tag.USER_OBJ, OptionalInt.empty());
      return new Decision((p & wanted) == wanted, "ACL owner entry " + Modes.rwx(p));
    }
    int mask = entries.stream().filter(e -> e.tag() == Tag.MASK).mapToInt(Entry::perms).findFirst().orElse(7);
    for (Entry e : entries) {
      if (e.tag() == Tag.USER && e.id().isPresent() && e.id().getAsInt() == id.uid()) {
        int p = e.perms() & mask;
        return new Decision((p & wanted) == wanted, "ACL entry user:" + id.uid() + " " + Modes.rwx(p) + " (after mask)");
      }
    }
    boolean groupMatched = false;
    for (Entry e : entries) {
      boolean matches = (e.tag() == Tag.GROUP_OBJ && id.inGroup(ownerGid))
          || (e.tag() == Tag.GROUP && e.id().isPresent() && id.inGroup(e.id().getAsInt()));
      if (matches) {
        groupMatched = true;
        int p = e.perms() & mask;
        if ((p & wanted) == wanted) {
          String who = e.tag() == Tag.GROUP_OBJ ? "group::" : "group:" + e.id().getAsInt();
          return new Decision(true, "ACL entry " + who + " " + Modes.rwx(p) + " (after mask)");
        }
      }
    }
    if (groupMatched) {
      return new Decision(false, "no matching ACL group entry grants " + Modes.rwx(wanted) + " (mask " + Modes.rwx(mask) + ")");
    }
    int p = perms(Tag.OTHER, OptionalInt.empty());
    return new Decision((p & wanted) == wanted, "ACL other entry " + Modes.rwx(p));
  }

  private int perms(Tag tag, OptionalInt id) {
    return entries.stream().filter(e -> e.tag() == tag && e.id().equals(id)).mapToInt(Entry::perms).findFirst().orElse(0);
  }

  /** The outcome of one evaluation, with the entry or bits that decided it. */
  public record Decision(boolean granted, String reason) {}
}
