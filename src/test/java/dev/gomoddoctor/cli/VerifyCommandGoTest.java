package dev.gomoddoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.cache.verify.CacheLayout;
import dev.gomoddoctor.cache.verify.GoConformanceTest;
import dev.gomoddoctor.testing.GoTool;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gomod-doctor verify PATH} on a project and cache made by the real go. */
class VerifyCommandGoTest {
  @TempDir Path tmp;

  private String[] run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new VerifyCommand(env));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void buildListOfAGoProjectIsVerifiedThenItsCorruptionReported() throws Exception {
    GoTool go = GoTool.require();
    Path modcache = tmp.resolve("modcache");
    Path main = GoConformanceTest.download(go, tmp, modcache);
    Map<String, String> env = Map.of("GOMODCACHE", modcache.toString(), "HOME", tmp.toString());

    String[] ok = run(env, main.toString());
    assertThat(ok[0]).as(ok[1] + ok[2]).isEqualTo("0");
    assertThat(ok[1]).startsWith("all modules verified: 4 modules (build-list)");

    Path x = new CacheLayout(modcache).files("example.com/a", "v1.0.0").orElseThrow().dir().resolve("a.go");
    x.toFile().setWritable(true);
    Files.writeString(x, "// injected\n", StandardOpenOption.APPEND);
    Files.writeString(main.resolve("go.sum"), Files.readString(main.resolve("go.sum"))
        .replaceFirst("example.com/d v0.1.0 h1:[^\n]*", "example.com/d v0.1.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
    String[] bad = run(env, main.toString(), "--threads", "1");
    assertThat(bad[0]).isEqualTo("1");
    assertThat(bad[1]).contains("example.com/a v1.0.0: dir has been modified").contains("differing: a.go")
        .contains("verifying example.com/d@v0.1.0: checksum mismatch")
        .contains("2 verified, 2 modified");
  }
}
