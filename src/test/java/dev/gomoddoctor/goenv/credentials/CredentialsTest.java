package dev.gomoddoctor.goenv.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
  @TempDir Path home;
  @TempDir Path project;

  private final Map<String, String> env = new HashMap<>();

  private Credentials load() {
    env.put("HOME", home.toString());
    return CredentialsLoader.load(env, project, home.resolve("no-system-gitconfig"), home.resolve("no-known-hosts"));
  }

  private void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void nothingConfiguredMeansMissing() {
    Credentials.Access a = load().directFetch("git.corp.example.com/team/lib", "netrc");
    assertThat(a.status()).isEqualTo(Credentials.Status.MISSING);
    assertThat(a.host()).isEqualTo("git.corp.example.com");
    assertThat(a.url()).isEqualTo("https://git.corp.example.com/team/lib");
  }

  @Test
  void netrcMachineForTheHost() throws IOException {
    write(home.resolve(".netrc"), "machine git.corp.example.com login ci password tok\n");
    Credentials c = load();
    assertThat(c.directFetch("git.corp.example.com/team/lib", "netrc").status()).isEqualTo(Credentials.Status.PRESENT);
    assertThat(c.directFetch("other.corp.example.com/team/lib", "netrc").status()).isEqualTo(Credentials.Status.MISSING);
    assertThat(c.secrets()).contains("tok");
  }

  @Test
  void netrcFromNetrcVariableWinsOverHome() throws IOException {
    write(home.resolve(".netrc"), "machine a.example login ci password tok\n");
    Path other = home.resolve("other-netrc");
    write(other, "machine b.example login ci password tok2\n");
    env.put("NETRC", other.toString());
    Credentials c = load();
    assertThat(c.netrc().path()).contains(other);
    assertThat(c.directFetch("a.example/x/y", "netrc").status()).isEqualTo(Credentials.Status.MISSING);
    assertThat(c.directFetch("b.example/x/y", "netrc").status()).isEqualTo(Credentials.Status.PRESENT);
  }

  @Test
  void netrcPermissions() throws IOException {
    Path n = home.resolve(".netrc");
    write(n, "machine a.example login ci password tok\n");
    Files.setPosixFilePermissions(n, PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(load().netrc().readableByOthers()).isTrue();
    Files.setPosixFilePermissions(n, PosixFilePermissions.fromString("rw-------"));
    assertThat(load().netrc().readableByOthers()).isFalse();
  }

  @Test
  void gitCredentialHelperAnywhereCounts() throws IOException {
    write(home.resolve(".gitconfig"), "[credential]\n\thelper = osxkeychain\n");
    assertThat(load().directFetch("git.corp.example.com/team/lib", "netrc").source()).contains("credential.helper");
  }

  @Test
  void emptyHelperResetsTheList() throws IOException {
    write(home.resolve(".gitconfig"), "[credential]\n\thelper = store\n\thelper =\n");
    assertThat(load().directFetch("git.corp.example.com/team/lib", "netrc").status())
        .isEqualTo(Credentials.Status.MISSING);
  }

  @Test
  void urlScopedCredentialAppliesOnlyToItsHost() throws IOException {
    write(home.resolve(".config/git/config"), "[credential \"https://git.corp.example.com\"]\n\thelper = store\n");
    Credentials c = load();
    assertThat(c.directFetch("git.corp.example.com/team/lib", "netrc").status()).isEqualTo(Credentials.Status.PRESENT);
    assertThat(c.directFetch("git.other.example.com/team/lib", "netrc").status()).isEqualTo(Credentials.Status.MISSING);
  }

  @Test
  void insteadOfToSshNeedsKnownHosts() throws IOException {
    write(home.resolve(".gitconfig"), "[url \"git@github.com:\"]\n\tinsteadOf = https://github.com/\n");
    Credentials c = load();
    Credentials.Access a = c.directFetch("github.com/acme/private", "netrc");
    assertThat(a.status()).isEqualTo(Credentials.Status.SSH_HOST_UNKNOWN);
    write(home.resolve(".ssh/known_hosts"), "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA\n");
    assertThat(load().directFetch("github.com/acme/private", "netrc").status()).isEqualTo(Credentials.Status.PRESENT);
  }

  @Test
  void insteadOfWithTokenCountsAndTheTokenIsASecret() throws IOException {
    write(home.resolve(".gitconfig"),
        "[url \"https://oauth2:glpat-abcdefghij@gitlab.corp/\"]\n\tinsteadOf = https://gitlab.corp/\n");
    Credentials c = load();
    Credentials.Access a = c.directFetch("gitlab.corp/team/lib", "netrc");
    assertThat(a.status()).isEqualTo(Credentials.Status.PRESENT);
    assertThat(a.url()).doesNotContain("glpat-abcdefghij").contains("oauth2:xxxxx@");
    assertThat(c.secrets()).contains("glpat-abcdefghij");
  }

  @Test
  void insteadOfForAnotherOrganisationDoesNotApply() throws IOException {
    write(home.resolve(".gitconfig"), "[url \"git@github.com:acme/\"]\n\tinsteadOf = https://github.com/acme/\n");
    Credentials c = load();
    assertThat(c.directFetch("github.com/other/private", "netrc").status()).isEqualTo(Credentials.Status.MISSING);
  }

  @Test
  void environmentGitConfigAndExtraHeader() {
    env.put("GIT_CONFIG_COUNT", "1");
    env.put("GIT_CONFIG_KEY_0", "http.https://github.com/.extraheader");
    env.put("GIT_CONFIG_VALUE_0", "AUTHORIZATION: basic c2VjcmV0dG9rZW4=");
    Credentials c = load();
    assertThat(c.directFetch("github.com/acme/private", "netrc").status()).isEqualTo(Credentials.Status.PRESENT);
    assertThat(c.directFetch("gitlab.com/acme/private", "netrc").status()).isEqualTo(Credentials.Status.MISSING);
    assertThat(c.secrets()).contains("c2VjcmV0dG9rZW4=");
  }

  @Test
  void credentialStoreFile() throws IOException {
    write(home.resolve(".git-credentials"), "https://ci:p%40ss@git.corp.example.com\n");
    Credentials c = load();
    assertThat(c.directFetch("git.corp.example.com/team/lib", "netrc").status()).isEqualTo(Credentials.Status.PRESENT);
    assertThat(c.secrets()).contains("p@ss", "p%40ss");
  }

  @Test
  void goAuthCommandCounts() {
    assertThat(load().directFetch("git.corp.example.com/team/lib", "netrc;my-auth-helper --x").status())
        .isEqualTo(Credentials.Status.PRESENT);
    assertThat(load().directFetch("git.corp.example.com/team/lib", "off").status())
        .isEqualTo(Credentials.Status.MISSING);
  }

  @Test
  void repositoryConfigIsNotSeenByGoButIsMentioned() throws IOException {
    write(project.resolve(".git/config"), "[credential]\n\thelper = store\n");
    Credentials.Access a = load().directFetch("git.corp.example.com/team/lib", "netrc");
    assertThat(a.status()).isEqualTo(Credentials.Status.MISSING);
    assertThat(a.repoOnly()).isPresent();
  }

  @Test
  void includePath() throws IOException {
    write(home.resolve(".gitconfig"), "[include]\n\tpath = ~/.gitconfig-work\n");
    write(home.resolve(".gitconfig-work"), "[credential \"https://git.corp.example.com\"]\n\tusername = ci\n\thelper = cache\n");
    assertThat(load().directFetch("git.corp.example.com/team/lib", "netrc").status())
        .isEqualTo(Credentials.Status.PRESENT);
  }

  @Test
  void gitConfigGlobalOverridesHomeFiles() throws IOException {
    write(home.resolve(".gitconfig"), "[credential]\n\thelper = store\n");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    assertThat(load().directFetch("git.corp.example.com/team/lib", "netrc").status())
        .isEqualTo(Credentials.Status.MISSING);
  }

  @Test
  void repoGuess() {
    assertThat(Credentials.repoGuess("github.com/acme/x/v2/sub")).isEqualTo("github.com/acme/x");
    assertThat(Credentials.repoGuess("git.corp/team/repo.git/sub")).isEqualTo("git.corp/team/repo.git");
    assertThat(Credentials.repoGuess("git.corp/x")).isEqualTo("git.corp/x");
  }
}
