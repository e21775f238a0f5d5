package dev.gomoddoctor.gomod.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SemverTest {

  @ParameterizedTest
  @CsvSource({
      "v1, v1.0.0", "v1.2, v1.2.0", "v1.2.3, v1.2.3", "v1.2.3+meta, v1.2.3", "v1.2.3-pre.1+b, v1.2.3-pre.1",
      "v0.0.0-20200101000000-abcdefabcdef, v0.0.0-20200101000000-abcdefabcdef", "v2.0.0+incompatible, v2.0.0"})
  void canonicalFillsShorthandsAndDropsBuild(String v, String canonical) {
    assertThat(Semver.isValid(v)).isTrue();
    assertThat(Semver.canonical(v)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.2.3", "v", "v01.2.3", "v1.02.3", "v1.2.03", "v1.2-pre", "v1+meta", "v1.2.3-",
      "v1.2.3-01", "v1.2.3-a..b", "v1.2.3+", "v1.2.3.4", "v1.2.3-pre_x", "V1.2.3"})
  void rejectsWhatGoRejects(String v) {
    assertThat(Semver.isValid(v)).isFalse();
    assertThat(Semver.canonical(v)).isEmpty();
  }

  @Test
  void ordersLikeGo() {
    String[] ascending = {"bad", "v0.9.0", "v1.0.0-alpha", "v1.0.0-alpha.1", "v1.0.0-alpha.beta", "v1.0.0-beta",
        "v1.0.0-beta.2", "v1.0.0-beta.11", "v1.0.0-rc.1", "v1.0.0", "v1.0.1", "v1.10.0", "v2.0.0"};
    for (int i = 0; i + 1 < ascending.length; i++) {
      assertThat(Semver.compare(ascending[i], ascending[i + 1])).as(ascending[i] + " < " + ascending[i + 1])
          .isNegative();
      assertThat(Semver.compare(ascending[i + 1], ascending[i])).isPositive();
    }
    assertThat(Semver.compare("v1.2.3+a", "v1.2.3+b")).isZero();
    assertThat(Semver.compare("x", "y")).isZero();
    assertThat(Semver.compare("v1.2", "v1.2.0")).isZero();
  }

  @Test
  void partsOfAVersion() {
    assertThat(Semver.major("v2.3.4")).isEqualTo("v2");
    assertThat(Semver.majorMinor("v2.3.4")).isEqualTo("v2.3");
    assertThat(Semver.prerelease("v1.2.3-rc.1+x")).isEqualTo("-rc.1");
    assertThat(Semver.build("v1.2.3-rc.1+x")).isEqualTo("+x");
    assertThat(Semver.major("nope")).isEmpty();
  }
}
