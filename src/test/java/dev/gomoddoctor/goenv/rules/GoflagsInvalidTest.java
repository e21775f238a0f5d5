package dev.gomoddoctor.goenv.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoflagsInvalidTest {
  @TempDir Path tmp;

  private List<Finding> run(String goflags) {
    return EnvFixture.go122(tmp).module("").env("GOFLAGS", goflags).run("GMD206");
  }

  @Test
  void unknownAndNonFlagWords() {
    assertThat(run("-foo").get(0).message()).contains("go: parsing $GOFLAGS: unknown flag -foo");
    assertThat(run("mod=mod").get(0).message()).contains("go: parsing $GOFLAGS: non-flag \\\"mod=mod\\\"".replace("\\\"", "\""));
    assertThat(run("-mod").get(0).message()).contains("go: flag needs an argument: -mod (from $GOFLAGS)");
    assertThat(run("-mod=bogus").get(0).message()).contains("-mod=bogus not supported");
    assertThat(run("-ldflags=\"-s -w\"").get(0).message()).contains("quotes are not removed");
  }

  @Test
  void insecureFlag() {
    assertThat(run("-insecure").get(0).message()).contains("-insecure flag is no longer supported");
  }

  @Test
  void vendorWithoutVendorDirectory() {
    List<Finding> f = run("-mod=vendor");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("no vendor directory");
  }

  @Test
  void modModInWorkspace() {
    List<Finding> f = EnvFixture.go122(tmp).module("a").file("go.work", "go 1.22\n\nuse ./a\n")
        .env("GOFLAGS", "-mod=mod").run("GMD206");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("-mod may only be set to readonly or vendor when in workspace mode");
    assertThat(f.get(0).location().path()).isEqualTo("a/go.mod");
  }

  @Test
  void quietWithGoworkOff() {
    assertThat(EnvFixture.go122(tmp).module("a").file("go.work", "go 1.22\n\nuse ./a\n")
        .env("GOFLAGS", "-mod=mod").env("GOWORK", "off").run("GMD206")).isEmpty();
  }

  @Test
  void quietWithVendorDirectory() {
    assertThat(EnvFixture.go122(tmp).module("").file("vendor/modules.txt", "# x\n")
        .env("GOFLAGS", "-mod=vendor").run("GMD206")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-mod=mod", "-mod=readonly", "-trimpath", "-buildvcs=false", "-modcacherw -trimpath", "-mod=mod\r"})
  void quiet(String goflags) {
    assertThat(run(goflags)).isEmpty();
  }
}
