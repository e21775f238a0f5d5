package dev.gomoddoctor.gomod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.model.ModuleVersion;
import dev.gomoddoctor.gomod.model.Position;
import dev.gomoddoctor.gomod.model.Replacement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildModeAndReplacementsTest {

  @Test
  void modFlagFromGoflags() {
    assertThat(BuildMode.modFlag("-trimpath -mod=vendor")).contains("vendor");
    assertThat(BuildMode.modFlag("--mod=mod -mod=readonly")).contains("readonly");
    assertThat(BuildMode.modFlag("-modcacherw")).isEmpty();
    assertThat(BuildMode.modFlag("")).isEmpty();
  }

  @Test
  void vendorModeAsSetDefaultBuildMod() {
    assertThat(BuildMode.vendorMode("", true, Optional.of("1.14"), false, false)).isTrue();
    assertThat(BuildMode.vendorMode("", true, Optional.of("1.13"), false, false)).isFalse();
    assertThat(BuildMode.vendorMode("", true, Optional.empty(), false, false)).isFalse();
    assertThat(BuildMode.vendorMode("", false, Optional.of("1.21"), false, false)).isFalse();
    assertThat(BuildMode.vendorMode("-mod=vendor", true, Optional.of("1.13"), false, false)).isTrue();
    assertThat(BuildMode.vendorMode("-mod=mod", true, Optional.of("1.21"), false, false)).isFalse();
    // modules.txt written for a workspace is not used outside workspace mode, and vice versa
    assertThat(BuildMode.vendorMode("", true, Optional.of("1.22"), false, true)).isFalse();
    assertThat(BuildMode.vendorMode("", true, Optional.of("1.22"), true, true)).isTrue();
  }

  private static Replacement rep(String old, String oldV, String nu, String nuV) {
    return new Replacement(new ModuleVersion(old, oldV), new ModuleVersion(nu, nuV), new Position(1, 1));
  }

  @Test
  void versionSpecificWinsOverWildcard() {
    Replacements r = Replacements.of(List.of(
        rep("example.com/e", "", "../e", ""),
        rep("example.com/e", "v1.0.0", "example.com/fork", "v1.2.0")), "go.mod", "");
    assertThat(r.sumKey("example.com/e", "v1.0.0")).contains(new ModuleVersion("example.com/fork", "v1.2.0"));
    assertThat(r.sumKey("example.com/e", "v1.1.0")).isEmpty(); // the wildcard directory
    assertThat(r.sumKey("example.com/x", "v1.0.0")).contains(new ModuleVersion("example.com/x", "v1.0.0"));
  }

  @Test
  void goWorkReplacesOverrideModules() {
    Replacements r = Replacements.workspace(
        List.of(new Replacements.Source(rep("example.com/e", "v1.0.0", "example.com/fork", "v1.2.0"), "a/go.mod", "a")),
        List.of(rep("example.com/e", "", "example.com/other", "v2.0.0")), "go.work", "");
    assertThat(r.sumKey("example.com/e", "v1.0.0")).contains(new ModuleVersion("example.com/other", "v2.0.0"));
    assertThat(r.of("example.com/e", "v1.0.0").orElseThrow().file()).isEqualTo("go.work");
  }
}
