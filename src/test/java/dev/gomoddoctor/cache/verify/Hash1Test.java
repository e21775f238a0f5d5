package dev.gomoddoctor.cache.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class Hash1Test {

  @Test
  void emptyGoModHashesToTheValueGoFamouslyWroteForIt() {
    assertThat(Hash1.ofGoMod(new byte[0])).isEqualTo(CacheVerifier.EMPTY_GO_MOD_BUG_HASH);
  }

  @Test
  void summaryUsesTwoSpacesSortedNamesAndPaddedBase64() throws Exception {
    byte[] a = "a".getBytes(StandardCharsets.UTF_8);
    byte[] b = "b".getBytes(StandardCharsets.UTF_8);
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    HexFormat hex = HexFormat.of();
    String summary = hex.formatHex(md.digest(b)) + "  m@v1.0.0/A\n" + hex.formatHex(md.digest(a)) + "  m@v1.0.0/a\n";
    String expected = "h1:" + Base64.getEncoder().encodeToString(md.digest(summary.getBytes(StandardCharsets.UTF_8)));

    String got = Hash1.of(List.of(
        FileDigest.of("m@v1.0.0/a", md.digest(a)),
        FileDigest.of("m@v1.0.0/A", md.digest(b)))).orElseThrow();

    assertThat(got).isEqualTo(expected).hasSize(Hash1.LENGTH).endsWith("=");
  }

  @Test
  void namesSortByUtf8BytesNotByJavaChars() {
    // U+FF21 (3 UTF-8 bytes, EF..) sorts before U+1F600 (4 bytes, F0..) in bytes, after it in UTF-16
    byte[] h = new byte[32];
    FileDigest fullwidth = FileDigest.of("m@v1.0.0/\uFF21", h);
    FileDigest emoji = FileDigest.of("m@v1.0.0/\uD83D\uDE00", h);
    assertThat("\uFF21".compareTo("\uD83D\uDE00")).isPositive();
    assertThat(FileDigest.compareNames(fullwidth, emoji)).isNegative();
    assertThat(Hash1.of(List.of(fullwidth, emoji))).isEqualTo(Hash1.of(List.of(emoji, fullwidth)));
  }

  @Test
  void newlineInANameIsRefusedAsGoDoes() {
    assertThat(Hash1.of(List.of(FileDigest.of("m@v1.0.0/a\nb", new byte[32])))).isEmpty();
  }

  @Test
  void ziphashValidityIsLengthAndNoNul() {
    assertThat(Hash1.isValidSum(CacheVerifier.EMPTY_GO_MOD_BUG_HASH)).isTrue();
    assertThat(Hash1.isValidSum("h1:short")).isFalse();
  }
}
