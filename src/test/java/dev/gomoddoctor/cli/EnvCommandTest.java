package dev.gomoddoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.goenv.HostFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EnvCommandTest {
  private static final Map<String, String> FILES = Map.of(
      "/h/.config/go/env", "GOPRIVATE=*.corp\r\nGOFLAGS=-mod=mod\r\n  GOSUMDB=off\r\n",
      "/usr/local/go/VERSION", "go1.22.5\n",
      "/usr/local/go/go.env", "GOPROXY=https://proxy.golang.org,direct\nGOSUMDB=sum.golang.org\nGOTOOLCHAIN=auto\n");

  private static String[] run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new EnvCommand(env, HostFiles.of(FILES)));
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int rc = cmd.execute(args);
    return new String[] {String.valueOf(rc), out.toString(), err.toString()};
  }

  private static final Map<String, String> ENV = Map.of(
      "HOME", "/h", "GOROOT", "/usr/local/go", "GOPROXY", "https://me:t0ps3cret@corp.example/proxy,direct");

  @Test
  void textShowsValueAndSource() {
    String[] r = run(ENV);
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("GOPRIVATE=\"*.corp\\r\"").contains("# GOENV file /h/.config/go/env:1");
    assertThat(r[1]).containsPattern("GOSUMDB='sum.golang.org' +# GOROOT/go.env");
    assertThat(r[1]).containsPattern("GOTOOLCHAIN='auto' +# GOROOT/go.env");
    assertThat(r[1]).contains("GOPROXY='https://me:xxxxx@corp.example/proxy,direct'").contains("# environment");
    assertThat(r[1]).contains("/h/.config/go/env:3: line ignored by Go");
    assertThat(r[1]).doesNotContain("t0ps3cret");
  }

  @Test
  void jsonForSelectedKeys() {
    String[] r = run(ENV, "--json", "GOPROXY", "GOFLAGS");
    assertThat(r[1]).contains("\"GOFLAGS\": {\"value\": \"-mod=mod\\r\", \"source\": \"GOENV file /h/.config/go/env:2\"")
        .contains("\"line\": 2").doesNotContain("t0ps3cret").doesNotContain("GOPRIVATE\":");
  }

  @Test
  void unknownKeyIsAUsageError() {
    String[] r = run(ENV, "GOFOO");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("unknown variable GOFOO");
  }
}
