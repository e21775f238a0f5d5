package dev.gomoddoctor.goenv.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.goenv.model.ProxyList;
import dev.gomoddoctor.goenv.model.ProxyList.Kind;
import org.junit.jupiter.api.Test;

class ProxyListParserTest {

  private static ProxyList p(String goproxy) {
    return ProxyListParser.parse(goproxy, "");
  }

  @Test
  void defaultList() {
    ProxyList l = p("https://proxy.golang.org,direct");
    assertThat(l.valid()).isTrue();
    assertThat(l.entries()).extracting(ProxyList.Entry::kind).containsExactly(Kind.URL, Kind.DIRECT);
    assertThat(l.entries().get(0).fallBackOnError()).isFalse();
    assertThat(l.endsDirect()).isTrue();
  }

  @Test
  void pipeAttachesToEntryBeforeIt() {
    ProxyList l = p("https://a|https://b,direct");
    assertThat(l.entries()).extracting(ProxyList.Entry::url, ProxyList.Entry::fallBackOnError).containsExactly(
        org.assertj.core.groups.Tuple.tuple("https://a", true),
        org.assertj.core.groups.Tuple.tuple("https://b", false),
        org.assertj.core.groups.Tuple.tuple("direct", false));
  }

  @Test
  void directAndOffEndTheList() {
    assertThat(p("direct,https://x.example").entries()).extracting(ProxyList.Entry::kind).containsExactly(Kind.DIRECT);
    assertThat(p("https://x.example,off,athens").entries()).extracting(ProxyList.Entry::kind).containsExactly(Kind.URL, Kind.OFF);
    // nothing after direct is even validated
    assertThat(p("direct,athens").valid()).isTrue();
  }

  @Test
  void schemeDefaulting() {
    assertThat(p("goproxy.cn,direct").entries().get(0).url()).isEqualTo("https://goproxy.cn");
    assertThat(p("athens.corp:3000").entries().get(0).url()).isEqualTo("https://athens.corp:3000");
    assertThat(p("localhost:3000").entries().get(0).url()).isEqualTo("https://localhost:3000");
    assertThat(p(" https://x.example ,direct").entries().get(0).url()).isEqualTo("https://x.example");
    assertThat(p("athens.invalid").entries().get(0).url()).isEqualTo("https://athens.invalid");
  }

  @Test
  void goErrorWording() {
    assertThat(p("athens").error()).isEqualTo("invalid proxy URL missing scheme: athens");
    assertThat(p("/srv/goproxy").error()).isEqualTo("invalid proxy URL missing scheme: /srv/goproxy");
    assertThat(p("ftp://x.example").error()).isEqualTo("invalid proxy URL scheme (must be https, http, file): ftp://x.example");
    assertThat(p("file://host/srv").error()).isEqualTo("invalid file:// proxy URL with non-path elements: file://host/srv");
    assertThat(p("file:///srv?x=1").error()).isEqualTo("invalid file:// proxy URL with non-path elements: file:///srv?x=1");
    assertThat(p("file://u:pw@/srv").error()).isEqualTo("invalid file:// proxy URL with non-path elements: file://u:xxxxx@/srv");
    assertThat(p("file:///srv/goproxy").valid()).isTrue();
    assertThat(p(",").error()).isEqualTo(ProxyListParser.NO_ENTRIES);
    assertThat(p(" ").error()).isEqualTo(ProxyListParser.NO_ENTRIES);
    assertThat(p("").error()).isEqualTo(ProxyListParser.NO_ENTRIES);
    assertThat(p("https://a b").error()).isEqualTo("parse \"https://a b\": invalid character \" \" in host name");
    assertThat(p("https://x:y:z").error()).isEqualTo("parse \"https://x:y:z\": invalid port \":z\" after host");
    assertThat(p("HTTPS://X.example").valid()).isTrue();
  }

  @Test
  void implicitNoproxyEntry() {
    ProxyList l = ProxyListParser.parse("off", "*.corp");
    assertThat(l.entries()).extracting(ProxyList.Entry::kind).containsExactly(Kind.NOPROXY, Kind.OFF);
    assertThat(ProxyListParser.parse("direct", "*.corp").entries()).extracting(ProxyList.Entry::kind).containsExactly(Kind.DIRECT);
    assertThat(ProxyListParser.parse(",", "*.corp").error()).isEqualTo(ProxyListParser.NO_ENTRIES);
    assertThat(ProxyListParser.parse("", "*.corp").error()).isEqualTo(ProxyListParser.NO_ENTRIES);
  }

  @Test
  void passwordsAreRedactedInErrors() {
    assertThat(p("ftp://u:secret@x.example").error()).doesNotContain("secret").contains("u:xxxxx@");
  }
}
