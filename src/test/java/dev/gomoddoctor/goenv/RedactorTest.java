package dev.gomoddoctor.goenv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor r = Redactor.patterns();

  @Test
  void urlPasswords() {
    assertThat(r.redact("https://user:s3cret@corp.example/goproxy,direct"))
        .isEqualTo("https://user:xxxxx@corp.example/goproxy,direct");
    assertThat(r.redact("https://a:x@one.example|https://b:y@two.example"))
        .isEqualTo("https://a:xxxxx@one.example|https://b:xxxxx@two.example");
    assertThat(r.redact("sum.golang.org https://u:p@w@sum.example")).isEqualTo("sum.golang.org https://u:xxxxx@sum.example");
  }

  @Test
  void tokensAsUserNamesAndPrefixes() {
    assertThat(r.redact("https://ghp_abcdefghijklmnop1234@github.com/x")).isEqualTo("https://xxxxx@github.com/x");
    assertThat(r.redact("GOFLAGS=-x token=glpat-abcdefghij123")).isEqualTo("GOFLAGS=-x token=xxxxx");
    assertThat(r.redact("ssh://git@github.com/acme/x")).isEqualTo("ssh://git@github.com/acme/x");
    assertThat(r.redact("https://oauth2@gitlab.example")).isEqualTo("https://oauth2@gitlab.example");
  }

  @Test
  void literalSecrets() {
    Redactor withNetrc = Redactor.withSecrets(List.of("hunter2pass", "ab"));
    assertThat(withNetrc.redact("login me password hunter2pass")).isEqualTo("login me password xxxxx");
    assertThat(withNetrc.redact("about")).isEqualTo("about");
    assertThat(withNetrc.hasSecret("x hunter2pass")).isTrue();
    assertThat(r.hasSecret("https://proxy.golang.org,direct")).isFalse();
  }
}
