package dev.gomoddoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script as a user runs it, after {@code package} built the jar (so it must not
 * rebuild): version, exit codes, and the class-data-sharing archive it creates on first use.
 */
class LauncherIT {
  @TempDir Path cache;

  record Run(int exit, String out, String err) {}

  private Run launcher(Map<String, String> env, String... args) throws IOException, InterruptedException {
    Path project = SharedData.projectDir();
    List<String> cmd = new ArrayList<>(List.of("sh", project.resolve("gomod-doctor").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile());
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().remove("NO_COLOR");
    pb.environment().putAll(env);
    Path out = Files.createTempFile(cache, "out", ".txt");
    Path err = Files.createTempFile(cache, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("launcher finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void printsTheVersionWithoutRebuilding() throws Exception {
    Run r = launcher(Map.of(), "--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("gomod-doctor ");
    assertThat(r.err()).doesNotContain("building");
  }

  @Test
  void exitCodesReachTheShell() throws Exception {
    assertThat(launcher(Map.of(), "scan", "--bogus").exit()).isEqualTo(2);
    assertThat(launcher(Map.of(), "explain", "GMD999").exit()).isEqualTo(2);
    assertThat(launcher(Map.of(), "rules").exit()).isZero();
    Run clean = launcher(Map.of(), "scan", "--no-color", "--disable", "goenv", "--disable", "cache",
        "examples/clean-module");
    assertThat(clean.exit()).as(clean.out() + clean.err()).isZero();
  }

  @Test
  void aTextScanWithoutConfigNeverLoadsJackson() throws Exception {
    Path project = SharedData.projectDir();
    Path log = Files.createTempFile(cache, "classes", ".txt");
    Process p = new ProcessBuilder("java", "-Xlog:class+load=info:file=" + log, "-jar",
            project.resolve("target/gomod-doctor.jar").toString(), "scan", "--no-color", "examples/clean-module")
        .directory(project.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String classes = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(classes).contains("dev.gomoddoctor.cli.ScanCommand");
    assertThat(classes).as("Jackson is for JSON/SARIF/config only").doesNotContain("com.fasterxml.jackson");
  }

  @Test
  void firstRunCreatesTheSharedArchiveAndLaterRunsUseIt() throws Exception {
    assertThat(launcher(Map.of(), "--version").exit()).isZero();
    try (Stream<Path> files = Files.walk(cache)) {
      assertThat(files.map(Path::toString).filter(n -> n.endsWith(".jsa"))).hasSize(1);
    }
    Run second = launcher(Map.of(), "--version");
    assertThat(second.exit()).isZero();
    assertThat(second.err()).isEmpty();
  }
}
