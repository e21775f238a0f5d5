package dev.gomoddoctor.docker.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.docker.DockerfileNames;
import dev.gomoddoctor.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Dockerfile of the 32 corpus repositories parses into stages (vendor/ trees skipped). */
class CorpusDockerfilesTest {

  @Test
  void everyCorpusDockerfileParses() throws IOException {
    Path repos = SharedData.corpus().resolve("repos");
    List<Path> files;
    try (Stream<Path> s = Files.walk(repos)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> !repos.relativize(p).toString().replace('\\', '/').contains("/vendor/"))
          .filter(p -> DockerfileNames.isDockerfile(p.getFileName().toString()))
          .sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    int stages = 0;
    for (Path f : files) {
      try {
        stages += Dockerfiles.parse(Files.readString(f, StandardCharsets.UTF_8)).stages().size();
      } catch (DockerfileSyntaxException e) {
        failures.add(repos.relativize(f) + ":" + e.startLine() + ": " + e.getMessage());
      }
    }
    System.out.println("corpus Dockerfiles parsed: " + (files.size() - failures.size()) + " of " + files.size()
        + " (" + stages + " stages)");
    assertThat(files).isNotEmpty();
    assertThat(failures).isEmpty();
  }
}
