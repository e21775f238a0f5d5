package dev.gomoddoctor.cache.perm;

/**
 * What stat(2) says about a path (symbolic links followed): its kind, owner, group and the
 * permission bits including setuid/setgid/sticky ({@code mode & 07777}).
 */
public record FileStat(Kind kind, int uid, int gid, int mode) {

  public enum Kind {
    DIRECTORY,
    FILE,
    OTHER
  }

  public static final int STICKY = 01000;
  public static final int SETGID = 02000;

  public FileStat {
    mode &= 07777;
  }

  public boolean isDirectory() {
    return kind == Kind.DIRECTORY;
  }

  public boolean isSticky() {
    return (mode & STICKY) != 0;
  }

  /** {@code 0755}-style text for messages. */
  public String octalMode() {
    return String.format("%04o", mode);
  }

  /** {@code uid:gid mode} for messages, e.g. {@code 0:0 0755}. */
  public String describe() {
    return uid + ":" + gid + " " + octalMode();
  }
}
