package dev.gomoddoctor.cache.perm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The filesystem facts the permission model judges from. Reading them never creates, writes or
 * deletes anything. {@link LinuxFsFacts} reads the real system; tests can inject their own.
 */
public interface FsFacts {

  /** stat(2) following symbolic links; empty when the path does not exist. */
  Optional<FileStat> stat(Path path) throws IOException;

  /** The path with symbolic links resolved; empty when it does not exist. */
  Optional<Path> realPath(Path path);

  /** The access ACL of an existing path. */
  AclState acl(Path realPath);

  /** Lets a reader fetch many ACLs at once before they are asked for one by one. */
  default void prefetchAcls(Collection<Path> realPaths) {}

  MountTable mounts();

  /**
   * Whether root (in the namespace the doctor runs in) holds its capabilities over files owned
   * by {@code uid}: false for the overflow uid (65534) of files whose owner is not mapped into a
   * user namespace (rootless containers).
   */
  boolean ownerMapped(int uid);

  /** Free bytes for an unprivileged user on the filesystem holding an existing path. */
  OptionalLong usableSpace(Path path);
}
