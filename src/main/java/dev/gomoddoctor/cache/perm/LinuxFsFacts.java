package dev.gomoddoctor.cache.perm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real filesystem's facts on Linux (and other Unix systems, where the mount table is
 * unknown): {@code unix:*} attributes, ACLs through {@link AclReader}, mounts from
 * {@code /proc/self/mountinfo}, user-namespace mapping from {@code /proc/self/uid_map}. Answers
 * are cached for the lifetime of this object (one scan).
 */
public final class LinuxFsFacts implements FsFacts {
  private static final int S_IFMT = 0170000;
  private static final int S_IFDIR = 0040000;
  private static final int S_IFREG = 0100000;

  private final AclReader acls;
  private final MountTable mounts;
  private final boolean inUserNamespace;
  private final int overflowUid;
  private final Map<Path, Optional<FileStat>> stats = new ConcurrentHashMap<>();
  private final Map<Path, AclState> aclCache = new ConcurrentHashMap<>();

  public LinuxFsFacts(AclReader acls, MountTable mounts, boolean inUserNamespace, int overflowUid) {
    this.acls = acls;
    this.mounts = mounts;
    this.inUserNamespace = inUserNamespace;
    this.overflowUid = overflowUid;
  }

  /** Reads the system: mountinfo, uid_map, overflowuid, and the ACL tools on PATH. */
  public static LinuxFsFacts system() {
    MountTable mt = readText(Path.of("/proc/self/mountinfo")).map(MountTable::parse).orElse(MountTable.unknown());
    boolean userns = readText(Path.of("/proc/self/uid_map")).map(LinuxFsFacts::isUserNamespace).orElse(false);
    int overflow = readText(Path.of("/proc/sys/kernel/overflowuid"))
        .map(s -> {
          try {
            return Integer.parseInt(s.strip());
          } catch (NumberFormatException e) {
            return 65534;
          }
        })
        .orElse(65534);
    return new LinuxFsFacts(AclReader.fromPath(), mt, userns, overflow);
  }

  /** The initial namespace maps every id: {@code 0 0 4294967295}. Anything else is a user namespace. */
  static boolean isUserNamespace(String uidMap) {
    String[] lines = uidMap.strip().split("\n");
    if (lines.length != 1) {
      return true;
    }
    String[] f = lines[0].trim().split("\\s+");
    return !(f.length == 3 && f[0].equals("0") && f[1].equals("0") && f[2].equals("4294967295"));
  }

  @Override
  public Optional<FileStat> stat(Path path) throws IOException {
    Path abs = path.toAbsolutePath().normalize();
    Optional<FileStat> cached = stats.get(abs);
    if (cached != null) {
      return cached;
    }
    Optional<FileStat> st;
    try {
      Map<String, Object> a = Files.readAttributes(abs, "unix:mode,uid,gid");
      int mode = (Integer) a.get("mode");
      FileStat.Kind kind = (mode & S_IFMT) == S_IFDIR ? FileStat.Kind.DIRECTORY
          : (mode & S_IFMT) == S_IFREG ? FileStat.Kind.FILE : FileStat.Kind.OTHER;
      st = Optional.of(new FileStat(kind, (Integer) a.get("uid"), (Integer) a.get("gid"), mode));
    } catch (NoSuchFileException | NotDirectoryException e) {
      st = Optional.empty();
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      throw new IOException("no unix attributes on this platform", e);
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("Not a directory")) {
        st = Optional.empty();
      } else {
        throw e;
      }
    }
    stats.put(abs, st);
    return st;
  }

  @Override
  public Optional<Path> realPath(Path path) {
    try {
      return Optional.of(path.toAbsolutePath().normalize().toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public AclState acl(Path realPath) {
    AclState s = aclCache.get(realPath);
    if (s == null) {
      s = acls.read(List.of(realPath)).getOrDefault(realPath, new AclState.Unknown("not read"));
      aclCache.put(realPath, s);
    }
    return s;
  }

  @Override
  public void prefetchAcls(Collection<Path> realPaths) {
    List<Path> missing = new ArrayList<>();
    for (Path p : realPaths) {
      if (!aclCache.containsKey(p)) {
        missing.add(p);
      }
    }
    if (!missing.isEmpty()) {
      aclCache.putAll(acls.read(missing));
    }
  }

  @Override
  public MountTable mounts() {
    return mounts;
  }

  @Override
  public boolean ownerMapped(int uid) {
    return !(inUserNamespace && uid == overflowUid);
  }

  @Override
  public OptionalLong usableSpace(Path path) {
    try {
      return OptionalLong.of(Files.getFileStore(path).getUsableSpace());
    } catch (IOException | SecurityException e) {
      return OptionalLong.empty();
    }
  }

  static Optional<String> readText(Path p) {
    try {
      return Optional.of(Files.readString(p));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
