package dev.gomoddoctor.cache.perm;

import dev.gomoddoctor.cache.perm.Access.Cause;
import dev.gomoddoctor.cache.perm.Access.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges what a target user can do at a path from injected facts (stat, ACLs, mounts), the way
 * the kernel would: search permission on every directory on the way, then the bits the
 * operation needs on the path itself; read-only mounts deny writes to everyone; uid 0 bypasses
 * the bits only for files whose owner is mapped in its user namespace and not on NFS (root
 * squashing). It never tries an operation to find out: the doctor usually runs as root, which
 * would hide every problem of the target user.
 */
public final class PermissionModel {
  /** The identity root is squashed to on NFS (nfsnobody). */
  private static final int NFS_NOBODY = 65534;

  private final FsFacts fs;
  private final Identity who;

  public PermissionModel(FsFacts fs, Identity who) {
    this.fs = fs;
    this.who = who;
  }

  public Identity identity() {
    return who;
  }

  public FsFacts facts() {
    return fs;
  }

  /** The deepest existing path at or above {@code path} (what Go's MkdirAll starts from). */
  public Optional<Path> nearestExisting(Path path) {
    Path p = path.toAbsolutePath().normalize();
    while (p != null) {
      try {
        if (fs.stat(p).isPresent()) {
          return Optional.of(p);
        }
      } catch (IOException e) {
        return Optional.of(p);
      }
      p = p.getParent();
    }
    return Optional.empty();
  }

  /**
   * Whether the user can create {@code path} and entries inside it: an existing directory needs
   * write and search permission; a missing one is judged at its nearest existing ancestor, where
   * Go would mkdir.
   */
  public Access creatable(Path path) {
    Optional<Path> at = nearestExisting(path);
    if (at.isEmpty()) {
      return new Access(Verdict.UNKNOWN, Cause.NOT_FOUND, "no existing ancestor", path, Optional.empty());
    }
    return writableDir(at.get());
  }

  /** Search permission on every directory above {@code path}. */
  public Access traversable(Path path) {
    List<Path> dirs = directoriesToSearch(path);
    prefetchAcls(dirs);
    for (Path dir : dirs) {
      Optional<FileStat> st;
      try {
        st = fs.stat(dir);
      } catch (IOException e) {
        return unknown(dir, e);
      }
      if (st.isEmpty()) {
        continue;
      }
      if (!st.get().isDirectory()) {
        return new Access(Verdict.DENIED, Cause.NOT_A_DIRECTORY, dir + " is not a directory", dir, st);
      }
      Access a = decide(dir, st.get(), Modes.X, "search");
      if (!a.granted()) {
        return a;
      }
    }
    return Access.granted(path, null, "every directory on the way is searchable");
  }

  /** Write and search permission on an existing directory (to create, rename, delete entries). */
  public Access writableDir(Path dir) {
    return existing(dir, Modes.W | Modes.X, true, "create entries in");
  }

  /** Write permission on an existing file, e.g. go.mod for {@code go mod tidy}. */
  public Access writableFile(Path file) {
    return existing(file, Modes.W, true, "write");
  }

  /** Read permission on an existing file or directory (for a directory also search). */
  public Access readable(Path path) {
    return existing(path, Modes.R, false, "read");
  }

  /**
   * Whether the user can delete or rename {@code entry}: write and search on its directory, and,
   * when that directory is sticky, ownership of the entry or the directory.
   */
  public Access removable(Path entry) {
    Path parent = entry.toAbsolutePath().normalize().getParent();
    if (parent == null) {
      return new Access(Verdict.DENIED, Cause.NOT_FOUND, "the root cannot be removed", entry, Optional.empty());
    }
    Access dir = writableDir(parent);
    if (!dir.granted()) {
      return dir;
    }
    try {
      Optional<FileStat> pst = fs.stat(parent);
      Optional<FileStat> est = fs.stat(entry);
      if (pst.isPresent() && est.isPresent() && pst.get().isSticky()) {
        boolean privileged = effective(parent).isRoot() && fs.ownerMapped(est.get().uid());
        if (!privileged && est.get().uid() != who.uid() && pst.get().uid() != who.uid()) {
          return new Access(Verdict.DENIED, Cause.STICKY,
              parent + " is sticky (" + pst.get().octalMode() + ") and " + entry.getFileName()
                  + " belongs to uid " + est.get().uid(), entry, est);
        }
      }
    } catch (IOException e) {
      return unknown(entry, e);
    }
    return dir;
  }

  private Access existing(Path path, int wanted, boolean write, String verb) {
    Path abs = path.toAbsolutePath().normalize();
    Optional<FileStat> st;
    try {
      st = fs.stat(abs);
    } catch (IOException e) {
      return unknown(abs, e);
    }
    if (st.isEmpty()) {
      return new Access(Verdict.DENIED, Cause.NOT_FOUND, abs + " does not exist", abs, st);
    }
    if ((wanted & Modes.X) != 0 && !st.get().isDirectory() && write) {
      return new Access(Verdict.DENIED, Cause.NOT_A_DIRECTORY, abs + " is not a directory", abs, st);
    }
    Access way = traversable(abs);
    if (!way.granted()) {
      return way;
    }
    Path real = fs.realPath(abs).orElse(abs);
    if (write && fs.mounts().readOnly(real) == MountTable.Answer.YES) {
      String mp = fs.mounts().mountOf(real).map(m -> m.mountPoint().toString()).orElse("?");
      return new Access(Verdict.DENIED, Cause.READ_ONLY_MOUNT,
          abs + " is on a read-only mount (" + mp + ")", abs, st);
    }
    int bits = wanted;
    if (!write && st.get().isDirectory()) {
      bits |= Modes.X;
    }
    return decide(real, st.get(), bits, verb);
  }

