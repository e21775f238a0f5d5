package dev.gomoddoctor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIndexTest {
  @TempDir Path dir;

  @Test
  void skipsVendorContentsButKeepsModulesTxt() throws Exception {
    TestProject.in(dir)
        .file("go.mod", "module a\n")
        .file("vendor/modules.txt", "# x v1\n")
        .file("vendor/example.com/x/go.mod", "module example.com/x\n")
        .file(".git/config", "")
        .file("node_modules/p/go.mod", "")
        .file("sub/testdata/go.mod", "")
        .file("sub/go.mod", "module a/sub\n");
    FileIndex idx = FileIndex.walk(dir, List.of());
    assertThat(idx.files()).containsExactly("go.mod", "sub/go.mod", "vendor/modules.txt");
    assertThat(idx.named("go.mod")).containsExactly("go.mod", "sub/go.mod");
  }

  @Test
  void excludeGlobsPruneDirectoriesAndFiles() throws Exception {
    TestProject.in(dir).file("go.mod", "").file("examples/x/go.mod", "").file("a/Dockerfile", "");
    FileIndex idx = FileIndex.walk(dir, List.of("examples/**", "**/Dockerfile"));
    assertThat(idx.files()).containsExactly("go.mod");
  }

  @Test
  void doesNotFollowDirectorySymlinksOutOfTheRoot() throws Exception {
    Path outside = Files.createTempDirectory("outside");
    Files.writeString(outside.resolve("go.mod"), "module x\n");
    TestProject.in(dir).file("go.mod", "");
    Files.createSymbolicLink(dir.resolve("link"), outside);
    Files.createSymbolicLink(dir.resolve("loop"), dir);
    Files.createSymbolicLink(dir.resolve("outside.mod"), outside.resolve("go.mod"));
    FileIndex idx = FileIndex.walk(dir, List.of());
    assertThat(idx.files()).containsExactly("go.mod");
  }
}
