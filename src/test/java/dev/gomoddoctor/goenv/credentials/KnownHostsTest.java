package dev.gomoddoctor.goenv.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class KnownHostsTest {
  private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";

  @Test
  void plainPatternsWildcardsAndPorts() {
    KnownHosts k = KnownHosts.parse("""
        github.com,140.82.121.4 %s
        *.corp.example.com,!evil.corp.example.com %s
        [git.example.org]:2222 %s
        @revoked revoked.example %s
        # comment
        """.formatted(KEY, KEY, KEY, KEY));
    assertThat(k.knows("github.com", 22)).isTrue();
    assertThat(k.knows("GitHub.com", 22)).isTrue();
    assertThat(k.knows("git.corp.example.com", 22)).isTrue();
    assertThat(k.knows("evil.corp.example.com", 22)).isFalse();
    assertThat(k.knows("git.example.org", 22)).isFalse();
    assertThat(k.knows("git.example.org", 2222)).isTrue();
    assertThat(k.knows("revoked.example", 22)).isFalse();
    assertThat(k.knows("gitlab.com", 22)).isFalse();
  }

  @Test
  void hashedNames() throws Exception {
    byte[] salt = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(salt, "HmacSHA1"));
    String hash = Base64.getEncoder().encodeToString(mac.doFinal("gitlab.corp".getBytes(StandardCharsets.UTF_8)));
    KnownHosts k = KnownHosts.parse("|1|" + Base64.getEncoder().encodeToString(salt) + "|" + hash + " " + KEY + "\n");
    assertThat(k.knows("gitlab.corp", 22)).isTrue();
    assertThat(k.knows("gitlab.other", 22)).isFalse();
  }
}
