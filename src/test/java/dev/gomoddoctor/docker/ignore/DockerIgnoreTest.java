package dev.gomoddoctor.docker.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Docker's documented .dockerignore examples (docs "Build context" page) plus the order of
 * {@code !} exceptions and patternmatcher's own quirks.
 */
class DockerIgnoreTest {

  static Stream<Arguments> table() {
    return Stream.of(
        // the documentation's examples
        Arguments.of("# comment\n*/temp*\n*/*/temp*\ntemp?\n", "somedir/temporary.txt", true),
        Arguments.of("*/temp*\n", "somedir/temp", true),
        Arguments.of("*/temp*\n", "temp", false),
        Arguments.of("*/temp*\n", "a/b/temp.txt", false),
        Arguments.of("*/*/temp*\n", "somedir/subdir/temporary.txt", true),
        Arguments.of("temp?\n", "tempa", true),
        Arguments.of("temp?\n", "temp", false),
        Arguments.of("temp?\n", "tempab", false),
        Arguments.of("**/*.go\n", "a/b/c/main.go", true),
        Arguments.of("**/*.go\n", "main.go", true),
        Arguments.of("*.md\n!README.md\n", "README.md", false),
        Arguments.of("*.md\n!README.md\n", "CHANGES.md", true),
        Arguments.of("*.md\n!README*.md\nREADME-secret.md\n", "README-secret.md", true),
        Arguments.of("*.md\n!README*.md\nREADME-secret.md\n", "README.md", false),
        Arguments.of("*.md\nREADME-secret.md\n!README*.md\n", "README-secret.md", false),
        Arguments.of("*\n!go.mod\n!go.sum\n", "go.sum", false),
        Arguments.of("*\n!go.mod\n!go.sum\n", "main.go", true),
        Arguments.of("*\n!go.mod\n!go.sum\n", "cmd/app/main.go", true),
        // directories exclude everything below them; an exception can re-include a file inside
        Arguments.of("vendor\n", "vendor/modules.txt", true),
        Arguments.of("vendor/\n", "vendor/github.com/x/y.go", true),
        Arguments.of("vendor\n!vendor/modules.txt\n", "vendor/modules.txt", false),
        Arguments.of("!vendor/modules.txt\nvendor\n", "vendor/modules.txt", true),
        // leading slash, ./ and .. are cleaned away
        Arguments.of("/go.sum\n", "go.sum", true),
        Arguments.of("./go.sum\n", "go.sum", true),
        Arguments.of("a/../go.sum\n", "go.sum", true),
        Arguments.of("  go.sum  \n", "go.sum", true),
        Arguments.of(" # not a comment\n", "# not a comment", true),
        Arguments.of("go.sum\n", "sub/go.sum", false),
        Arguments.of("**/go.sum\n", "sub/go.sum", true),
        // patternmatcher's suffix match for a leading **/ with a literal rest
        Arguments.of("**/go.sum\n", "notgo.sum", true),
        Arguments.of("docs/**\n", "docs/a/b.md", true),
        Arguments.of("docs/**\n", "docs", false),
        Arguments.of("**\n!go.mod\n", "go.mod", false),
        Arguments.of("**\n!go.mod\n", "x/y", true),
        Arguments.of(".git\n", ".git/HEAD", true),
        Arguments.of("*.go\n!cmd/*.go\n", "cmd/main.go", false),
        Arguments.of("[a-c].txt\n", "b.txt", true),
        Arguments.of("[a-c].txt\n", "d.txt", false),
        Arguments.of("a\\*b\n", "a*b", true),
        Arguments.of("\uFEFFgo.sum\r\n", "go.sum", true));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1} excluded={2}")
  @MethodSource("table")
  void matchesLikeDocker(String ignore, String path, boolean excluded) throws Exception {
    assertThat(DockerIgnore.parse(".dockerignore", ignore).excludes(path)).isEqualTo(excluded);
  }

  @org.junit.jupiter.api.Test
  void reportsTheDecidingLine() throws Exception {
    DockerIgnore di = DockerIgnore.parse(".dockerignore", "*.md\n!README*.md\nREADME-secret.md\n");
    assertThat(di.decidingPattern("README-secret.md")).get().extracting(IgnorePattern::line).isEqualTo(3);
    assertThat(di.decidingPattern("README.md")).get().extracting(IgnorePattern::display).isEqualTo("!README*.md");
    assertThat(di.decidingPattern("main.go")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void rejectsWhatDockerRejects() {
    assertThatThrownBy(() -> DockerIgnore.parse(".dockerignore", "a\n!\n"))
        .isInstanceOfSatisfying(DockerIgnore.SyntaxError.class, e -> assertThat(e.line()).isEqualTo(2));
    assertThatThrownBy(() -> DockerIgnore.parse(".dockerignore", "[a-\n"))
        .isInstanceOf(DockerIgnore.SyntaxError.class);
  }
}
