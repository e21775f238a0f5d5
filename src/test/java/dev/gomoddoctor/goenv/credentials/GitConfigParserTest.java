package dev.gomoddoctor.goenv.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GitConfigParserTest {

  @Test
  void sectionsSubsectionsAndValues() {
    List<GitConfigEntry> e = GitConfigParser.parse("f", """
        # comment
        [url "ssh://git@github.com/"]
        \tinsteadOf = https://github.com/
        [Credential]
            helper = store   ; trailing comment
        [credential "https://git.corp.example.com"]
            username = ci
        [core] bare
        [http.https://Example.com/.x]
        """);
    assertThat(e).extracting(GitConfigEntry::key).containsExactly(
        "url.ssh://git@github.com/.insteadof", "credential.helper",
        "credential.https://git.corp.example.com.username", "core.bare");
    assertThat(e.get(0).value()).isEqualTo("https://github.com/");
    assertThat(e.get(0).line()).isEqualTo(3);
    assertThat(e.get(1).value()).isEqualTo("store");
    assertThat(e.get(3).value()).isEmpty();
  }

  @Test
  void quotesEscapesAndContinuations() {
    List<GitConfigEntry> e = GitConfigParser.parse("f",
        "[a]\n  x = \"  keep ; this \"  tail\n  y = one\\\n two\n  z = a\\tb\\\\c \\\"q\\\"\n");
    assertThat(e).extracting(GitConfigEntry::value)
        .containsExactly("  keep ; this   tail", "one two", "a\tb\\c \"q\"");
    assertThat(e.get(2).line()).isEqualTo(5);
  }

  @Test
  void subsectionEscapesAndCase() {
    List<GitConfigEntry> e = GitConfigParser.parse("f", "[URL \"https://A/\\\"x\"]\nInsteadOf=B\n[old.Sub]\nk=v\n");
    assertThat(e.get(0).section()).isEqualTo("url");
    assertThat(e.get(0).subsection()).isEqualTo(Optional.of("https://A/\"x"));
    assertThat(e.get(0).name()).isEqualTo("insteadof");
    assertThat(e.get(1).subsection()).isEqualTo(Optional.of("sub"));
  }

  @Test
  void variablesBeforeAnySectionOrOnBrokenHeadersAreSkipped() {
    List<GitConfigEntry> e = GitConfigParser.parse("f", "k = v\n[broken\nx = y\n[ok]\nz = 1\n");
    assertThat(e).extracting(GitConfigEntry::key).containsExactly("ok.z");
  }

  @Test
  void crlfFiles() {
    List<GitConfigEntry> e = GitConfigParser.parse("f", "[credential]\r\n\thelper = cache\r\n");
    assertThat(e).singleElement().satisfies(x -> assertThat(x.value()).isEqualTo("cache"));
  }
}
