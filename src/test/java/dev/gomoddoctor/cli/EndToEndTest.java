package dev.gomoddoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.gomoddoctor.testing.SharedData;
import dev.gomoddoctor.testing.TestProject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A real rule (GMD102 go-sum-missing) through the real checkers and all three formats, so the
 * pipeline is proven end to end rather than only with test checkers.
 */
class EndToEndTest {
  @TempDir Path dir;
  @TempDir Path out;

  private static final String GO_MOD = """
      module example.com/shop

      go 1.21

      require github.com/google/uuid v1.6.0
      """;

  private int scan(String... args) {
    // a fixed, harmless environment: the test must not depend on the machine's Go settings
    Map<String, String> env = Map.of("HOME", out.toString(), "PATH", "/nonexistent");
    return new CommandLine(new ScanCommand(env, dev.gomoddoctor.scan.Checkers.standard()))
        .setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()))
        .execute(args);
  }

  @Test
  void goSumMissingReachesTextJsonAndSarif() throws Exception {
    TestProject.in(dir).file("go.mod", GO_MOD).file("main.go", "package main\n\nimport _ \"github.com/google/uuid\"\n");
    Path text = out.resolve("r.txt");
    Path json = out.resolve("r.json");
    Path sarif = out.resolve("r.sarif");
    int exit = scan("--enable", "GMD102", "-o", "text=" + text, "-o", "json=" + json, "-o", "sarif=" + sarif, dir.toString());
    assertThat(exit).isEqualTo(1);

    assertThat(Files.readString(text)).contains("go.mod:").contains("error GMD102");

    JsonNode j = new ObjectMapper().readTree(json.toFile());
    List<JsonNode> findings = List.copyOf(j.path("findings").findParents("ruleId"));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).path("rule").asText()).isEqualTo("go-sum-missing");
    assertThat(findings.get(0).path("location").path("path").asText()).isEqualTo("go.mod");
    assertThat(findings.get(0).path("hint").asText()).contains("go mod tidy");

    JsonNode s = new ObjectMapper().readTree(sarif.toFile());
    JsonNode result = s.path("runs").get(0).path("results").get(0);
    assertThat(result.path("ruleId").asText()).isEqualTo("GMD102");
    JsonNode rule = s.path("runs").get(0).path("tool").path("driver").path("rules").get(result.path("ruleIndex").asInt());
    assertThat(rule.path("id").asText()).isEqualTo("GMD102");
    assertThat(result.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
        .isEqualTo("go.mod");
    try (InputStream in = Files.newInputStream(SharedData.sarifSchema())) {
      assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in).validate(s)).isEmpty();
    }
  }

  @Test
  void goSumBesideGoModIsQuiet() throws Exception {
    TestProject.in(dir).file("go.mod", GO_MOD).file("go.sum",
        "github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=\n"
            + "github.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=\n");
    assertThat(scan("--enable", "GMD102", dir.toString())).isZero();
  }
}
