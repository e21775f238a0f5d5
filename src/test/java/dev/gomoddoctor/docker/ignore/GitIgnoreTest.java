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
      // git keeps a file ignored when its parent directory is: the translation re-includes it,
      // which errs towards reporting (GMD418 stays on)
      "dist/keep.txt, false",
      "main.go, false",
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
      "|bin/|**/bin",
      "|/bin/|bin",
      "sub|a/b|sub/a/b",
      "sub|!*.log|!sub/**/*.log",
      "|**/x|**/x",
      "|# c|",
      "|'   '|",
  })
  void translatesOneLine(String dir, String line, String expected) {
    assertThat(GitIgnore.translate(dir == null ? "" : dir, line)).isEqualTo(expected);
  }
}
