package dev.gomoddoctor.cache.perm;

import dev.gomoddoctor.scan.TargetUser;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Users and groups from the texts of {@code /etc/passwd} and {@code /etc/group}, to turn a target
 * uid into the groups the kernel would give it.
 */
public final class UserDatabase {

  /** One {@code /etc/passwd} line. */
  public record PasswdEntry(String name, int uid, int gid, String home) {}

  /** One {@code /etc/group} line. */
  public record GroupEntry(String name, int gid, List<String> members) {}

  private final List<PasswdEntry> users;
  private final List<GroupEntry> groups;

  public UserDatabase(List<PasswdEntry> users, List<GroupEntry> groups) {
    this.users = List.copyOf(users);
    this.groups = List.copyOf(groups);
  }

  public static UserDatabase empty() {
    return new UserDatabase(List.of(), List.of());
  }

  /** Parses the two files' texts; malformed lines are skipped as getpwent(3) skips them. */
  public static UserDatabase parse(String passwd, String group) {
    List<PasswdEntry> us = new java.util.ArrayList<>();
    for (String line : passwd.split("\n")) {
      String[] f = line.split(":", -1);
      if (f.length >= 7 && !line.startsWith("#")) {
        try {
          us.add(new PasswdEntry(f[0], Integer.parseInt(f[2].trim()), Integer.parseInt(f[3].trim()), f[5]));
        } catch (NumberFormatException e) {
          // not a usable entry
        }
      }
    }
    List<GroupEntry> gs = new java.util.ArrayList<>();
    for (String line : group.split("\n")) {
      String[] f = line.split(":", -1);
      if (f.length >= 4 && !line.startsWith("#")) {
        try {
          List<String> members = f[3].isBlank() ? List.of() : List.of(f[3].trim().split("\\s*,\\s*"));
          gs.add(new GroupEntry(f[0], Integer.parseInt(f[2].trim()), members));
        } catch (NumberFormatException e) {
          // not a usable entry
        }
      }
    }
    return new UserDatabase(us, gs);
  }

  public Optional<PasswdEntry> user(int uid) {
    return users.stream().filter(u -> u.uid() == uid).findFirst();
  }

  /**
   * The identity of {@code target}: with a gid given, exactly that group (as {@code docker run
   * --user uid:gid}); else the passwd primary group plus every /etc/group membership; a uid with
   * no passwd entry gets gid 0 and no other group, as Docker and Kubernetes run it.
   */
  public Identity identityOf(TargetUser target, Identity current) {
    if (target.isCurrent()) {
      return current;
    }
    int uid = target.uid().getAsInt();
    if (target.gid().isPresent()) {
      return new Identity(uid, target.gid().getAsInt(), Set.of(), "--user");
    }
    Optional<PasswdEntry> pw = user(uid);
    if (pw.isEmpty()) {
      return new Identity(uid, 0, Set.of(), "no /etc/passwd entry: gid 0");
    }
    Set<Integer> gs = new HashSet<>();
    for (GroupEntry g : groups) {
      if (g.members().contains(pw.get().name())) {
        gs.add(g.gid());
      }
    }
    return new Identity(uid, pw.get().gid(), gs, "/etc/passwd and /etc/group");
  }
}
