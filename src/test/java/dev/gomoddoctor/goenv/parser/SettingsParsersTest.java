package dev.gomoddoctor.goenv.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.goenv.model.SumDb;
import org.junit.jupiter.api.Test;

/** GOSUMDB, GOVCS, GOFLAGS, GO111MODULE and GOTOOLCHAIN with Go's wording. */
class SettingsParsersTest {

  @Test
  void gosumdbForms() {
    SumDb d = SumDbParser.parse("sum.golang.org");
    assertThat(d.valid()).isTrue();
    assertThat(d.name()).isEqualTo("sum.golang.org");
    assertThat(d.verifierKey()).isEqualTo(SumDbParser.SUM_GOLANG_ORG_KEY);
    assertThat(SumDbParser.parse(SumDbParser.SUM_GOLANG_ORG_KEY).valid()).isTrue();
    SumDb cn = SumDbParser.parse("sum.golang.google.cn");
    assertThat(cn.name()).isEqualTo("sum.golang.org");
    assertThat(cn.url()).contains("https://sum.golang.google.cn");
    assertThat(SumDbParser.parse("sum.golang.org https://sum.example/db").url()).contains("https://sum.example/db");
    assertThat(SumDbParser.parse("off").off()).isTrue();
  }

  @Test
  void gosumdbErrors() {
    assertThat(SumDbParser.parse("").error()).isEqualTo("missing GOSUMDB");
    assertThat(SumDbParser.parse("  ").error()).isEqualTo("missing GOSUMDB");
    assertThat(SumDbParser.parse("a b c").error()).isEqualTo("invalid GOSUMDB: too many fields");
    assertThat(SumDbParser.parse("sum.example.com").error()).isEqualTo("invalid GOSUMDB: malformed verifier id");
    assertThat(SumDbParser.parse("sum.golang.org+033de0af+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8").error())
        .isEqualTo("invalid GOSUMDB: invalid verifier hash");
    assertThat(SumDbParser.parse("sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn").error())
        .isEqualTo("invalid GOSUMDB: malformed verifier id");
    // GOSUMDB is split on white space, so a trailing carriage return is harmless
    assertThat(SumDbParser.parse("sum.golang.org\r").valid()).isTrue();
  }

  @Test
  void govcs() {
    GoVcs v = GoVcs.parse("github.com:git,evil.com:off,*:git|hg");
    assertThat(v.error()).isEmpty();
    assertThat(v.allows("github.com/x/y", false, "git")).isTrue();
    assertThat(v.allows("evil.com/x", false, "git")).isFalse();
    assertThat(v.allows("example.com/x", false, "hg")).isTrue();
    assertThat(v.allows("example.com/x", false, "svn")).isFalse();
    GoVcs d = GoVcs.parse("");
    assertThat(d.allows("example.com/x", false, "svn")).isFalse();
    assertThat(d.allows("example.com/x", true, "svn")).isTrue();
    assertThat(d.allows("example.com/x", false, "mod")).isTrue();
    assertThat(GoVcs.parse("a:git,,b:hg").error()).isEqualTo("empty entry in GOVCS");
    assertThat(GoVcs.parse("github.com").error()).isEqualTo("malformed entry in GOVCS (missing colon): \"github.com\"");
    assertThat(GoVcs.parse(":git").error()).isEqualTo("empty pattern in GOVCS: \":git\"");
    assertThat(GoVcs.parse("x:").error()).isEqualTo("empty VCS list in GOVCS: \"x:\"");
    assertThat(GoVcs.parse("./x:git").error()).isEqualTo("relative pattern not allowed in GOVCS: \"./x\"");
    assertThat(GoVcs.parse("x:git,x:hg").error()).isEqualTo("unreachable pattern in GOVCS: \"x:hg\" after \"x:git\"");
    assertThat(GoVcs.parse("x:git||hg").error()).isEqualTo("empty VCS name in GOVCS: \"x:git||hg\"");
  }

