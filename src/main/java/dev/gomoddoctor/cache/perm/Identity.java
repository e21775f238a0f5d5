package dev.gomoddoctor.cache.perm;

import java.util.Set;
import java.util.TreeSet;

/**
 * The user whose access is judged: uid, primary gid and every group (primary included).
 *
 * @param origin where the groups came from, for messages ("/proc/self/status", "/etc/group",
 *     "--user")
 */
public record Identity(int uid, int gid, Set<Integer> groups, String origin) {

  public Identity {
    TreeSet<Integer> all = new TreeSet<>(groups);
    all.add(gid);
    groups = Set.copyOf(all);
  }

  public boolean inGroup(int g) {
    return groups.contains(g);
  }

  public boolean isRoot() {
    return uid == 0;
  }

  /** {@code uid 1001 (gid 1001)} for messages. */
  public String describe() {
    return "uid " + uid + " (gid " + gid + ")";
  }
}
