package dev.gomoddoctor.gomod.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.ModFileError;
import dev.gomoddoctor.gomod.model.ModuleVersion;
import dev.gomoddoctor.gomod.model.ParseResult;
import dev.gomoddoctor.gomod.model.Position;
import dev.gomoddoctor.gomod.model.Replacement;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.gomod.model.Retraction;
import dev.gomoddoctor.gomod.model.WorkFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModFileParserTest {

  private static ParseResult<ModFile> parse(String text) {
    return ModFileParser.parseModFile("go.mod", text);
  }

  @Test
  void readsEveryDirectiveWithPositions() {
    ParseResult<ModFile> r = parse("""
        // Deprecated: use example.com/b instead.
        module example.com/a

        go 1.22.1
        toolchain go1.22.3
        godebug (
        \tdefault=go1.21
        \tpanicnil=1
        )
        require (
        \texample.com/b v1.2 // indirect
        \t"example.com/c" v1.0.0 // indirect; used by tests
        \texample.com/d/v2 v2.0.0+incompatible // not indirect
        \tgopkg.in/yaml.v2 v2.4.0
        )
        exclude example.com/b v1.1.0
        replace example.com/b => ../b
        replace example.com/c v1.0.0 => example.com/c2 v1.0.1
        retract [v1.0.0, v1.0.5] // broken build
        retract (
        \t// leaked key
        \tv0.9.0
        )
        tool example.com/b/cmd/gen
        ignore ./node_modules
        """);
    assertThat(r.errors()).isEmpty();
    ModFile f = r.file();
    assertThat(f.modulePath()).isEqualTo("example.com/a");
    assertThat(f.module().orElseThrow().deprecated()).isEqualTo("use example.com/b instead.");
    assertThat(f.module().orElseThrow().position()).isEqualTo(new Position(2, 1));
    assertThat(f.goVersion()).contains("1.22.1");
    assertThat(f.toolchain().orElseThrow().name()).isEqualTo("go1.22.3");
    assertThat(f.godebugs()).extracting(g -> g.key() + "=" + g.value()).containsExactly("default=go1.21", "panicnil=1");
    assertThat(f.requires()).containsExactly(
        new Requirement("example.com/b", "v1.2.0", true, new Position(11, 2)),
        new Requirement("example.com/c", "v1.0.0", true, new Position(12, 2)),
        new Requirement("example.com/d/v2", "v2.0.0+incompatible", false, new Position(13, 2)),
        new Requirement("gopkg.in/yaml.v2", "v2.4.0", false, new Position(14, 2)));
    assertThat(f.excludes()).extracting(x -> x.module().toString()).containsExactly("example.com/b@v1.1.0");
    assertThat(f.replaces()).containsExactly(
        new Replacement(new ModuleVersion("example.com/b", ""), new ModuleVersion("../b", ""), new Position(17, 1)),
        new Replacement(new ModuleVersion("example.com/c", "v1.0.0"), new ModuleVersion("example.com/c2", "v1.0.1"),
            new Position(18, 1)));
    assertThat(f.replaces().get(0).isDirectory()).isTrue();
    assertThat(f.replaces().get(1).isDirectory()).isFalse();
    assertThat(f.retracts()).containsExactly(
        new Retraction("v1.0.0", "v1.0.5", "broken build", new Position(19, 1)),
        new Retraction("v0.9.0", "v0.9.0", "leaked key", new Position(22, 2)));
    assertThat(f.tools()).extracting(t -> t.path()).containsExactly("example.com/b/cmd/gen");
    assertThat(f.ignores()).extracting(i -> i.path()).containsExactly("./node_modules");
  }

  /** Messages and positions as printed by the real go command (checked against Go 1.19's go mod edit). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "module x\\nrequire (\\n\\tx v1\\n|go.mod:4: syntax error (unterminated block started at go.mod:2:1)",
      "module x\\nrequire (\\n\\tx v1.0.0\\n) x\\n|go.mod:4:4: syntax error (expected newline after closing paren)",
      "module x\\nrequire \"x\\n|go.mod:2:11: unexpected newline in string",
      "module x\\nrequire \"x|go.mod:2:9: unexpected EOF in string",
      "module x /* a */\\n|go.mod:1:10: mod files must use // comments (not /* */ comments)",
      "module x\\n\\tgo 1.2 3\\n|go.mod:2:2: go directive expects exactly one argument",
      "module x\\nrequire (\\n\\texample.com/m v2.0.0\\n)\\n|go.mod:3:2: require example.com/m: version \"v2.0.0\" invalid: should be v0 or v1, not v2",
      "module x\\nrequires x v1.0.0\\n|go.mod:2: unknown directive: requires",
      "module x\\nretract [v1.0.0 v1.1.0]\\n|go.mod:2: expected ',' after version",
      "module x\\nretract v1.0.0 extra\\n|go.mod:2: unexpected token after version: \"extra\"",
      "module x\\nreplace x v1.0.0 => ./y v1.0.0\\n|go.mod:2: replacement module directory path \"./y\" cannot have version",
      "module x\\nreplace x => y@v1\\n|go.mod:2: replacement module must match format 'path version', not 'path@version'",
      "module x\\nreplace x => y\\n|go.mod:2: replacement module without version must be directory path (rooted or starting with . or ..)",
      "module x\\nretract \"v1\\\\q\"\\n|go.mod:2: retract: version \"\\\"v1\\\\q\\\"\" invalid: invalid syntax",
      "module x\\nexclude x/v1 v1.0.0\\n|go.mod:2: invalid module path",
      "module x\\nreplace x/v1 => ./a\\n|go.mod:2: replace x/v1: invalid module path",
      "module x\\nrequire x/v2 `v2`\\n|go.mod:2: require x/v2: version \"`v2`\" invalid: unquoted string cannot contain quote",
      "module x\\nrequire x v1.0.0 v3\\n|go.mod:2: usage: require module/path v1.2.3",
      "module a\\nmodule b\\n|go.mod:2: repeated module statement",
      "module a b\\n|go.mod:1: usage: module module/path",
      "module x\\nrequire x v1.0.0\\n x y (\\n|go.mod:4: syntax error (unterminated block started at go.mod:3:2)",
      "module x\\n\\u00a0\\n|go.mod:2: unexpected input character '\\u00a0'",
      "module x\\nrequire \\u0001\\n|go.mod:2:9: unexpected input character '\\x01'",
      "module x\\nrequire \"a\\\\q\" v1\\n|go.mod:2: invalid quoted string: invalid syntax",
      "module x\\ngo (\\n)\\n|go.mod:2: unknown block type: go",
      "module x\\ntoolchain (\\n)\\n|go.mod:2: unknown block type: toolchain",
      "module x\\ngo 1.21.0.1\\n|go.mod:2: invalid go version '1.21.0.1': must match format 1.23.0",
      "module x\\ntoolchain v1.22\\n|go.mod:2: invalid toolchain version 'v1.22': must match format go1.23.0 or default",
      "module x\\ngodebug a\\n|go.mod:2: usage: godebug key=value",
      "module x\\ntool a b\\n|go.mod:2: tool directive expects exactly one argument",
      "module x\\nignore\\n|go.mod:2: ignore directive expects exactly one argument",
      "module x\\nrequire x/v2 v2.0\\nrequire y v1\\nbogus\\n|go.mod:4: unknown directive: bogus"})
  void reportsGoErrors(String escaped, String expected) {
    ParseResult<ModFile> r = parse(unescape(escaped));
    assertThat(r.goErrorText()).isEqualTo(expected);
  }

  @Test
  void collectsEveryDirectiveError() {
    ParseResult<ModFile> r = parse("module x\nfoo\nrequire a v1.0.0 x\nbar\n");
    assertThat(r.errors()).extracting(ModFileError::goMessage).containsExactly(
        "go.mod:2: unknown directive: foo",
        "go.mod:3: usage: require module/path v1.2.3",
        "go.mod:4: unknown directive: bar");
    assertThat(r.syntaxValid()).isTrue();
    assertThat(r.file().modulePath()).isEqualTo("x");
  }

  @Test
  void laxModeSkipsWhatDependenciesMayUse() {
    String bad = """
        module m
        \tsurprise attack
        \tx y (
        \t\tz
        \t)
        \texclude v1.2.3
        \treplace <-!!!
        \tretract v1.2.3 v1.2.4
        \tretract (v1.2.3, v1.2.4]
        \tretract v1.2.3 (
        \t\tkey1 value1
        \t\tkey2 value2
        \t)
        \trequire good v1.0.0
        go 1.22rc
        """;
    ParseResult<ModFile> lax = ModFileParser.parseModFile("go.mod", bad, Strictness.LAX);
    assertThat(lax.errors()).isEmpty();
    assertThat(lax.file().modulePath()).isEqualTo("m");
    assertThat(lax.file().requires()).extracting(Requirement::path).containsExactly("good");
    assertThat(lax.file().goVersion()).contains("1.22");
    assertThat(ModFileParser.parseModFile("go.mod", bad, Strictness.STRICT).errors()).isNotEmpty();
  }

  @Test
  void versionsOnGoLinesStrictAndLax() {
    // x/mod read_test.go TestParseVersions
    String[][] cases = {
        {"go \n", "no", "no"}, {"go 1\n", "no", "no"}, {"go 1.22\n", "ok", "ok"}, {"go 1.22.333", "ok", "ok"},
        {"go v1.2\n", "no", "no"}, {"go 1.2rc1\n", "ok", "ok"}, {"go 1.2 3.4\n", "no", "no"},
        {"go 1.2beta1\n", "ok", "ok"}, {"go 1.2.beta1\n", "no", "ok"}, {"go v1.2.3\n", "no", "ok"},
        {"go v1.2rc1\n", "no", "ok"}, {"toolchain go1.2\n", "ok", "ok"}, {"toolchain go1.2rc1-gccgo\n", "ok", "ok"},
        {"toolchain default\n", "ok", "ok"}, {"toolchain inconceivable!\n", "no", "ok"}};
    for (String[] c : cases) {
      String text = "module m\n" + c[0];
      assertThat(ModFileParser.parseModFile("go.mod", text, Strictness.STRICT).ok()).as("strict " + c[0])
          .isEqualTo(c[1].equals("ok"));
      assertThat(ModFileParser.parseModFile("go.mod", text, Strictness.LAX).ok()).as("lax " + c[0])
          .isEqualTo(c[2].equals("ok"));
    }
  }

  @Test
  void indirectMeansOnlyTheFirstSuffixCommentSaysSo() {
    ModFile f = parse("""
        module m
        require (
        \ta.com/a v1.0.0 // indirect
        \ta.com/b v1.0.0 //indirect
        \ta.com/c v1.0.0 // indirect; for tests
        \ta.com/d v1.0.0 // indirect for tests
        \ta.com/e v1.0.0 // indirectly
        \t// indirect
        \ta.com/f v1.0.0
        )
        require a.com/g v1.0.0 // indirect
        """).file();
    assertThat(f.requires()).extracting(r -> r.path() + "=" + r.indirect()).containsExactly(
        "a.com/a=true", "a.com/b=true", "a.com/c=true", "a.com/d=false", "a.com/e=false", "a.com/f=false",
        "a.com/g=true");
  }

  @Test
  void deprecationAndRationaleComeFromTheCommentsGoReads() {
    ModFile f = parse("""
        // Some module.
        //
        // Deprecated: moved to example.com/new.
        // Use that one.
        //
        // Other text.
        module example.com/old

        // retracted: these had a bug
        retract (
        \tv1.0.0
        \tv1.0.1 // own rationale
        )
        """).file();
    assertThat(f.module().orElseThrow().deprecated()).isEqualTo("moved to example.com/new.\nUse that one.");
    assertThat(f.retracts()).extracting(Retraction::rationale)
        .containsExactly("retracted: these had a bug", "own rationale");
    assertThat(parse("// deprecated: lower case does not count\nmodule m\n").file().module().orElseThrow()
        .deprecated()).isEmpty();
    assertThat(parse("module m // Deprecated: on the line\n").file().module().orElseThrow().deprecated())
        .isEqualTo("on the line");
  }

  @Test
  void punctuationIsLexedAsSeparateTokens() {
    // x/mod read_test.go TestParsePunctuation
    assertThat(tokens("require ()")).isEqualTo("require ( )");
    assertThat(tokens("require []{},")).isEqualTo("require [ ] { } ,");
    assertThat(tokens("require a[b]c{d}e,")).isEqualTo("require a [ b ] c { d } e ,");
    assertThat(tokens("require (\n\ta[b]\n)")).isEqualTo("require ( a [ b ] )");
    assertThat(tokens("require [v1.0.0, v1.1.0)")).isEqualTo("require [ v1.0.0 , v1.1.0 )");
  }

  private static String tokens(String src) {
    ParseResult<SyntaxTree> r = ModFileParser.parseSyntax("go.mod", src);
    assertThat(r.errors()).isEmpty();
    StringBuilder sb = new StringBuilder();
    for (SyntaxStatement s : r.file().statements()) {
      if (s instanceof SyntaxLine l) {
        sb.append(String.join(" ", l.tokens()));
      } else if (s instanceof SyntaxBlock b) {
        sb.append(String.join(" ", b.keywords())).append(" (");
        for (SyntaxLine l : b.lines()) {
          sb.append(' ').append(String.join(" ", l.tokens()));
        }
        sb.append(" )");
      }
    }
    return sb.toString();
  }

  @Test
  void crlfAndTabsAndUnicode() {
    ParseResult<ModFile> r = parse("module example.com/m\r\n\r\nrequire (\r\n\texample.com/é v1.0.0 // indirect\r\n)\r\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.file().requires().get(0).indirect()).isTrue();
    assertThat(parse("module x\nrequire é/x v1.0.0 v2\n").goErrorText()).isEqualTo("go.mod:2: usage: require module/path v1.2.3");
  }

  @Test
  void workFiles() {
    ParseResult<WorkFile> ok = ModFileParser.parseWorkFile("go.work", """
        go 1.22
        toolchain go1.22.1
        godebug default=go1.21
        use ./a
        use (
        \t../b
        \t"./c d"
        )
        replace example.com/x v1.0.0 => ./x
        """);
    assertThat(ok.errors()).isEmpty();
    assertThat(ok.file().uses()).extracting(u -> u.diskPath()).containsExactly("./a", "../b", "./c d");
    assertThat(ok.file().uses().get(1).position()).isEqualTo(new Position(6, 2));
    assertThat(ok.file().replaces()).hasSize(1);
    ParseResult<WorkFile> bad = ModFileParser.parseWorkFile("go.work", "go 1.19\nuse\nuse a b\nfoo\nuse (\n)\ngo (\n)\nmodule x\n");
    assertThat(bad.goErrorText()).isEqualTo("""
        go.work:2: usage: use local/dir
        go.work:3: usage: use local/dir
        go.work:4: unknown directive: foo
        go.work:7: unknown block type: go
        go.work:9: unknown directive: module""");
    assertThat(ModFileParser.parseWorkFile("go.work", "go 1.22rc\n").goErrorText())
        .isEqualTo("go.work:1: invalid go version '1.22rc': must match format 1.23.0");
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case '\\' -> sb.append('\\');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append('\\').append(n);
      }
    }
    return sb.toString();
  }

  @Test
  void syntaxErrorLeavesAnEmptyModel() {
    ParseResult<ModFile> r = parse("module x\nrequire a v1.0.0\n/* no */\n");
    assertThat(r.syntaxValid()).isFalse();
    assertThat(r.file().requires()).isEmpty();
    assertThat(r.errors()).extracting(ModFileError::kind).containsExactly(ModFileError.Kind.SYNTAX);
    assertThat(List.of(r.errors().get(0).line(), r.errors().get(0).column())).containsExactly(3, 1);
  }
}
