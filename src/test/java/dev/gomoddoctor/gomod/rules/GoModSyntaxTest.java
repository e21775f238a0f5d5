package dev.gomoddoctor.gomod.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.ModuleFilesChecker;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoModSyntaxTest {
  @TempDir
  Path dir;

  private List<Finding> gmd100(String goMod) {
    return TestProject.in(dir).file("go.mod", goMod).run(new ModuleFilesChecker(), "GMD100");
  }

  @Test
  void firesOnUnknownDirectiveWithGosMessageAndLine() {
    List<Finding> f = gmd100("module example.com/a\n\ngo 1.21\nrequires example.com/b v1.0.0\n");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).isEqualTo("go.mod:4: unknown directive: requires");
    assertThat(f.get(0).location().line()).isEqualTo(4);
    assertThat(f.get(0).location().column()).isEqualTo(1);
  }

  @Test
  void firesInsideBlocksWithTheColumn() {
    List<Finding> f = gmd100("module example.com/a\n\nrequire (\n\texample.com/m v2.0.0\n)\n");
    assertThat(f).extracting(Finding::message).containsExactly(
        "go.mod:4:2: require example.com/m: version \"v2.0.0\" invalid: should be v0 or v1, not v2");
    assertThat(f.get(0).location().display()).isEqualTo("go.mod:4:2");
  }

  @Test
  void firesOnSyntaxErrors() {
    assertThat(gmd100("module x /* c */\n")).extracting(Finding::message)
        .containsExactly("go.mod:1:10: mod files must use // comments (not /* */ comments)");
    assertThat(gmd100("module x\nrequire (\n\tx.com/y v1.0.0\n")).extracting(Finding::message)
        .containsExactly("go.mod:4: syntax error (unterminated block started at go.mod:3:1)".replace("3:1", "2:1"));
    assertThat(gmd100("module x\ngo (\n\t1.21\n)\n")).extracting(Finding::message)
        .containsExactly("go.mod:2: unknown block type: go");
    assertThat(gmd100("module x\nrequire x.com/y `v1.0.0`\n")).hasSize(1);
    assertThat(gmd100("module x\nrequire x.com/y master\n")).extracting(Finding::message)
        .containsExactly("go.mod:2: require x.com/y: version \"master\" invalid: must be of the form v1.2.3");
  }

  @Test
  void firesOnModulePathsGoRejects() {
    assertThat(gmd100("module x\nrequire git.corp:8443/team/lib v1.0.0\n")).extracting(Finding::message)
        .containsExactly("require git.corp:8443/team/lib@v1.0.0: malformed module path "
            + "\"git.corp:8443/team/lib\": invalid char ':'");
    assertThat(gmd100("module x\nrequire gitserver/team/lib v1.0.0\n")).hasSize(1);
    assertThat(gmd100("module x\nreplace example.com/a => Example.com/b v1.0.0\n")).hasSize(1);
    assertThat(gmd100("module my app\n")).hasSize(1);
    assertThat(gmd100("module \"my app\"\n")).extracting(Finding::message)
        .containsExactly("malformed module path \"my app\": invalid char ' '");
    assertThat(gmd100("go 1.21\n")).extracting(Finding::message)
        .containsExactly("error reading go.mod: missing module declaration");
  }

  @Test
  void firesForGoWorkAndNestedModules() {
    List<Finding> f = TestProject.in(dir)
        .file("go.mod", "module example.com/a\n")
        .file("sub/go.mod", "module example.com/a/sub\nfoo\n")
        .file("go.work", "go 1.21\nuse ./a ./b\n")
        .run(new ModuleFilesChecker(), "GMD100");
    assertThat(f).extracting(x -> x.location().path() + ":" + x.location().line() + " " + x.message()).containsExactly(
        "go.work:2 go.work:2: usage: use local/dir",
        "sub/go.mod:2 sub/go.mod:2: unknown directive: foo");
  }

  @Test
  void quietOnValidFilesWithCommentsBlocksAndNewDirectives() {
    assertThat(gmd100("""
        // Deprecated: use example.com/b
        module example.com/a // trailing comment

        go 1.23.0 // comment
        toolchain go1.23.2

        godebug (
        \tdefault=go1.21
        )
        require (
        \t// comment line
        \texample.com/b v1.0.0 // indirect
        \t"example.com/c" v1.2 // indirect; comment
        )
        exclude (
        \texample.com/b v0.9.1
        )
        replace (
        \texample.com/c => ../c
        )
        retract (
        \tv0.1.0 // oops
        \t[v0.2.0, v0.3.0]
        )
        tool (
        \texample.com/b/cmd/x
        )
        ignore (
        \t./web/node_modules
        )
        module (
        )
        """)).isEmpty();
  }

  @Test
  void quietOnMainModuleWithoutDotAndDotlessRequireReplacedByDirectory() {
    assertThat(gmd100("module myapp\n\ngo 1.21\n")).isEmpty();
    assertThat(gmd100("""
        module myapp

        require gitserver/team/lib v0.0.0-00010101000000-000000000000
        replace gitserver/team/lib => ../lib
        """)).isEmpty();
    assertThat(gmd100("""
        module myapp

        require gitserver/team/lib v1.0.0
        replace gitserver/team/lib v1.0.0 => ./lib
        """)).isEmpty();
  }

  @Test
  void goVersionProblemsAreLeftToGmd106() {
    assertThat(gmd100("module x\ngo 1.21.0.1\n")).isEmpty();
    assertThat(gmd100("module x\ntoolchain 1.21\n")).isEmpty();
  }
}
