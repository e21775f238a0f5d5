package dev.gomoddoctor.cache.perm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.scan.TargetUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentityAndAclReaderTest {
  static final UserDatabase DB = UserDatabase.parse("""
      root:x:0:0:root:/root:/bin/bash
      builder:x:1001:1001::/home/builder:/bin/sh
      broken:x:notanumber:1::/:/bin/sh
      """, """
      root:x:0:
      builder:x:1001:
      ci:x:2000:someone,builder
      docker:x:999:someone
      """);

  static final Identity CURRENT = new Identity(0, 0, Set.of(), "test");

  @Test
  void targetUserGetsPasswdPrimaryAndGroupMemberships() {
    Identity id = DB.identityOf(TargetUser.parse("1001"), CURRENT);
    assertThat(id.gid()).isEqualTo(1001);
    assertThat(id.groups()).containsExactlyInAnyOrder(1001, 2000);
  }

  @Test
  void explicitGidMeansExactlyThatGroup() {
    Identity id = DB.identityOf(TargetUser.parse("1001:50"), CURRENT);
    assertThat(id.groups()).containsExactly(50);
  }

  @Test
  void unknownUidRunsWithGidZeroAsDockerDoes() {
    Identity id = DB.identityOf(TargetUser.parse("4242"), CURRENT);
    assertThat(id.gid()).isZero();
    assertThat(id.groups()).containsExactly(0);
  }

  @Test
  void currentUserComesFromProcSelfStatusFsIds() {
    Identity id = SystemIdentity.parseStatus("""
        Name:\tjava
        Uid:\t1000\t1000\t1000\t1000
        Gid:\t1000\t1000\t1000\t1000
        Groups:\t4 24 27 1000
        """).orElseThrow();
    assertThat(id.uid()).isEqualTo(1000);
    assertThat(id.groups()).contains(4, 24, 27, 1000);
    assertThat(SystemIdentity.current()).isPresent();
  }

  @Test
  void getfaclOutputIsParsedPerFile() {
    Map<String, Acl> acls = AclReader.parseGetfacl("""
        # file: /srv/go\\040cache
        # owner: 0
        # group: 0
        # flags: -s-
        user::rwx
        user:1001:rwx\t\t\t#effective:r-x
        group::r-x
        mask::r-x
        other::r-x
        default:user::rwx

        # file: /srv/other
        # owner: 0
        # group: 0
        user::rwx
        group::r-x
        group:2000:rwx
        mask::rwx
        other::---
        """);
    assertThat(acls).containsOnlyKeys("/srv/go cache", "/srv/other");
    Acl a = acls.get("/srv/go cache");
    assertThat(a.entries()).hasSize(5);
    Identity u = new Identity(1001, 1001, Set.of(), "t");
    assertThat(a.evaluate(u, 0, 0, Modes.W | Modes.X).granted()).isFalse();
    assertThat(a.evaluate(u, 0, 0, Modes.R | Modes.X).granted()).isTrue();
    Identity ci = new Identity(1001, 1001, Set.of(2000), "t");
    assertThat(acls.get("/srv/other").evaluate(ci, 0, 0, Modes.W | Modes.X).granted()).isTrue();
  }

  @Test
  void lsMarksExtendedAcls() {
    List<Boolean> marks = AclReader.parseLsMarkers("""
        drwxrwxr-x+ 2 0 0 4096 Nov 20 23:17 /srv/a
        drwxr-xr-x 2 0 0 4096 Nov 20 23:17 /srv/b
        drwxr-xr-x. 2 0 0 4096 Nov 20 23:17 /srv/c
        """);
    assertThat(marks).containsExactly(true, false, false);
  }

  @Test
  void realAclReaderAnswersForAPlainDirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    AclState s = AclReader.fromPath().read(List.of(dir)).get(dir);
    // a fresh temp dir has no extended ACL; with no tool at all the answer is "unknown", never a denial
    assertThat(s).isInstanceOfAny(AclState.None.class, AclState.Unknown.class);
  }

  @Test
  void userNamespaceDetection() {
    assertThat(LinuxFsFacts.isUserNamespace("         0          0 4294967295\n")).isFalse();
    assertThat(LinuxFsFacts.isUserNamespace("         0       1000          1\n         1     100000      65536\n")).isTrue();
  }
}
