package dev.gomoddoctor.docker.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GitIgnoreTest {

  private static final GitIgnore TREE = GitIgnore.of(Map.of(
      "", """
          # build outputs
          /bin/
          dist
          .build/
          *.test
          /thanos_tmp_for_docker
          out/**/*.tar
          !dist/keep.txt
          \\#literal
          trailing   
          """,
      "cmd/tool", """
          /tool
          !keep.test
          """));

  @ParameterizedTest(name = "{0} ignored: {1}")
  @CsvSource({
      // anchored at the root (leading slash)
      "bin/app, true",
      "cmd/bin/app, false",
      // no slash: any depth
      "dist/app, true",
      "web/dist/app.js, true",
      ".build/linux-amd64/prometheus, true",
      "x/y/z.test, true",
      "thanos_tmp_for_docker/thanos, true",
      "src/thanos_tmp_for_docker, false",
      // ** inside an anchored pattern
      "out/a/b/c.tar, true",
      "out/c.tar, true",
      "out/c.txt, false",
      // git keeps a file ignored when its parent directory is, whatever ! says
      "dist/keep.txt, true",
      "main.go, false",
      // **/name matches the whole name only
      "x/ytrailing, false",
      "#literal, true",
      "trailing, true",
      // a nested .gitignore is anchored to its directory and comes later
      "cmd/tool/tool, true",
      "tool, false",
      "cmd/tool/keep.test, false",
      "cmd/other/keep.test, true",
  })
  void matchesLikeGit(String path, boolean ignored) {
    assertThat(TREE.ignores(path)).isEqualTo(ignored);
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "|bin/|**/bin|false|true",
      "|/bin/|bin|false|true",
      "sub|a/b|sub/a/b|false|false",
      "sub|!*.log|sub/**/*.log|true|false",
      "|**/x|**/x|false|false",
  })
  void translatesOneLine(String dir, String line, String glob, boolean negated, boolean directoryOnly) {
    GitIgnore.Line l = GitIgnore.translate(dir == null ? "" : dir, line, 1);
    assertThat(l.glob().pattern()).isEqualTo(glob);
    assertThat(l.negated()).isEqualTo(negated);
    assertThat(l.directoryOnly()).isEqualTo(directoryOnly);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', value = {"# c", "'   '", "/", "!"})
  void skipsCommentsBlanksAndEmptyPatterns(String line) {
    assertThat(GitIgnore.translate("", line, 1)).isNull();
  }

  @ParameterizedTest(name = "{0} ignored: {1}")
  @CsvSource({
      // minio's root .gitignore: the binary "minio" is ignored, "!*/" re-includes directories only
      "minio, true",
      "cmd/minio, true",
      "docs/minio/README.md, false",
      "dockerscripts/docker-entrypoint.sh, false",
  })
  void directoryOnlyNegationReincludesDirectoriesNotFiles(String path, boolean ignored) {
    GitIgnore minio = GitIgnore.of(Map.of("", "*.test\nminio\n!*/\n"));
    assertThat(minio.ignores(path)).isEqualTo(ignored);
  }
}
