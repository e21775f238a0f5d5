package dev.gomoddoctor.docker.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gomoddoctor.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** BuildKit's own parser cases: every {@code result} exactly, every negative case rejected. */
class BuildKitConformanceTest {

  private static List<Path> cases(String folder) throws IOException {
    Path dir = SharedData.corpus().resolve("buildkit-parser-testfiles").resolve(folder);
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyPositiveCaseDumpsTheExpectedResult() throws IOException {
    List<Path> cases = cases("testfiles");
    System.out.println("BuildKit positive parser cases: " + cases.size());
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
      String text = Files.readString(c.resolve("Dockerfile"), StandardCharsets.UTF_8);
      String expected = Files.readString(c.resolve("result"), StandardCharsets.UTF_8);
      assertThat(DockerfileParser.dump(DockerfileParser.parse(text))).isEqualTo(expected);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyNegativeCaseIsRejected() throws IOException {
    List<Path> cases = cases("testfiles-negative");
    System.out.println("BuildKit negative parser cases: " + cases.size());
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
      String text = Files.readString(c.resolve("Dockerfile"), StandardCharsets.UTF_8);
      assertThatThrownBy(() -> DockerfileParser.parse(text)).isInstanceOf(DockerfileSyntaxException.class);
    }));
  }
}
