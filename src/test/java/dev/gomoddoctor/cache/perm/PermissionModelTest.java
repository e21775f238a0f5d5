package dev.gomoddoctor.cache.perm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.cache.perm.Access.Cause;
import dev.gomoddoctor.cache.perm.Access.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionModelTest {
  static final Identity ROOT = new Identity(0, 0, Set.of(), "test");
  static final Identity U1001 = new Identity(1001, 1001, Set.of(), "test");
  static final Identity U1001_IN_CI = new Identity(1001, 1001, Set.of(2000), "test");

  /** The golang image: / and /go root-owned, /go 1777, /go/pkg/mod created later by root. */
  static FakeFs golangImage() {
    return new FakeFs()
        .dir("/", 0, 0, 0755)
        .dir("/go", 0, 0, 01777)
        .dir("/root", 0, 0, 0700);
  }

  @Test
  void missingDirectoryIsJudgedAtTheNearestExistingAncestor() {
    PermissionModel pm = new PermissionModel(golangImage(), U1001);
    Access a = pm.creatable(Path.of("/go/pkg/mod"));
    assertThat(a.verdict()).isEqualTo(Verdict.GRANTED);
    assertThat(a.decidedAt()).isEqualTo(Path.of("/go"));
  }

  @Test
  void rootCreatedChildOfA1777DirectoryIsNotWritableForOthers() {
    FakeFs fs = golangImage().dir("/go/pkg", 0, 0, 0755).dir("/go/pkg/mod", 0, 0, 0755);
    Access a = new PermissionModel(fs, U1001).creatable(Path.of("/go/pkg/mod"));
    assertThat(a.verdict()).isEqualTo(Verdict.DENIED);
    assertThat(a.cause()).isEqualTo(Cause.MODE_BITS);
    assertThat(a.reason()).contains("other bits r-x");
  }

  @Test
  void runningAsRootDoesNotHideWhatTheTargetCannotDo() {
    FakeFs fs = golangImage().dir("/srv", 0, 0, 0755);
    assertThat(new PermissionModel(fs, ROOT).writableDir(Path.of("/srv")).granted()).isTrue();
    assertThat(new PermissionModel(fs, U1001).writableDir(Path.of("/srv")).denied()).isTrue();
  }

  @Test
  void searchPermissionOnEveryAncestorIsNeeded() {
    FakeFs fs = golangImage().dir("/root/.cache", 0, 0, 0777);
    Access a = new PermissionModel(fs, U1001).creatable(Path.of("/root/.cache/go-build"));
    assertThat(a.denied()).isTrue();
    assertThat(a.decidedAt()).isEqualTo(Path.of("/root"));
    assertThat(a.reason()).contains("search");
  }

  @Test
  void groupBitsApplyToMembersOnly() {
    FakeFs fs = golangImage().dir("/cache", 0, 2000, 02775);
    assertThat(new PermissionModel(fs, U1001_IN_CI).writableDir(Path.of("/cache")).granted()).isTrue();
    assertThat(new PermissionModel(fs, U1001).writableDir(Path.of("/cache")).denied()).isTrue();
  }

  @Test
  void ownerBitsWinEvenWhenOtherBitsWouldAllow() {
    // the kernel uses only the owner class for the owner: 0577 denies its owner writing
    FakeFs fs = golangImage().dir("/d", 1001, 1001, 0577);
    assertThat(new PermissionModel(fs, U1001).writableDir(Path.of("/d")).denied()).isTrue();
  }

  @Test
  void aclNamedUserEntryGrantsThroughTheMask() {
    Acl acl = new Acl(List.of(
        entry(Acl.Tag.USER_OBJ, -1, 7), entry(Acl.Tag.USER, 1001, 7), entry(Acl.Tag.GROUP_OBJ, -1, 5),
        entry(Acl.Tag.MASK, -1, 7), entry(Acl.Tag.OTHER, -1, 5)));
    FakeFs fs = golangImage().dir("/shared", 0, 0, 0775).acl("/shared", new AclState.Present(acl));
    Access a = new PermissionModel(fs, U1001).writableDir(Path.of("/shared"));
    assertThat(a.granted()).isTrue();
    assertThat(a.reason()).contains("user:1001");
  }

  @Test
  void aclMaskLimitsNamedEntries() {
    Acl acl = new Acl(List.of(
        entry(Acl.Tag.USER_OBJ, -1, 7), entry(Acl.Tag.USER, 1001, 7), entry(Acl.Tag.GROUP_OBJ, -1, 5),
        entry(Acl.Tag.MASK, -1, 5), entry(Acl.Tag.OTHER, -1, 5)));
    FakeFs fs = golangImage().dir("/shared", 0, 0, 0755).acl("/shared", new AclState.Present(acl));
    Access a = new PermissionModel(fs, U1001).writableDir(Path.of("/shared"));
    assertThat(a.denied()).isTrue();
    assertThat(a.cause()).isEqualTo(Cause.ACL);
  }

  @Test
  void aclGroupEntryGrantsToSupplementaryGroup() {
    Acl acl = new Acl(List.of(
        entry(Acl.Tag.USER_OBJ, -1, 7), entry(Acl.Tag.GROUP_OBJ, -1, 5), entry(Acl.Tag.GROUP, 2000, 7),
        entry(Acl.Tag.MASK, -1, 7), entry(Acl.Tag.OTHER, -1, 5)));
    FakeFs fs = golangImage().dir("/shared", 0, 0, 0775).acl("/shared", new AclState.Present(acl));
    assertThat(new PermissionModel(fs, U1001_IN_CI).writableDir(Path.of("/shared")).granted()).isTrue();
    assertThat(new PermissionModel(fs, U1001).writableDir(Path.of("/shared")).denied()).isTrue();
  }

  @Test
  void unreadableAclIsUndeterminedNeverADenialFromModeBits() {
    FakeFs fs = golangImage().dir("/shared", 0, 0, 0755).acl("/shared", new AclState.Unreadable("no getfacl"));
    Access a = new PermissionModel(fs, U1001).writableDir(Path.of("/shared"));
    assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
  }

  @Test
  void unreadableAclDoesNotMatterForTheOwner() {
    FakeFs fs = golangImage().dir("/mine", 1001, 1001, 0755).acl("/mine", new AclState.Unreadable("no getfacl"));
    assertThat(new PermissionModel(fs, U1001).writableDir(Path.of("/mine")).granted()).isTrue();
  }

  @Test
  void readOnlyMountDeniesEvenRoot() {
    MountTable mt = MountTable.parse("""
        1 0 8:1 / / rw,relatime - ext4 /dev/sda1 rw
        2 1 0:40 / /cache ro,relatime - tmpfs tmpfs ro
        """);
    FakeFs fs = golangImage().dir("/cache", 0, 0, 0777).mounts(mt);
    Access a = new PermissionModel(fs, ROOT).creatable(Path.of("/cache/go-build"));
    assertThat(a.denied()).isTrue();
    assertThat(a.cause()).isEqualTo(Cause.READ_ONLY_MOUNT);
    assertThat(new PermissionModel(fs, ROOT).readable(Path.of("/cache")).granted()).isTrue();
  }

  @Test
  void rootInAUserNamespaceHasNoPowerOverUnmappedOwners() {
    FakeFs fs = golangImage().dir("/nfsish", 65534, 65534, 0755).mapped(uid -> uid != 65534);
    Access a = new PermissionModel(fs, ROOT).writableDir(Path.of("/nfsish"));
    assertThat(a.denied()).isTrue();
    FakeFs mappedFs = golangImage().dir("/data", 1001, 1001, 0755).mapped(uid -> uid != 65534);
    assertThat(new PermissionModel(mappedFs, ROOT).writableDir(Path.of("/data")).granted()).isTrue();
  }

  @Test
  void rootIsSquashedOnNfs() {
    MountTable mt = MountTable.parse("""
        1 0 8:1 / / rw - ext4 /dev/sda1 rw
        2 1 0:50 / /mnt/nfs rw - nfs4 server:/export rw,vers=4.2
        """);
    FakeFs fs = golangImage().dir("/mnt", 0, 0, 0755).dir("/mnt/nfs", 1001, 1001, 0755).mounts(mt);
    assertThat(new PermissionModel(fs, ROOT).writableDir(Path.of("/mnt/nfs")).denied()).isTrue();
    assertThat(new PermissionModel(fs, U1001).writableDir(Path.of("/mnt/nfs")).granted()).isTrue();
  }

  @Test
  void stickyDirectoryLetsOnlyOwnersRemove() {
    FakeFs fs = golangImage().file("/go/lock", 0, 0, 0644).file("/go/mine", 1001, 1001, 0644);
    PermissionModel pm = new PermissionModel(fs, U1001);
    assertThat(pm.creatable(Path.of("/go/new")).granted()).isTrue();
    Access a = pm.removable(Path.of("/go/lock"));
    assertThat(a.cause()).isEqualTo(Cause.STICKY);
    assertThat(pm.removable(Path.of("/go/mine")).granted()).isTrue();
    assertThat(new PermissionModel(fs, ROOT).removable(Path.of("/go/lock")).granted()).isTrue();
  }

  @Test
  void aFileInTheWayIsNotADirectory() {
    FakeFs fs = golangImage().file("/go/pkg", 1001, 1001, 0644);
    Access a = new PermissionModel(fs, U1001).creatable(Path.of("/go/pkg/mod"));
    assertThat(a.denied()).isTrue();
    assertThat(a.cause()).isEqualTo(Cause.NOT_A_DIRECTORY);
  }

  @Test
  void readOnlyExtractedModulesAreReadable() {
    FakeFs fs = golangImage().dir("/go/pkg", 0, 0, 0755).dir("/go/pkg/mod", 0, 0, 0755)
        .dir("/go/pkg/mod/example.com", 0, 0, 0755).dir("/go/pkg/mod/example.com/a@v1.0.0", 0, 0, 0555)
        .file("/go/pkg/mod/example.com/a@v1.0.0/go.mod", 0, 0, 0444);
    PermissionModel pm = new PermissionModel(fs, U1001);
    assertThat(pm.readable(Path.of("/go/pkg/mod/example.com/a@v1.0.0/go.mod")).granted()).isTrue();
    assertThat(pm.readable(Path.of("/go/pkg/mod/example.com/a@v1.0.0")).granted()).isTrue();
  }

  @Test
  void executeOnFilesNeedsABitEvenForRoot() {
    FakeFs fs = golangImage().file("/go/tool", 0, 0, 0644);
    assertThat(new PermissionModel(fs, ROOT).readable(Path.of("/go/tool")).granted()).isTrue();
  }

  private static Acl.Entry entry(Acl.Tag tag, int id, int perms) {
    return new Acl.Entry(tag, id < 0 ? OptionalInt.empty() : OptionalInt.of(id), perms);
  }
}
