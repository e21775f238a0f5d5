package dev.gomoddoctor.goenv.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixPatternsTest {

  @Test
  void documentedExamples() {
    assertThat(PrefixPatterns.matches("*.corp.example.com", "git.corp.example.com/x/y")).isTrue();
    assertThat(PrefixPatterns.matches("rsc.io/private", "rsc.io/private")).isTrue();
    assertThat(PrefixPatterns.matches("rsc.io/private", "rsc.io/private/quux")).isTrue();
    assertThat(PrefixPatterns.matches("rsc.io/private", "rsc.io/privateer")).isFalse();
    assertThat(PrefixPatterns.matches("rsc.io/private", "rsc.io")).isFalse();
    assertThat(PrefixPatterns.matches("*.corp.example.com,rsc.io/private", "rsc.io/private/x")).isTrue();
  }

  @Test
  void noWhiteSpaceTrimming() {
    assertThat(PrefixPatterns.matches("a.com, b.com", "b.com/x")).isFalse();
    assertThat(PrefixPatterns.matches("a.com,b.com", "b.com/x")).isTrue();
    assertThat(PrefixPatterns.matches("b.com\r", "b.com/x")).isFalse();
  }

  @Test
  void trailingSlashAndEmptyGlobs() {
    assertThat(PrefixPatterns.matches("x.example/", "x.example/y")).isTrue();
    assertThat(PrefixPatterns.matches(",,", "x")).isFalse();
    assertThat(PrefixPatterns.matches("", "x")).isFalse();
    assertThat(PrefixPatterns.matches("/", "x")).isFalse();
    // only one slash is dropped: "x//" keeps one and needs two elements, the second empty
    assertThat(PrefixPatterns.matches("x//", "x")).isFalse();
  }

  @Test
  void globElementsCount() {
    assertThat(PrefixPatterns.matches("github.com/acme/*", "github.com/acme/tool/v2")).isTrue();
    assertThat(PrefixPatterns.matches("github.com/acme/*", "github.com/acme")).isFalse();
    assertThat(PrefixPatterns.matches("github.com/*", "github.com/acme/tool")).isTrue();
    assertThat(PrefixPatterns.matches("*", "anything/at/all")).isTrue();
    assertThat(PrefixPatterns.matches("*/*", "a")).isFalse();
  }

  @Test
  void classesAndEscapes() {
    assertThat(PrefixPatterns.matches("git.[a-c]orp.example", "git.borp.example/x")).isTrue();
    assertThat(PrefixPatterns.matches("git.[a-c]orp.example", "git.corp.example/x")).isTrue();
    assertThat(PrefixPatterns.matches("git.[^a-c]orp.example", "git.corp.example/x")).isFalse();
    assertThat(PrefixPatterns.matches("a\\*b", "a*b/c")).isTrue();
    assertThat(PrefixPatterns.matches("a?c", "abc")).isTrue();
    // malformed globs match nothing, and do not stop later ones from matching
    assertThat(PrefixPatterns.matches("[,x.com", "x.com/y")).isTrue();
    assertThat(PrefixPatterns.matches("[", "[")).isFalse();
    assertThat(PrefixPatterns.malformed("[,x.com,a\\")).containsExactly("[", "a\\");
  }
}
