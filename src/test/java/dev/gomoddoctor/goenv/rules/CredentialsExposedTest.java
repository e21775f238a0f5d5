package dev.gomoddoctor.goenv.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsExposedTest {
  private final CredentialsExposed rule = new CredentialsExposed();
  @TempDir Path home;

  @Test
  void passwordInGoproxyIsReportedRedacted() {
    List<Finding> f = RoutingFixture.create()
        .env("GOPROXY", "https://ci:s3cr3t-Pa55@athens.acme.com,direct").run(rule);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("GMD208");
      assertThat(x.message()).contains("https://ci:xxxxx@athens.acme.com").doesNotContain("s3cr3t-Pa55");
    });
    assertThat(rule.meta().securitySeverity()).isNotEmpty();
  }

  @Test
  void tokenInGosumdbUrlAndGoflags() {
    List<Finding> f = RoutingFixture.create()
        .env("GOSUMDB", "sum.golang.org https://u:tok3n-value@sumproxy.acme.com")
        .env("GOFLAGS", "-mod=mod -ldflags=-X=main.t=ghp_abcdefghijklmnopqrstuvwxyz0123456789")
        .run(rule);
    assertThat(f).hasSize(2);
    assertThat(f).allSatisfy(x -> assertThat(x.message()).doesNotContain("tok3n-value")
        .doesNotContain("ghp_abcdefghijklmnopqrstuvwxyz0123456789"));
    assertThat(f).anySatisfy(x -> assertThat(x.message()).contains("GOFLAGS").contains("xxxxx"));
  }

  @Test
  void goprivateTokenReportedOnceNotAgainForItsDefaults() {
    List<Finding> f = RoutingFixture.create().env("GOPRIVATE", "glpat-abcdefghijklmnopqrst").run(rule);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).startsWith("GOPRIVATE"));
  }

  @Test
  void netrcReadableByOthers() throws IOException {
    Path netrc = home.resolve(".netrc");
    Files.writeString(netrc, "machine git.acme.corp login ci password hunter2hunter2\n");
    Files.setPosixFilePermissions(netrc, PosixFilePermissions.fromString("rw-r--r--"));
    List<Finding> f = RoutingFixture.create().home(home).run(rule);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).contains(".netrc").contains("group and others").contains("rw-r--r--")
          .doesNotContain("hunter2");
      assertThat(x.hint()).startsWith("chmod 600");
    });
  }

  @Test
  void quietLookAlikes() throws IOException {
    Path netrc = home.resolve(".netrc");
    Files.writeString(netrc, "machine git.acme.corp login ci password hunter2hunter2\n");
    Files.setPosixFilePermissions(netrc, PosixFilePermissions.fromString("rw-------"));
    assertThat(RoutingFixture.create().home(home).run(rule)).isEmpty();
    assertThat(RoutingFixture.create().env("GOPROXY", "https://athens.acme.com,direct")
        .env("GOPRIVATE", "github.com/acme/*,git.acme.corp").env("GOFLAGS", "-mod=mod -trimpath").run(rule)).isEmpty();
    // a user name without password is not a credential
    assertThat(RoutingFixture.create().env("GOPROXY", "https://ci@athens.acme.com,direct").run(rule)).isEmpty();
  }
}
