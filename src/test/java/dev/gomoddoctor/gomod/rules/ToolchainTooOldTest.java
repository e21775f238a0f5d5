package dev.gomoddoctor.gomod.rules;

import static dev.gomoddoctor.gomod.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolchainTooOldTest {
  @TempDir Path tmp;

  /** A GOROOT with bin/go, pkg/tool and VERSION, never run; returns its bin directory. */
  private Path fakeGo(String version, String goEnv) throws IOException {
    Path root = tmp.resolve("goroot-" + version + (goEnv == null ? "" : "-env"));
    Files.createDirectories(root.resolve("bin"));
    Files.createDirectories(root.resolve("pkg/tool"));
    Path go = root.resolve("bin/go");
    Files.writeString(go, "#!/bin/sh\nexit 1\n");
    Files.setPosixFilePermissions(go, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(root.resolve("VERSION"), "go" + version + "\ntime 2024-01-01T00:00:00Z\n");
    if (goEnv != null) {
      Files.writeString(root.resolve("go.env"), goEnv);
    }
    return root.resolve("bin");
  }

  private List<Finding> scan(String gomod, Path bin, String gotoolchain) {
    TestProject p = TestProject.in(tmp.resolve("proj" + System.nanoTime())).file("go.mod", gomod);
    if (bin != null) {
      p.env("PATH", bin.toString());
    }
    if (gotoolchain != null) {
      p.env("GOTOOLCHAIN", gotoolchain);
    }
    return run(p, "GMD109");
  }

  private static final String MOD_123 = "module example.com/a\n\ngo 1.23.0\n";

  @Test
  void localToolchainOlderWithLocalMode() throws IOException {
    List<Finding> f = scan(MOD_123, fakeGo("1.22.5", "GOTOOLCHAIN=auto\n"), "local");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).location().line()).isEqualTo(3);
    assertThat(f.get(0).message()).contains("go.mod requires go >= 1.23.0 (running go 1.22.5; GOTOOLCHAIN=local)");
  }

  @Test
  void missingGoEnvMeansLocal() throws IOException {
    assertThat(scan(MOD_123, fakeGo("1.22.5", null), null)).hasSize(1);
  }

  @Test
  void quietWhenGoSwitches() throws IOException {
    Path bin = fakeGo("1.22.5", "GOTOOLCHAIN=auto\n");
    assertThat(scan(MOD_123, bin, null)).isEmpty();
    assertThat(scan(MOD_123, bin, "go1.22.5+auto")).isEmpty();
    assertThat(scan(MOD_123, bin, "path")).isEmpty();
  }

  @Test
  void pinnedToolchain() throws IOException {
    List<Finding> f = scan(MOD_123, fakeGo("1.23.1", "GOTOOLCHAIN=auto\n"), "go1.22.0");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("GOTOOLCHAIN=go1.22.0");
  }

  @Test
  void pinnedLanguageVersionIsAnError() throws IOException {
    List<Finding> f = scan("module example.com/a\n\ngo 1.21\n", fakeGo("1.23.1", "GOTOOLCHAIN=auto\n"), "go1.22");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("is a language version");
  }

  @Test
  void oldGoCannotParseNewGoLines() throws IOException {
    Path bin = fakeGo("1.19.8", null);
    List<Finding> three = scan("module example.com/a\n\ngo 1.21.0\n", bin, "auto");
    assertThat(three).hasSize(1);
    assertThat(three.get(0).severity()).isEqualTo(Severity.ERROR);
    List<Finding> lang = scan("module example.com/a\n\ngo 1.20\n", bin, null);
    assertThat(lang).hasSize(1);
    assertThat(lang.get(0).severity()).isEqualTo(Severity.WARNING);
    List<Finding> refused = scan("module example.com/a\n\ngo 1.22\n", fakeGo("1.20.9", null), null);
    assertThat(refused).hasSize(1);
    assertThat(refused.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void quietWithoutToolchainOrWhenNewEnough() throws IOException {
    assertThat(scan(MOD_123, null, null)).isEmpty();
    // older than the toolchain line but not than the go line
    assertThat(scan("module example.com/a\n\ngo 1.22.0\n\ntoolchain go1.23.4\n", fakeGo("1.22.5", null), "local")).isEmpty();
  }

  @Test
  void workspaceUsesGoWorksGoLine() throws IOException {
    TestProject p = TestProject.in(tmp.resolve("ws"))
        .file("go.work", "go 1.24.0\n\nuse ./a\n")
        .file("a/go.mod", "module example.com/a\n\ngo 1.22\n")
        .env("PATH", fakeGo("1.23.0", null).toString());
    List<Finding> f = run(p, "GMD109");
    assertThat(f).extracting(x -> x.location().path()).containsExactly("go.work");
    assertThat(f.get(0).message()).contains("go.work requires go >= 1.24.0");
  }
}
