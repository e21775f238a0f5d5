package dev.gomoddoctor.cache.perm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MountTableTest {
  static final String INFO = """
      22 27 0:21 / /proc rw,relatime - proc proc rw
      27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard
      40 27 0:30 / /tmp rw,nosuid,nodev,noexec,relatime shared:5 - tmpfs tmpfs rw,size=1024k
      41 27 0:31 / /mnt/my\\040disk ro,relatime - ext4 /dev/vdb rw
      42 27 0:32 / /srv rw,relatime - ext4 /dev/vdc ro
      43 27 0:33 / /tmpfoo rw - tmpfs tmpfs rw
      44 40 0:34 / /tmp rw,relatime - tmpfs tmpfs rw
      """;

  @Test
  void longestMatchingMountPointByWholeElements() {
    MountTable mt = MountTable.parse(INFO);
    assertThat(mt.mountOf(Path.of("/tmpfoo/x")).get().mountPoint()).isEqualTo(Path.of("/tmpfoo"));
    assertThat(mt.mountOf(Path.of("/usr/bin")).get().mountPoint()).isEqualTo(Path.of("/"));
  }

  @Test
  void theMountOnTopWins() {
    MountTable mt = MountTable.parse(INFO);
    // /tmp was mounted noexec, then another tmpfs was mounted over it
    assertThat(mt.noexec(Path.of("/tmp/go-build1"))).isEqualTo(MountTable.Answer.NO);
    MountTable first = MountTable.parse(INFO.lines().limit(3).reduce("", (a, b) -> a + b + "\n"));
    assertThat(first.noexec(Path.of("/tmp/go-build1"))).isEqualTo(MountTable.Answer.YES);
  }

  @Test
  void octalEscapesAndReadOnlyFromEitherOptionSet() {
    MountTable mt = MountTable.parse(INFO);
    assertThat(mt.readOnly(Path.of("/mnt/my disk/cache"))).isEqualTo(MountTable.Answer.YES);
    assertThat(mt.readOnly(Path.of("/srv/go"))).isEqualTo(MountTable.Answer.YES);
    assertThat(mt.readOnly(Path.of("/home"))).isEqualTo(MountTable.Answer.NO);
    assertThat(MountTable.unescape("a\\011b\\134c\\012")).isEqualTo("a\tb\\c\n");
  }

  @Test
  void unknownTableNeverAnswersYes() {
    MountTable mt = MountTable.unknown();
    assertThat(mt.readOnly(Path.of("/"))).isEqualTo(MountTable.Answer.UNKNOWN);
    assertThat(mt.noexec(Path.of("/tmp"))).isEqualTo(MountTable.Answer.UNKNOWN);
  }

  @Test
  void malformedLinesAreSkipped() {
    MountTable mt = MountTable.parse("garbage\n27 1 254:0 / / rw - ext4 /dev/vda rw\n1 2 3\n");
    assertThat(mt.mounts()).hasSize(1);
  }
}
