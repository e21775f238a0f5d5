package dev.gomoddoctor.gomod.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.model.GoSum;
import org.junit.jupiter.api.Test;

class GoSumParserTest {
  private static final String H = "h1:8i4YIDVyQJnz0fyPspNZvGDkJAFzsL+uwnIhK7Q4ibo=";

  @Test
  void readsZipAndGoModLinesWithLineNumbers() {
    GoSum s = GoSumParser.parse("go.sum", "example.com/a v1.0.0 " + H + "\n\nexample.com/a v1.0.0/go.mod " + H + "\n");
    assertThat(s.problems()).isEmpty();
    assertThat(s.lines()).extracting(GoSum.Line::line).containsExactly(1, 3);
    assertThat(s.hasZip("example.com/a", "v1.0.0")).isTrue();
    assertThat(s.hasGoMod("example.com/a", "v1.0.0")).isTrue();
    assertThat(s.hasGoMod("example.com/a", "v1.0.1")).isFalse();
    assertThat(s.lines().get(1).goMod()).isTrue();
    assertThat(s.lines().get(1).version()).isEqualTo("v1.0.0");
  }

  @Test
  void wrongFieldCountUsesGoWording() {
    GoSum s = GoSumParser.parse("go.sum", "example.com/a v1.0.0\nexample.com/b v1.0.0 " + H + " extra\n");
    assertThat(s.problems()).extracting(GoSum.Problem::message)
        .containsExactly("go.sum:1: wrong number of fields 2", "go.sum:2: wrong number of fields 4");
    assertThat(s.lines()).isEmpty();
  }

  @Test
  void crlfAndBlankLinesAreFine() {
    GoSum s = GoSumParser.parse("go.sum", "example.com/a v1.0.0 " + H + "\r\n\r\n   \n");
    assertThat(s.problems()).isEmpty();
    assertThat(s.lines()).hasSize(1);
  }

  @Test
  void emptyGoModHashIsDropped() {
    GoSum s = GoSumParser.parse("go.sum", "example.com/a v1.0.0/go.mod " + GoSum.EMPTY_GO_MOD_HASH + "\n");
    assertThat(s.problems()).isEmpty();
    assertThat(s.lines()).isEmpty();
  }

  @Test
  void badAndUnknownHashes() {
    GoSum s = GoSumParser.parse("go.sum", "a.com/a v1.0.0 h1:short=\na.com/b v1.0.0 h2:whatever\n");
    assertThat(s.problems()).extracting(GoSum.Problem::kind)
        .containsExactly(GoSum.Kind.BAD_HASH, GoSum.Kind.UNKNOWN_HASH_ALGORITHM);
  }

  @Test
  void duplicatesAreRecorded() {
    GoSum s = GoSumParser.parse("go.sum", "a.com/a v1.0.0 " + H + "\na.com/a v1.0.0 " + H + "\n");
    assertThat(s.duplicates()).containsExactly(2);
    assertThat(s.problems()).isEmpty();
  }

  @Test
  void base64Check() {
    assertThat(GoSumParser.isBase64Sha256(H.substring(3))).isTrue();
    assertThat(GoSumParser.isBase64Sha256("8i4YIDVyQJnz0fyPspNZvGDkJAFzsL+uwnIhK7Q4ibp=")).isFalse();
    assertThat(GoSumParser.isBase64Sha256("8i4YIDVyQJnz0fyPspNZvGDkJAFzsL+uwnIhK7Q4ib==")).isFalse();
  }
}
