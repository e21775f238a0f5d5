package dev.gomoddoctor.goenv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The routing rules on real go.mod/go.sum files, through the module-file facts. */
class RoutingScanTest {
  @TempDir Path dir;
  @TempDir Path home;

  private TestProject project() {
    return TestProject.in(dir)
        .env("HOME", home.toString())
        .env("PATH", "/nonexistent")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GOMODCACHE", home.resolve("modcache").toString())
        .file("go.mod", """
            module example.com/app

            go 1.22

            require (
            \tgit.acme.corp/team/lib v1.0.0
            \tgolang.org/x/text v0.14.0
            )
            """);
  }

  @Test
  void privateModuleThroughTheDefaultProxy() {
    List<Finding> f = project().run(new GoEnvironmentChecker(), "GMD202");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.location().path()).isEqualTo("go.mod");
      assertThat(x.location().line()).isEqualTo(1);
      assertThat(x.message()).contains("git.acme.corp/team/lib@v1.0.0");
    });
  }

  @Test
  void goprivateFixesItButThenCredentialsAreNeeded() {
    TestProject p = project().env("GOPRIVATE", "git.acme.corp");
    assertThat(p.run(new GoEnvironmentChecker(), "GMD202")).isEmpty();
    assertThat(p.run(new GoEnvironmentChecker(), "GMD211")).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("no credentials for git.acme.corp"));
  }

  @Test
  void filesystemReplacementAndVendorModeAreQuiet() {
    TestProject replaced = project().file("go.mod", """
        module example.com/app

        go 1.22

        require git.acme.corp/team/lib v1.0.0

        replace git.acme.corp/team/lib => ./lib
        """).file("lib/go.mod", "module git.acme.corp/team/lib\n");
    assertThat(replaced.run(new GoEnvironmentChecker(), "GMD202")).isEmpty();
    TestProject vendored = project()
        .file("vendor/modules.txt", "# git.acme.corp/team/lib v1.0.0\n## explicit\n# golang.org/x/text v0.14.0\n## explicit\n");
    assertThat(vendored.run(new GoEnvironmentChecker(), "GMD202")).isEmpty();
  }

  @Test
  void checksumLegQuietWhenGoSumHasTheLines() {
    TestProject p = project().env("GONOPROXY", "git.acme.corp").file("go.sum", """
        git.acme.corp/team/lib v1.0.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
        git.acme.corp/team/lib v1.0.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
        """);
    assertThat(p.run(new GoEnvironmentChecker(), "GMD202")).isEmpty();
  }

  @Test
  void goproxyOffWithAnEmptyCache() {
    List<Finding> f = project().env("GOPROXY", "off").run(new GoEnvironmentChecker(), "GMD201");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("golang.org/x/text@v0.14.0"));
  }

  @Test
  void noGoModNoEnvironmentFindings() {
    List<Finding> f = TestProject.in(dir).env("HOME", home.toString()).env("GOSUMDB", "off")
        .env("GOINSECURE", "x.lan").run(new GoEnvironmentChecker());
    assertThat(f).filteredOn(x -> x.ruleId().matches("GMD20[1-4]|GMD20[78]|GMD21[01]")).isEmpty();
  }
}
