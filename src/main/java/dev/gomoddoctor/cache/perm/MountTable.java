package dev.gomoddoctor.cache.perm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The mounts from {@code /proc/self/mountinfo}. A path belongs to the longest mount point that
 * is a prefix of it (by whole path elements; among equal ones the last listed, which is the one
 * on top). On systems without mountinfo the table is unknown and every question answers
 * "unknown", never "read-only" or "noexec".
 */
public final class MountTable {

  /** One mount: where, what filesystem, and the per-mount plus superblock options. */
  public record Mount(Path mountPoint, String fsType, Set<String> options, Set<String> superOptions) {
    public boolean readOnly() {
      return options.contains("ro") || superOptions.contains("ro");
    }

    public boolean noexec() {
      return options.contains("noexec");
    }

    public boolean isNfs() {
      return fsType.equals("nfs") || fsType.equals("nfs4");
    }
  }

  /** Yes, no, or cannot tell (non-Linux, unreadable mountinfo). */
  public enum Answer {
    YES,
    NO,
    UNKNOWN
  }

  private final List<Mount> mounts;
  private final boolean known;

  private MountTable(List<Mount> mounts, boolean known) {
    this.mounts = List.copyOf(mounts);
    this.known = known;
  }

  public static MountTable unknown() {
    return new MountTable(List.of(), false);
  }

  public static MountTable of(List<Mount> mounts) {
    return new MountTable(mounts, true);
  }

  public boolean isKnown() {
    return known;
  }

  public List<Mount> mounts() {
    return mounts;
  }

  /**
   * Parses mountinfo text (proc(5)): {@code id parent maj:min root mountpoint options [optional
   * fields...] - fstype source superoptions}. Octal escapes ({@code \040}) are decoded.
   */
  public static MountTable parse(String mountinfo) {
    List<Mount> out = new ArrayList<>();
    for (String line : mountinfo.split("\n")) {
      String[] f = line.trim().split(" ");
      int dash = List.of(f).indexOf("-");
      if (f.length < 6 || dash < 6 || dash + 3 > f.length) {
        continue;
      }
      String fsType = unescape(f[dash + 1]);
      Set<String> superOpts = dash + 3 < f.length ? Set.of(f[dash + 3].split(",")) : Set.of();
      out.add(new Mount(Path.of(unescape(f[4])), fsType, Set.of(f[5].split(",")), superOpts));
    }
    return of(out);
  }

  /** Decodes the kernel's {@code \ooo} escapes for space, tab, newline and backslash. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && isOctal(s, i + 1)) {
        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isOctal(String s, int from) {
    if (from + 3 > s.length()) {
      return false;
    }
    for (int i = from; i < from + 3; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '7') {
        return false;
      }
    }
    return true;
  }

  /** The mount a (real, absolute) path lives on. */
  public Optional<Mount> mountOf(Path realPath) {
    Mount best = null;
    int bestDepth = -1;
    for (Mount m : mounts) {
      if (realPath.startsWith(m.mountPoint()) && m.mountPoint().getNameCount() >= bestDepth) {
        best = m;
        bestDepth = m.mountPoint().getNameCount();
      }
    }
    return Optional.ofNullable(best);
  }

  public Answer readOnly(Path realPath) {
    return answer(realPath, Mount::readOnly);
  }

  public Answer noexec(Path realPath) {
    return answer(realPath, Mount::noexec);
  }

  private Answer answer(Path p, java.util.function.Predicate<Mount> test) {
    if (!known) {
      return Answer.UNKNOWN;
    }
    return mountOf(p).map(m -> test.test(m) ? Answer.YES : Answer.NO).orElse(Answer.UNKNOWN);
  }
}
