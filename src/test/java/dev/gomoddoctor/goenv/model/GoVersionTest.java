package dev.gomoddoctor.goenv.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoVersionTest {

  @Test
  void ordersAsGoDoes() {
    assertThat(GoVersion.compare("1.20rc1", "1.20")).isNegative();
    assertThat(GoVersion.compare("1.20", "1.20.0")).isZero();
    assertThat(GoVersion.compare("1.20.0", "1.20.1")).isNegative();
    assertThat(GoVersion.compare("1.21", "1.21rc1")).isNegative();
    assertThat(GoVersion.compare("1.21rc1", "1.21rc2")).isNegative();
    assertThat(GoVersion.compare("1.21rc2", "1.21.0")).isNegative();
    assertThat(GoVersion.compare("1.21.0", "1.21.1")).isNegative();
    assertThat(GoVersion.compare("1.9", "1.10")).isNegative();
    assertThat(GoVersion.compare("1", "1.0.0")).isZero();
    assertThat(GoVersion.compare("1.21beta1", "1.21rc1")).isNegative();
  }

  @Test
  void malformedSortsFirst() {
    assertThat(GoVersion.compare("junk", "1.0")).isNegative();
    assertThat(GoVersion.parse("01.2")).isEmpty();
    assertThat(GoVersion.parse("1.2.")).isEmpty();
    assertThat(GoVersion.parse("1.21rc")).isPresent();
  }

  @Test
  void toolchainNames() {
    assertThat(GoVersion.fromToolchain("go1.21.1-bigcorp")).map(Object::toString).contains("1.21.1");
    assertThat(GoVersion.fromToolchain("go1.19.8")).map(Object::toString).contains("1.19.8");
    assertThat(GoVersion.fromToolchain("gccgo1.21")).isEmpty();
    assertThat(GoVersion.fromToolchain("go1.21/x")).isEmpty();
    assertThat(GoVersion.fromToolchain("devel go1.22")).isEmpty();
  }
}
