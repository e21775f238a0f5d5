package dev.gomoddoctor.gomod.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModulePathsTest {

  @ParameterizedTest
  @ValueSource(strings = {"example.com/m", "example.com/m/v2", "gopkg.in/yaml.v2", "gopkg.in/check.v1",
      "gopkg.in/x.v0", "github.com/A/b_c~d+e", "golang.org/x/mod", "gopkg.in/src-d/go-git.v4-unstable"})
  void validModulePaths(String path) {
    assertThat(ModulePaths.checkPath(path)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "myapp|malformed module path \"myapp\": missing dot in first path element",
      "gitserver/team/lib|malformed module path \"gitserver/team/lib\": missing dot in first path element",
      "git.corp:8443/team/lib|malformed module path \"git.corp:8443/team/lib\": invalid char ':'",
      "Example.com/m|malformed module path \"Example.com/m\": invalid char 'E' in first path element",
      "example.com/m/v1|malformed module path \"example.com/m/v1\": invalid version",
      "example.com/m/v01|malformed module path \"example.com/m/v01\": invalid version",
      "example.com//m|malformed module path \"example.com//m\": double slash",
      "example.com/m/|malformed module path \"example.com/m/\": trailing slash",
      "-x.com/m|malformed module path \"-x.com/m\": leading dash",
      "example.com/.m|malformed module path \"example.com/.m\": leading dot in path element",
      "example.com/m.|malformed module path \"example.com/m.\": trailing dot in path element",
      "example.com/con|malformed module path \"example.com/con\": \"con\" disallowed as path element component on Windows",
      "example.com/ab~1|malformed module path \"example.com/ab~1\": trailing tilde and digits in path element",
      "gopkg.in/yaml|malformed module path \"gopkg.in/yaml\": invalid version"})
  void invalidModulePaths(String path, String message) {
    assertThat(ModulePaths.checkPath(path)).hasValueSatisfying(m -> assertThat(m).startsWith(message));
  }

  @Test
  void mainModuleNeedsOnlyImportPathRules() {
    assertThat(ModulePaths.checkImportPath("myapp")).isEmpty();
    assertThat(ModulePaths.checkImportPath("my app")).contains("malformed import path \"my app\": invalid char ' '");
    assertThat(ModulePaths.failsOnlyForMissingDot("gitserver/team/lib")).isTrue();
    assertThat(ModulePaths.failsOnlyForMissingDot("git.corp:8443/lib")).isFalse();
    assertThat(ModulePaths.failsOnlyForMissingDot("Gitserver/lib")).isFalse();
  }

  @Test
  void majorVersionSuffixes() {
    assertThat(ModulePaths.splitPathVersion("example.com/m/v2")).hasValueSatisfying(p -> {
      assertThat(p.prefix()).isEqualTo("example.com/m");
      assertThat(p.pathMajor()).isEqualTo("/v2");
    });
    assertThat(ModulePaths.splitPathVersion("gopkg.in/yaml.v2")).hasValueSatisfying(
        p -> assertThat(p.pathMajor()).isEqualTo(".v2"));
    assertThat(ModulePaths.splitPathVersion("example.com/m/v1")).isEmpty();
    assertThat(ModulePaths.checkPathMajor("v2.0.0", "")).contains("version \"v2.0.0\" invalid: should be v0 or v1, not v2");
    assertThat(ModulePaths.checkPathMajor("v2.0.0+incompatible", "")).isEmpty();
    assertThat(ModulePaths.checkPathMajor("v3.1.0", "/v2")).contains("version \"v3.1.0\" invalid: should be v2, not v3");
    assertThat(ModulePaths.checkPathMajor("v0.0.0-20160818020120-3f83fa500528", ".v1")).isEmpty();
    assertThat(ModulePaths.checkPathMajor("v2.2.1", ".v2")).isEmpty();
    assertThat(ModulePaths.checkPathMajor("v1.2.1", ".v2-unstable")).contains("version \"v1.2.1\" invalid: should be v2, not v1");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "..", "./x", "../x", ".\\x", "..\\x", "/abs", "\\abs", "C:\\x", "c:/x"})
  void directoryPaths(String p) {
    assertThat(ModulePaths.isDirectoryPath(p)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com/x", ".x", "..x", "x/..", "my/xyz", "1:x"})
  void notDirectoryPaths(String p) {
    assertThat(ModulePaths.isDirectoryPath(p)).isFalse();
  }

  @Test
  void canonicalVersionKeepsIncompatible() {
    assertThat(ModulePaths.canonicalVersion("v2.0.0+incompatible")).isEqualTo("v2.0.0+incompatible");
    assertThat(ModulePaths.canonicalVersion("v2.0+incompatible")).isEmpty();
    assertThat(ModulePaths.canonicalVersion("v1.2.3+meta")).isEqualTo("v1.2.3");
    assertThat(ModulePaths.canonicalVersion("master")).isEmpty();
  }

  @Test
  void pseudoVersionsInTheirThreeForms() {
    assertThat(PseudoVersion.form("v0.0.0-20191109021931-daa7c04131f5")).contains(PseudoVersion.Form.NO_BASE);
    assertThat(PseudoVersion.form("v1.2.4-0.20191109021931-daa7c04131f5")).contains(PseudoVersion.Form.AFTER_RELEASE);
    assertThat(PseudoVersion.form("v1.2.3-pre.0.20191109021931-daa7c04131f5+incompatible"))
        .contains(PseudoVersion.Form.AFTER_PRERELEASE);
    assertThat(PseudoVersion.isPseudoVersion("v1.2.3")).isFalse();
    assertThat(PseudoVersion.isPseudoVersion("v1.2.3-20191109021931-daa7c04131f5")).isFalse();
    assertThat(PseudoVersion.timestamp("v1.2.4-0.20191109021931-daa7c04131f5")).contains("20191109021931");
    assertThat(PseudoVersion.revision("v1.2.4-0.20191109021931-daa7c04131f5")).contains("daa7c04131f5");
  }

  @Test
  void goQuoting() {
    assertThat(GoQuoting.quote("a\"b\\c\td\u0001é")).isEqualTo("\"a\\\"b\\\\c\\td\\x01é\"");
    assertThat(GoQuoting.quoteRune(0x01)).isEqualTo("'\\x01'");
    assertThat(GoQuoting.quoteRune(0xA0)).isEqualTo("'\\u00a0'");
    assertThat(GoQuoting.quoteRune(':')).isEqualTo("':'");
    assertThat(GoQuoting.unquoteDoubleQuoted("\"a\\tb\\u00e9\\x41\\101\"")).contains("a\tbéAA");
    assertThat(GoQuoting.unquoteDoubleQuoted("\"a\\q\"")).isEmpty();
    assertThat(GoQuoting.unquoteDoubleQuoted("\"a\\'\"")).isEmpty();
    assertThat(GoQuoting.unquoteDoubleQuoted("\"\\400\"")).isEmpty();
  }
}
