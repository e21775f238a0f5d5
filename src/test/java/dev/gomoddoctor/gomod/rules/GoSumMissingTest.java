package dev.gomoddoctor.gomod.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.ModuleFilesChecker;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoSumMissingTest {
  @TempDir Path dir;

  private List<Finding> run(TestProject p) {
    return p.run(new ModuleFilesChecker(), "GMD102");
  }

  @Test
  void firesWhenRequirementsHaveNoGoSum() {
    List<Finding> f = run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n\ngo 1.21\n\nrequire (\n\texample.com/b v1.0.0\n\texample.com/c v1.1.0 // indirect\n)\n"));
    assertThat(f).hasSize(1);
    assertThat(f.get(0).location().path()).isEqualTo("go.mod");
    assertThat(f.get(0).location().line()).isEqualTo(6);
    assertThat(f.get(0).message()).contains("example.com/b v1.0.0 and 1 more").contains("no go.sum");
    assertThat(f.get(0).hint()).contains("go mod tidy");
  }

  @Test
  void firesForEveryModuleOfAMonorepo() {
    List<Finding> f = run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n\ngo 1.21\n\nrequire example.com/b v1.0.0\n")
        .file("go.sum", "")
        .file("tools/go.mod", "module example.com/a/tools\n\ngo 1.21\n\nrequire example.com/t v1.0.0\n"));
    assertThat(f).extracting(x -> x.location().path()).containsExactly("tools/go.mod");
  }

  @Test
  void firesWhenALocalReplacementRequiresAFetchedModule() {
    List<Finding> f = run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n\ngo 1.21\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ./lib\n")
        .file("lib/go.mod", "module example.com/lib\n\ngo 1.21\n\nrequire example.com/remote v1.0.0\n")
        .file("lib/go.sum", ""));
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("example.com/lib");
  }

  @Test
  void quietWithoutRequirements() {
    assertThat(run(TestProject.in(dir).file("go.mod", "module example.com/a\n\ngo 1.21\n"))).isEmpty();
  }

  @Test
  void quietWithGoSum() {
    assertThat(run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n\nrequire example.com/b v1.0.0\n")
        .file("go.sum", "example.com/b v1.0.0/go.mod h1:8i4YIDVyQJnz0fyPspNZvGDkJAFzsL+uwnIhK7Q4ibo=\n"))).isEmpty();
  }

  @Test
  void quietWhenEverythingIsReplacedLocally() {
    assertThat(run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n\ngo 1.21\n\nrequire (\n\texample.com/lib v0.0.0\n\texample.com/util v0.0.0\n)\n\n"
            + "replace example.com/lib => ./lib\n\nreplace example.com/util v0.0.0 => ../outside-util\n")
        .file("lib/go.mod", "module example.com/lib\n\ngo 1.21\n\nrequire example.com/util v0.0.0\n")
        .file("lib/go.sum", ""))).isEmpty();
  }

  @Test
  void quietInVendorMode() {
    assertThat(run(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n\ngo 1.21\n\nrequire example.com/b v1.0.0\n")
        .file("vendor/modules.txt", "# example.com/b v1.0.0\n## explicit\nexample.com/b\n"))).isEmpty();
  }

  @Test
  void quietInWorkspaceWithGoWorkSum() {
    assertThat(run(TestProject.in(dir)
        .file("go.work", "go 1.21\n\nuse ./a\n")
        .file("go.work.sum", "")
        .file("a/go.mod", "module example.com/a\n\ngo 1.21\n\nrequire example.com/b v1.0.0\n"))).isEmpty();
  }

  @Test
  void firesInWorkspaceWithoutAnySumFile() {
    assertThat(run(TestProject.in(dir)
        .file("go.work", "go 1.21\n\nuse ./a\n")
        .file("a/go.mod", "module example.com/a\n\ngo 1.21\n\nrequire example.com/b v1.0.0\n"))).hasSize(1);
  }

  @Test
  void quietInWorkspaceWhenAnotherModuleHasGoSum() {
    assertThat(run(TestProject.in(dir)
        .file("go.work", "go 1.21\n\nuse (\n\t./a\n\t./b\n)\n")
        .file("a/go.mod", "module example.com/a\n\ngo 1.21\n\nrequire example.com/x v1.0.0\n")
        .file("b/go.mod", "module example.com/b\n\ngo 1.21\n")
        .file("b/go.sum", "example.com/x v1.0.0/go.mod h1:8i4YIDVyQJnz0fyPspNZvGDkJAFzsL+uwnIhK7Q4ibo=\n"))).isEmpty();
  }

  @Test
  void quietForRequirementsOnWorkspaceModules() {
    assertThat(run(TestProject.in(dir)
        .file("go.work", "go 1.21\n\nuse (\n\t./a\n\t./b\n)\n")
        .file("a/go.mod", "module example.com/a\n\ngo 1.21\n\nrequire example.com/b v0.0.0\n")
        .file("b/go.mod", "module example.com/b\n\ngo 1.21\n"))).isEmpty();
  }
}
