package dev.gomoddoctor.cache.perm;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntPredicate;

/** An in-memory filesystem for the permission model's pure tests: stats, ACLs and mounts. */
final class FakeFs implements FsFacts {
  private final Map<Path, FileStat> stats = new HashMap<>();
  private final Map<Path, AclState> acls = new HashMap<>();
  private MountTable mounts = MountTable.unknown();
  private IntPredicate mapped = uid -> true;

  FakeFs dir(String path, int uid, int gid, int mode) {
    stats.put(Path.of(path), new FileStat(FileStat.Kind.DIRECTORY, uid, gid, mode));
    return this;
  }

  FakeFs file(String path, int uid, int gid, int mode) {
    stats.put(Path.of(path), new FileStat(FileStat.Kind.FILE, uid, gid, mode));
    return this;
  }

  FakeFs acl(String path, AclState state) {
    acls.put(Path.of(path), state);
    return this;
  }

  FakeFs mounts(MountTable m) {
    this.mounts = m;
    return this;
  }

  FakeFs mapped(IntPredicate p) {
    this.mapped = p;
    return this;
  }

  @Override
  public Optional<FileStat> stat(Path path) {
    return Optional.ofNullable(stats.get(path.toAbsolutePath().normalize()));
  }

  @Override
  public Optional<Path> realPath(Path path) {
    Path p = path.toAbsolutePath().normalize();
    return stats.containsKey(p) ? Optional.of(p) : Optional.empty();
  }

  @Override
  public AclState acl(Path realPath) {
    return acls.getOrDefault(realPath, new AclState.None());
  }

  @Override
  public MountTable mounts() {
    return mounts;
  }

  @Override
  public boolean ownerMapped(int uid) {
    return mapped.test(uid);
  }

  @Override
  public OptionalLong usableSpace(Path path) {
    return OptionalLong.empty();
  }
}
