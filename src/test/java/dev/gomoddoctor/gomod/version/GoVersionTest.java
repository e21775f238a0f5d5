package dev.gomoddoctor.gomod.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoVersionTest {

  @Test
  void languageVersionSortsBeforeItsReleaseCandidatesFrom121() {
    String[] ascending = {"bad", "1.19", "1.20rc1", "1.20", "1.20.1", "1.21", "1.21rc1", "1.21rc2", "1.21.0",
        "1.21.1", "1.22.0", "1.100"};
    for (int i = 0; i + 1 < ascending.length; i++) {
      assertThat(GoVersion.compare(ascending[i], ascending[i + 1])).as(ascending[i] + " < " + ascending[i + 1])
          .isNegative();
      assertThat(GoVersion.compare(ascending[i + 1], ascending[i])).isPositive();
    }
    assertThat(GoVersion.compare("1.20", "1.20.0")).isZero();
    assertThat(GoVersion.compare("1", "1.0.0")).isZero();
    assertThat(GoVersion.compare("1.21.0rc1", "1.21.0")).isNegative();
    assertThat(GoVersion.compare("x", "y")).isZero();
  }

  @Test
  void langAndIsLang() {
    assertThat(GoVersion.lang("1.21.3")).isEqualTo("1.21");
    assertThat(GoVersion.lang("1.21rc1")).isEqualTo("1.21");
    assertThat(GoVersion.lang("1.0")).isEqualTo("1");
    assertThat(GoVersion.isLang("1.21")).isTrue();
    assertThat(GoVersion.isLang("1.20")).isFalse(); // 1.20 is 1.20.0
    assertThat(GoVersion.isLang("1.21.0")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.21", "1.21.0", "1.21rc1", "1.2beta1", "1.22.333"})
  void goLinesGoAccepts(String v) {
    assertThat(GoVersion.isValidGoLine(v)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "v1.21", "1.21.0.1", "1.x", "1.2.beta1", "1.21-rc1", "01.2", "1.02", ""})
  void goLinesGoRejects(String v) {
    assertThat(GoVersion.isValidGoLine(v)).isFalse();
  }

  @Test
  void laxParsingTruncatesLikeGo() {
    assertThat(GoVersion.laxGoLine("1.22rc")).contains("1.22");
    assertThat(GoVersion.laxGoLine("v1.21-foo")).contains("1.21");
    assertThat(GoVersion.laxGoLine("v1.2")).isEmpty();
    assertThat(GoVersion.laxGoLine("1.2.beta1")).contains("1.2");
    assertThat(GoVersion.laxGoLine("1.22")).contains("1.22");
  }

  @Test
  void toolchainNames() {
    assertThat(ToolchainName.goVersion("go1.21.1-bigcorp")).contains("1.21.1");
    assertThat(ToolchainName.goVersion("go1.21rc1")).contains("1.21rc1");
    assertThat(ToolchainName.goVersion("default")).isEmpty();
    assertThat(ToolchainName.goVersion("go1.x")).isEmpty();
    assertThat(ToolchainName.goVersion("../go1.21.0")).isEmpty();
    assertThat(ToolchainName.isLanguageVersionOnly("go1.22")).isTrue();
    assertThat(ToolchainName.isLanguageVersionOnly("go1.20")).isFalse();
    assertThat(ToolchainName.isLanguageVersionOnly("go1.22.0")).isFalse();
    assertThat(ToolchainName.isValidToolchainLine("go1.2rc1-gccgo")).isTrue();
    assertThat(ToolchainName.isValidToolchainLine("default")).isTrue();
    assertThat(ToolchainName.isValidToolchainLine("inconceivable!")).isFalse();
    assertThat(ToolchainName.isValidToolchainLine("go1")).isTrue();
    assertThat(ToolchainName.isValidToolchainLine("go12")).isFalse();
  }
}
