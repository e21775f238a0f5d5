package dev.gomoddoctor.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.cli.InspectCommand;
import dev.gomoddoctor.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gomod-doctor inspect} on Dockerfiles and .dockerignore files. */
class DockerfileInspectTest {
  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  static Run inspect(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new InspectCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @TestFactory
  Stream<DynamicTest> astFormatReproducesEveryBuildKitResultAndRejectsEveryNegativeCase() throws IOException {
    Path root = SharedData.corpus().resolve("buildkit-parser-testfiles");
    List<Path> positive;
    List<Path> negative;
    try (Stream<Path> p = Files.list(root.resolve("testfiles")); Stream<Path> n = Files.list(root.resolve("testfiles-negative"))) {
      positive = p.sorted().toList();
      negative = n.sorted().toList();
    }
    System.out.println("inspect --format ast: " + positive.size() + " positive, " + negative.size() + " negative cases");
    Stream<DynamicTest> pos = positive.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
      Run r = inspect(c.resolve("Dockerfile").toString(), "--format", "ast");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo(Files.readString(c.resolve("result"), StandardCharsets.UTF_8));
    }));
    Stream<DynamicTest> neg = negative.stream().map(c -> DynamicTest.dynamicTest("negative " + c.getFileName(), () -> {
      Run r = inspect(c.resolve("Dockerfile").toString(), "--format", "ast");
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err()).contains("dockerfile parse error on line");
    }));
    return Stream.concat(pos, neg);
  }

  @Test
  void jsonShowsStagesBaseImagesAndEffectiveState() throws IOException {
    Path f = dir.resolve("build.Dockerfile");
    Files.writeString(f, """
        ARG GO=1.22
        FROM golang:${GO}-alpine AS build
        ENV CGO_ENABLED=0
        WORKDIR /src
        RUN --mount=type=cache,target=/go/pkg/mod go build -o /app .
        FROM scratch
        USER 65532
        """);
    Run r = inspect(f.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"baseImage\": \"golang:${GO}-alpine\"", "\"baseImageExpanded\": \"golang:1.22-alpine\"",
        "\"workdir\": \"/src\"", "\"CGO_ENABLED\": \"0\"", "\"user\": \"65532\"", "\"--mount=type=cache,target=/go/pkg/mod\"",
        "\"keyword\": \"RUN\"", "\"startLine\": 5");
    Run text = inspect(f.toString());
    assertThat(text.out()).contains("stage 0 \"build\" (line 2): FROM golang:1.22-alpine");
  }

  @Test
  void typeOptionAndErrorsAndDockerignore() throws IOException {
    Path f = dir.resolve("notes.txt");
    Files.writeString(f, "FROM alpine\nRUNN x\n");
    Run r = inspect(f.toString(), "--type", "Dockerfile");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("notes.txt:2: dockerfile parse error on line 2: unknown instruction: RUNN");
    assertThat(inspect(f.toString(), "--type", "Dockerfile", "--format", "ast").exit()).isZero();
    Path ignore = dir.resolve(".dockerignore");
    Files.writeString(ignore, "# c\n/vendor\n!vendor/modules.txt\n");
    Run di = inspect(ignore.toString(), "--format", "json");
    assertThat(di.exit()).isZero();
    assertThat(di.out()).contains("\"pattern\": \"vendor\"", "\"exception\": true");
    Path gomod = dir.resolve("go.mod");
    Files.writeString(gomod, "module x\n");
    assertThat(inspect(gomod.toString(), "--format", "ast").exit()).isEqualTo(2);
  }
}
