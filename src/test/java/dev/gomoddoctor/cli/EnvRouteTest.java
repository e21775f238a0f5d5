package dev.gomoddoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.goenv.GoEnvResolver;
import dev.gomoddoctor.goenv.HostFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EnvRouteTest {

  private static String run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new EnvCommand(env,
        HostFiles.of(Map.of("/usr/local/go/go.env", GoEnvResolver.STANDARD_GO_ENV, "/usr/local/go/VERSION", "go1.23.0\n"))));
    cl.setOut(new PrintWriter(out, true));
    assertThat(cl.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void publicModuleThroughTheProxyList() {
    String out = run(Map.of("HOME", "/nonexistent", "GOROOT", "/usr/local/go",
        "GOPROXY", "https://ci:s3cretPa55@athens.acme.com|https://proxy.golang.org,direct"),
        "--route", "golang.org/x/text@v0.14.0");
    assertThat(out).contains("golang.org/x/text@v0.14.0")
        .contains("1. proxy https://ci:xxxxx@athens.acme.com (corporate); on any error, next:")
        .contains("2. proxy https://proxy.golang.org (public); on 404/410, next:")
        .contains("3. direct from its version control system")
        .contains("checksum database: sum.golang.org is asked")
        .doesNotContain("s3cretPa55");
  }

  @Test
  void privateModuleGoesDirect() {
    String out = run(Map.of("HOME", "/nonexistent", "GOROOT", "/usr/local/go", "GOPRIVATE", "git.acme.corp",
        "GOPROXY", "off"), "--route", "git.acme.corp/team/lib");
    assertThat(out).contains("1. direct from its version control system (GONOPROXY/GOPRIVATE pattern git.acme.corp)")
        .contains("checksum database: not asked (GONOSUMDB/GOPRIVATE pattern git.acme.corp)");
  }
}
