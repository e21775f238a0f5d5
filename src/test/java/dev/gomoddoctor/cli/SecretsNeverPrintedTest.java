package dev.gomoddoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.goenv.online.LoopbackGoProxy;
import dev.gomoddoctor.scan.Checkers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Full scans with credentials in GOPROXY, GOSUMDB, GOFLAGS and .netrc: no output format ever
 * contains them; and a scan without --online never touches the network.
 */
class SecretsNeverPrintedTest {
  @TempDir Path project;
  @TempDir Path home;

  private static final List<String> SECRETS = List.of(
      "proxyPa55word99", "sumdbSecret77x", "ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "netrcHunter2Secret",
      "glpat-Zyxwvutsrqponmlkjihg");

  private record Run(int exit, String out, String err) {}

  private Run scan(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ScanCommand(env, Checkers.standard()));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Map<String, String> environment() throws IOException {
    Files.writeString(project.resolve("go.mod"), """
        module example.com/app

        go 1.22

        require (
        \tgit.acme.corp/team/lib v1.0.0
        \tgolang.org/x/text v0.14.0
        )
        """);
    Path netrc = home.resolve(".netrc");
    Files.writeString(netrc, "machine git.acme.corp login ci password netrcHunter2Secret\n"
        + "machine athens.acme.com login ci password glpat-Zyxwvutsrqponmlkjihg\n");
    Files.setPosixFilePermissions(netrc, PosixFilePermissions.fromString("rw-r--r--"));
    Map<String, String> env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("PATH", "/nonexistent");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GOPROXY", "https://ci:proxyPa55word99@athens.acme.com,direct");
    env.put("GOSUMDB", "sum.golang.org https://u:sumdbSecret77x@sum.acme.com");
    env.put("GOFLAGS", "-mod=mod -ldflags=-X=main.token=ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    env.put("GOPRIVATE", "git.acme.corp");
    return env;
  }

  @Test
  void noFormatPrintsACredential() throws IOException {
    Map<String, String> env = environment();
    for (String format : List.of("text", "json", "sarif")) {
      Run r = scan(env, "--format", format, "--verbose", project.toString());
      String all = r.out() + r.err();
      assertThat(all).as(format).contains("GMD208");
      for (String secret : SECRETS) {
        assertThat(all).as(format + " output leaks " + secret.substring(0, 4) + "…").doesNotContain(secret);
      }
    }
  }

  @Test
  void redactedFormsAreShown() throws IOException {
    Map<String, String> env = environment();
    Run r = scan(env, "--format", "json", "--enable", "GMD208", project.toString());
    assertThat(r.out()).contains("xxxxx");
  }

  @Test
  void aDefaultScanMakesNoNetworkRequest() throws IOException {
    try (LoopbackGoProxy proxy = new LoopbackGoProxy(home.resolve("proxy"))) {
      Map<String, String> env = environment();
      env.put("GOPROXY", proxy.url() + "/broken," + proxy.url());
      env.put("GOSUMDB", "sum.golang.org " + proxy.url() + "/sumdb");
      env.put("HTTPS_PROXY", proxy.url());
      env.put("HTTP_PROXY", proxy.url());
      scan(env, "--format", "json", project.toString());
      assertThat(proxy.requests()).isEmpty();
      // the same scan with --online asks the loopback server, and only it
      scan(env, "--format", "json", "--online", project.toString());
      assertThat(proxy.requests()).isNotEmpty().noneMatch(p -> p.contains("acme.corp"));
    }
  }
}