  /** The bits (or ACL) decision for one path. */
  private Access decide(Path path, FileStat st, int wanted, String verb) {
    Identity id = effective(path);
    String what = Modes.rwx(wanted);
    if (id.isRoot() && fs.ownerMapped(st.uid())) {
      boolean execFile = (wanted & Modes.X) != 0 && !st.isDirectory();
      if (execFile && (st.mode() & 0111) == 0) {
        return new Access(Verdict.DENIED, Cause.MODE_BITS, path + " has no execute bit", path, Optional.of(st));
      }
      return Access.granted(path, st, "uid 0 bypasses permission bits");
    }
    if (id.uid() == st.uid()) {
      int bits = (st.mode() >> 6) & 7;
      return bitsDecision(path, st, wanted, bits, "owner bits " + Modes.rwx(bits), verb);
    }
    AclState acl = fs.acl(path);
    if (acl instanceof AclState.Present p && p.acl().isExtended()) {
      Acl.Decision d = p.acl().evaluate(id, st.uid(), st.gid(), wanted);
      return d.granted()
          ? Access.granted(path, st, d.reason())
          : new Access(Verdict.DENIED, Cause.ACL, denial(path, st, verb, what, d.reason()), path, Optional.of(st));
    }
    if (acl instanceof AclState.Unreadable u) {
      return new Access(Verdict.UNDETERMINED, Cause.ACL,
          path + " has an ACL that could not be read (" + u.why() + ")", path, Optional.of(st));
    }
    if (id.inGroup(st.gid())) {
      int bits = (st.mode() >> 3) & 7;
      return bitsDecision(path, st, wanted, bits, "group bits " + Modes.rwx(bits) + " (gid " + st.gid() + ")", verb);
    }
    int bits = st.mode() & 7;
    return bitsDecision(path, st, wanted, bits, "other bits " + Modes.rwx(bits), verb);
  }

  private Access bitsDecision(Path path, FileStat st, int wanted, int bits, String which, String verb) {
    if ((bits & wanted) == wanted) {
      return Access.granted(path, st, which);
    }
    return new Access(Verdict.DENIED, Cause.MODE_BITS, denial(path, st, verb, Modes.rwx(wanted), which),
        path, Optional.of(st));
  }

  private String denial(Path path, FileStat st, String verb, String what, String which) {
    return who.describe() + " cannot " + verb + " " + path + " (owner " + st.uid() + ":" + st.gid()
        + ", mode " + st.octalMode() + "; " + which + ", needs " + what + ")";
  }

  /** One ACL read for every path whose verdict the bits alone would not settle. */
  private void prefetchAcls(List<Path> paths) {
    List<Path> need = new ArrayList<>();
    for (Path p : paths) {
      try {
        Optional<FileStat> st = fs.stat(p);
        if (st.isPresent() && st.get().uid() != who.uid() && !(who.isRoot() && fs.ownerMapped(st.get().uid()))) {
          need.add(p);
        }
      } catch (IOException e) {
        // judged (as unknown) when it is reached
      }
    }
    if (need.size() > 1) {
      fs.prefetchAcls(need);
    }
  }

  /** Root is squashed to nobody on NFS (root_squash is the server default). */
  private Identity effective(Path path) {
    if (who.isRoot() && fs.mounts().mountOf(path).map(MountTable.Mount::isNfs).orElse(false)) {
      return new Identity(NFS_NOBODY, NFS_NOBODY, Set.of(), "NFS root squashing");
    }
    return who;
  }

  /**
   * Every directory the kernel searches to reach {@code path}: the ancestors of each lexical
   * prefix, after resolving symbolic links, in order from the root.
   */
  List<Path> directoriesToSearch(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    Set<Path> dirs = new LinkedHashSet<>();
    Path parent = abs.getParent();
    List<Path> prefixes = new ArrayList<>();
    for (Path p = parent; p != null; p = p.getParent()) {
      prefixes.add(0, p);
    }
    for (Path prefix : prefixes) {
      Optional<Path> real = fs.realPath(prefix);
      if (real.isEmpty()) {
        break;
      }
      List<Path> chain = new ArrayList<>();
      for (Path q = real.get(); q != null; q = q.getParent()) {
        chain.add(0, q);
      }
      dirs.addAll(chain);
    }
    return new ArrayList<>(dirs);
  }

  private static Access unknown(Path p, IOException e) {
    return new Access(Verdict.UNKNOWN, Cause.ERROR, "cannot stat " + p + ": " + e.getMessage(), p, Optional.empty());
  }
}
