package dev.gomoddoctor.goenv.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetrcParserTest {

  @Test
  void oneLineMachineEntry() {
    Netrc n = NetrcParser.parse("machine git.corp.example.com login ci password s3cret\n");
    assertThat(n.machines()).containsExactly(new Netrc.Entry("git.corp.example.com", "ci", "s3cret", 1));
    assertThat(n.defaultEntry()).isEmpty();
  }

  @Test
  void entrySpreadOverLinesAndTabs() {
    Netrc n = NetrcParser.parse("machine a.example\n\tlogin u\n\tpassword p\r\nmachine b.example login v password q");
    assertThat(n.machines()).extracting(Netrc.Entry::machine).containsExactly("a.example", "b.example");
    // Go's strings.Fields also splits off the \r, so the password has no stray byte
    assertThat(n.goEntryFor("a.example").orElseThrow().password()).isEqualTo("p");
  }

  @Test
  void incompleteEntriesAreDropped() {
    Netrc n = NetrcParser.parse("machine a login u\nmachine b password p\nmachine c login u password\n");
    assertThat(n.machines()).isEmpty();
  }

  @Test
  void macroBodyIsSkippedUntilEmptyLine() {
    Netrc n = NetrcParser.parse("""
        macdef init
        machine evil login x password y

        machine b login u password p
        """);
    assertThat(n.machines()).extracting(Netrc.Entry::machine).containsExactly("b");
  }

  @Test
  void accountPairsAreSkipped() {
    Netrc n = NetrcParser.parse("machine a account acct login u password p\n");
    assertThat(n.machines()).containsExactly(new Netrc.Entry("a", "u", "p", 1));
  }

  @Test
  void defaultAloneOnALineStopsGoButIsReadForGit() {
    Netrc n = NetrcParser.parse("machine a login u password p\ndefault\nlogin d password dp\nmachine c login u password p\n");
    assertThat(n.machines()).extracting(Netrc.Entry::machine).containsExactly("a");
    assertThat(n.defaultEntry()).isPresent();
    assertThat(n.defaultEntry().get().login()).isEqualTo("d");
    assertThat(n.defaultEntry().get().password()).isEqualTo("dp");
    assertThat(n.goEntryFor("other.example")).isEmpty();
    assertThat(n.gitEntryFor("other.example")).isPresent();
  }

  @Test
  void defaultInsideAPairIsSkippedByGoWhichParsesOn() {
    // Go pairs (default, login) and (d, password), leaves "dp", and does not stop
    Netrc n = NetrcParser.parse("default login d password dp\nmachine c login u password p\n");
    assertThat(n.machines()).extracting(Netrc.Entry::machine).containsExactly("c");
    assertThat(n.defaultEntry().orElseThrow().password()).isEqualTo("dp");
  }

  @Test
  void laterDuplicatesLoseForGo() {
    Netrc n = NetrcParser.parse("machine a login first password 1\nmachine a login second password 2\n");
    assertThat(n.goEntryFor("a").orElseThrow().login()).isEqualTo("first");
  }

  @Test
  void entryToStringHidesPassword() {
    Netrc n = NetrcParser.parse("machine a login u password hunter2\n");
    assertThat(n.machines().get(0).toString()).doesNotContain("hunter2");
    assertThat(n.secrets()).containsExactly("hunter2");
  }

  @Test
  void emptyAndGarbage() {
    assertThat(NetrcParser.parse("").machines()).isEmpty();
    assertThat(NetrcParser.parse("\n\n   \t\n").machines()).isEmpty();
    assertThat(NetrcParser.parse("login password machine").machines()).isEmpty();
  }
}
