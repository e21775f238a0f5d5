package dev.gomoddoctor.goenv.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoenvFileProblemTest {
  @TempDir Path tmp;

  @Test
  void crlfFileNamesTheEffectPerKey() {
    List<Finding> f = EnvFixture.go122(tmp).module("")
        .goenvFile("GO111MODULE=on\r\nGOPRIVATE=*.corp\r\nGOFLAGS=-mod=mod\r\nCGO_ENABLED=0\r\n").run("GMD209");
    assertThat(f).hasSize(4);
    assertThat(f).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains(":1:").contains("every go command fails"))
        .anySatisfy(m -> assertThat(m).contains("GOPRIVATE").contains("last pattern never matches"))
        .anySatisfy(m -> assertThat(m).contains("GOFLAGS").contains("harmless"))
        .anySatisfy(m -> assertThat(m).contains("cgo stays on"));
    assertThat(f).allSatisfy(x -> assertThat(x.location().display()).isEqualTo("go.mod:1:1"));
  }

  @Test
  void ignoredLinesAndDuplicates() {
    List<Finding> f = EnvFixture.go122(tmp).module("")
        .goenvFile("  GOPROXY=x\nexport GOSUMDB=off\ngoflags=-x\nGOPRIVATE=a\nGOPRIVATE=b\n").run("GMD209");
    assertThat(f).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains(":1: line ignored by Go"))
        .anySatisfy(m -> assertThat(m).contains(":2: line ignored by Go"))
        .anySatisfy(m -> assertThat(m).contains(":3: line ignored by Go"))
        .anySatisfy(m -> assertThat(m).contains(":5: GOPRIVATE is set again (first on line 4)"));
    assertThat(f).hasSize(4);
  }

  @Test
  void envFileInsideTheProjectIsPointedAt() {
    EnvFixture fx = EnvFixture.go122(tmp).module("").file("ci/go.env", "# ci settings\nGOWORK=off \n");
    List<Finding> f = fx.env("GOENV", fx.project.resolve("ci/go.env").toString()).run("GMD209");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).location().display()).isEqualTo("ci/go.env:2:1");
  }

  @Test
  void quietForCommentsBlankLinesAndACleanFile() {
    assertThat(EnvFixture.go122(tmp).module("")
        .goenvFile("# written by go env -w\n\nGOPRIVATE=*.corp\nGOFLAGS=-mod=mod\n").run("GMD209")).isEmpty();
    assertThat(EnvFixture.go122(tmp).module("").run("GMD209")).isEmpty();
  }
}
