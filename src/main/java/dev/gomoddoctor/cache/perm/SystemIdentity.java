package dev.gomoddoctor.cache.perm;

import dev.gomoddoctor.scan.TargetUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The identity of the process running the doctor, and the target user's on this system. */
public final class SystemIdentity {
  private SystemIdentity() {}

  /**
   * The current user's file-system uid, gid and groups from {@code /proc/self/status} (exact,
   * supplementary groups included); elsewhere the owner of the process's view of {@code /proc/self}
   * or of the working directory is not reliable, so the JDK's UnixSystem is used.
   */
  public static Optional<Identity> current() {
    Optional<Identity> fromProc = LinuxFsFacts.readText(Path.of("/proc/self/status")).flatMap(SystemIdentity::parseStatus);
    if (fromProc.isPresent()) {
      return fromProc;
    }
    try {
      com.sun.security.auth.module.UnixSystem u = new com.sun.security.auth.module.UnixSystem();
      Set<Integer> groups = new HashSet<>();
      for (long g : u.getGroups()) {
        groups.add((int) g);
      }
      return Optional.of(new Identity((int) u.getUid(), (int) u.getGid(), groups, "the current process"));
    } catch (LinkageError | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Parses the {@code Uid:}, {@code Gid:} and {@code Groups:} lines; the 4th field is the fs id. */
  static Optional<Identity> parseStatus(String status) {
    Integer uid = null;
    Integer gid = null;
    Set<Integer> groups = new HashSet<>();
    for (String line : status.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 5 && f[0].equals("Uid:")) {
        uid = Integer.parseInt(f[4]);
      } else if (f.length >= 5 && f[0].equals("Gid:")) {
        gid = Integer.parseInt(f[4]);
      } else if (f.length >= 1 && f[0].equals("Groups:")) {
        for (int i = 1; i < f.length; i++) {
          groups.add(Integer.parseInt(f[i]));
        }
      }
    }
    if (uid == null || gid == null) {
      return Optional.empty();
    }
    return Optional.of(new Identity(uid, gid, groups, "/proc/self/status"));
  }

  /** The system's user database ({@code /etc/passwd}, {@code /etc/group}); empty when unreadable. */
  public static UserDatabase userDatabase() {
    String passwd = LinuxFsFacts.readText(Path.of("/etc/passwd")).orElse("");
    String group = LinuxFsFacts.readText(Path.of("/etc/group")).orElse("");
    return UserDatabase.parse(passwd, group);
  }

  /** The identity to judge for {@code target} on this system, or empty when the current one is unknown. */
  public static Optional<Identity> of(TargetUser target) {
    if (!target.isCurrent()) {
      Identity placeholder = new Identity(-1, -1, Set.of(), "unused");
      return Optional.of(userDatabase().identityOf(target, placeholder));
    }
    return current();
  }

}