  @Test
  void goflags() {
    assertThat(GoFlags.parse("-mod=mod -trimpath --buildvcs=false -modcacherw").problems()).isEmpty();
    assertThat(GoFlags.parse("-mod=mod\r").problems()).isEmpty();
    assertThat(GoFlags.parse("-mod=vendor").valueOf("mod")).contains("vendor");
    assertThat(GoFlags.parse("mod=mod").problems().get(0).problem()).isEqualTo("go: parsing $GOFLAGS: non-flag \"mod=mod\"");
    assertThat(GoFlags.parse("--").problems().get(0).problem()).isEqualTo("go: parsing $GOFLAGS: non-flag \"--\"");
    assertThat(GoFlags.parse("---x").problems()).hasSize(1);
    assertThat(GoFlags.parse("-=x").problems()).hasSize(1);
    assertThat(GoFlags.parse("-foo=1").problems().get(0).problem()).isEqualTo("go: parsing $GOFLAGS: unknown flag -foo");
    assertThat(GoFlags.parse("-mod").problems().get(0).problem()).isEqualTo("go: flag needs an argument: -mod (from $GOFLAGS)");
    assertThat(GoFlags.parse("-trimpath=maybe").problems().get(0).problem())
        .isEqualTo("go: invalid boolean value \"maybe\" for flag -trimpath (from $GOFLAGS): parse error");
    assertThat(GoFlags.parse("-mod=bogus").problems().get(0).problem())
        .isEqualTo("-mod=bogus not supported (can be '', 'mod', 'readonly', or 'vendor')");
    // a value with a space is split: the second half is a word of its own
    assertThat(GoFlags.parse("-ldflags=-s -X main.v=1").problems()).extracting(GoFlags.Word::text).containsExactly("-X", "main.v=1");
  }

  @Test
  void go111module() {
    assertThat(Go111Module.parse("")).isEqualTo(Go111Module.UNSET);
    assertThat(Go111Module.parse("auto")).isEqualTo(Go111Module.AUTO);
    assertThat(Go111Module.parse("on\r")).isEqualTo(Go111Module.INVALID);
    assertThat(Go111Module.error("On")).isEqualTo("go: unknown environment setting GO111MODULE=On");
  }

  @Test
  void gotoolchainGrammar() {
    assertThat(ToolchainSetting.parse("local").valid()).isTrue();
    assertThat(ToolchainSetting.parse("auto").mode()).isEqualTo("auto");
    assertThat(ToolchainSetting.parse("path").switches()).isTrue();
    assertThat(ToolchainSetting.parse("go1.22.1").minimum()).isEqualTo("go1.22.1");
    assertThat(ToolchainSetting.parse("go1.22.1+auto").mode()).isEqualTo("auto");
    assertThat(ToolchainSetting.parse("local+path").mode()).isEqualTo("path");
    assertThat(ToolchainSetting.parse("local\r").error()).isEqualTo("invalid GOTOOLCHAIN \"local\\r\"");
    assertThat(ToolchainSetting.parse("go1.22+foo").error())
        .isEqualTo("invalid GOTOOLCHAIN \"go1.22+foo\": only version suffixes are +auto and +path");
    assertThat(ToolchainSetting.parse("1.22+auto").error())
        .isEqualTo("invalid GOTOOLCHAIN \"1.22+auto\": invalid minimum toolchain \"1.22\"");
  }

  @Test
  void gotoolchainDecision() {
    ToolchainSetting auto = ToolchainSetting.parse("auto");
    assertThat(auto.decide("go1.21.3", "1.21", "", "go.mod").runsLocally()).isTrue();
    ToolchainSetting.Decision d = auto.decide("go1.21.3", "1.22", "", "go.mod");
    assertThat(d.pick()).isEqualTo("go1.22.0");
    assertThat(d.reason()).isEqualTo("go line");
    assertThat(auto.decide("go1.21.3", "1.21.0", "go1.23.4", "go.mod").pick()).isEqualTo("go1.23.4");
    assertThat(auto.decide("go1.21.3", "1.25.0", "default", "go.mod").runsLocally()).isTrue();
    assertThat(auto.decide("go1.21.3", "1.21", "go1.21.3", "go.mod").runsLocally()).isTrue();
    assertThat(auto.decide("go1.21.3", "", "gox", "go.mod").error()).isEqualTo("invalid toolchain \"gox\" in go.mod");
    assertThat(ToolchainSetting.parse("local").decide("go1.21.3", "1.23", "", "go.mod").runsLocally()).isTrue();
    assertThat(ToolchainSetting.parse("go1.22.0").decide("go1.21.3", "1.23", "", "go.mod").pick()).isEqualTo("go1.22.0");
    assertThat(ToolchainSetting.parse("go1.22.0+auto").decide("go1.21.3", "1.23.1", "", "go.mod").pick()).isEqualTo("go1.23.1");
    assertThat(ToolchainSetting.parse("").decide("go1.21.3", "1.23", "", "go.mod").runsLocally()).isTrue();
  }
}
