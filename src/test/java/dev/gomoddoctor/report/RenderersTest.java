package dev.gomoddoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.gomoddoctor.report.render.JsonRenderer;
import dev.gomoddoctor.report.render.SarifRenderer;
import dev.gomoddoctor.report.render.TextRenderer;
import dev.gomoddoctor.rules.RuleRegistry;
import dev.gomoddoctor.scan.Checkers;
import dev.gomoddoctor.testing.FakeChecker;
import dev.gomoddoctor.testing.SharedData;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A fixture report through every renderer; SARIF validated against the official schema. */
class RenderersTest {
  private final RuleRegistry registry;
  private final Report report;

  RenderersTest() {
    List<dev.gomoddoctor.rules.Rule> rules = new ArrayList<>(Checkers.doctorRules());
    rules.addAll(FakeChecker.reporting("fake").rules());
    registry = new RuleRegistry(rules);
    report = new Report("1.2.3", "proj", List.of(
        new Finding("GMD991", "fake-warning", Severity.WARNING, "second", "", Location.line("go.mod", 7)),
        new Finding("GMD990", "fake-error", Severity.ERROR, "first", "go mod tidy", Location.span("go.mod", 3, 2, 3, 20)),
        new Finding("GMD992", "fake-security", Severity.ERROR, "token in GOPROXY", "remove it", Location.file("build dir/Dockerfile")),
        new Finding("GMD990", "fake-error", Severity.NOTE, "a.go", "", Location.at("a/b.go", 1, 1))),
        List.of(new CheckerRun("fake", CheckerRun.Status.OK, 12, ""),
            new CheckerRun("docker", CheckerRun.Status.SKIPPED, 0, "no Dockerfile")),
        42, false);
  }

  @Test
  void jsonHasTheDocumentedShapeSortedByPathLineCode() throws Exception {
    StringWriter w = new StringWriter();
    new JsonRenderer().render(report, registry, w);
    JsonNode j = new ObjectMapper().readTree(w.toString());
    assertThat(j.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(j.path("tool").path("name").asText()).isEqualTo("gomod-doctor");
    assertThat(j.path("tool").path("version").asText()).isEqualTo("1.2.3");
    assertThat(j.path("root").asText()).isEqualTo("proj");
    List<String> order = new ArrayList<>();
    j.path("findings").forEach(f -> order.add(f.path("location").path("path").asText() + ":" + f.path("location").path("line").asInt()));
    assertThat(order).containsExactly("a/b.go:1", "build dir/Dockerfile:0", "go.mod:3", "go.mod:7");
    JsonNode first = j.path("findings").get(2);
    assertThat(first.path("ruleId").asText()).isEqualTo("GMD990");
    assertThat(first.path("rule").asText()).isEqualTo("fake-error");
    assertThat(first.path("severity").asText()).isEqualTo("error");
    assertThat(first.path("hint").asText()).isEqualTo("go mod tidy");
    assertThat(first.path("location").path("column").asInt()).isEqualTo(2);
    assertThat(first.path("location").path("endColumn").asInt()).isEqualTo(20);
    JsonNode noLine = j.path("findings").get(1).path("location");
    assertThat(noLine.has("line")).as("line omitted when unknown").isFalse();
    assertThat(j.path("checkers").get(1).path("status").asText()).isEqualTo("skipped");
    assertThat(j.path("checkers").get(0).path("millis").asLong()).isEqualTo(12);
  }

  @Test
  void sarifValidatesAgainstTheSarif210Schema() throws Exception {
    String sarif = sarif();
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(SharedData.sarifSchema())) {
      schema = factory.getSchema(in);
    }
    Set<ValidationMessage> errors = schema.validate(new ObjectMapper().readTree(sarif));
    assertThat(errors).isEmpty();
  }

  @Test
  void sarifMeetsGitHubIngestionRules() throws Exception {
    JsonNode run = new ObjectMapper().readTree(sarif()).path("runs").get(0);
    JsonNode driver = run.path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("gomod-doctor");
    assertThat(driver.path("semanticVersion").asText()).isEqualTo("1.2.3");
    assertThat(driver.path("informationUri").asText()).startsWith("https://");
    assertThat(driver.path("rules")).hasSize(registry.all().size());
    for (JsonNode rule : driver.path("rules")) {
      assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
      assertThat(rule.path("fullDescription").path("text").asText()).isNotBlank();
      assertThat(rule.path("help").path("text").asText()).isNotBlank();
      assertThat(rule.path("help").path("markdown").asText()).isNotBlank();
      assertThat(rule.path("helpUri").asText()).endsWith("/docs/rules/" + rule.path("id").asText() + ".md");
      assertThat(rule.path("defaultConfiguration").path("level").asText()).isIn("error", "warning", "note");
    }
    JsonNode security = driver.path("rules").get(registry.indexOf("GMD992"));
    assertThat(security.path("properties").path("security-severity").asText()).isEqualTo("8.0");
    assertThat(security.path("properties").path("tags").toString()).contains("security");
    assertThat(run.path("automationDetails").path("id").asText()).isEqualTo("gomod-doctor/");
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()).isEqualTo("file:///work/proj/");
    for (JsonNode result : run.path("results")) {
      int index = result.path("ruleIndex").asInt();
      assertThat(driver.path("rules").get(index).path("id").asText()).isEqualTo(result.path("ruleId").asText());
      JsonNode loc = result.path("locations").get(0).path("physicalLocation");
      assertThat(loc.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
      assertThat(loc.path("artifactLocation").path("uri").asText()).doesNotStartWith("/").doesNotContain(" ");
      assertThat(loc.path("region").path("startLine").asInt()).isPositive();
      assertThat(result.has("partialFingerprints")).isFalse();
    }
    assertThat(run.path("results").get(1).path("locations").get(0).path("physicalLocation")
        .path("artifactLocation").path("uri").asText()).isEqualTo("build%20dir/Dockerfile");
  }

  @Test
  void textGroupsPerFileAndColoursOnlyWhenAsked() throws Exception {
    StringWriter plain = new StringWriter();
    new TextRenderer(false, false, false).render(report, registry, plain);
    assertThat(plain.toString())
        .contains("go.mod\n  go.mod:3:2: error GMD990 first\n      go mod tidy\n  go.mod:7:1: warning GMD991 second\n")
        .contains("[-] docker  skipped: no Dockerfile")
        .contains("2 errors, 1 warning, 1 note ")
        .doesNotContain("\u001b[");
    StringWriter colored = new StringWriter();
    new TextRenderer(true, false, false).render(report, registry, colored);
    assertThat(colored.toString()).contains("\u001b[31merror\u001b[0m");
  }

  @Test
  void fullRegistryRendersValidSarif() throws Exception {
    StringWriter w = new StringWriter();
    new SarifRenderer("file:///x/", "gomod-doctor").render(report, Checkers.standardRegistry(), w);
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(SharedData.sarifSchema())) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    assertThat(schema.validate(new ObjectMapper().readTree(w.toString()))).isEmpty();
  }

  private String sarif() throws Exception {
    StringWriter w = new StringWriter();
    new SarifRenderer("file:///work/proj/", "gomod-doctor").render(report, registry, w);
    return w.toString();
  }

  @Test
  void githubAnnotationsEscapeAndPointAtRepositoryPaths() throws Exception {
    StringWriter w = new StringWriter();
    new dev.gomoddoctor.report.render.GithubAnnotationsRenderer("svc/").render(report, registry, w);
    assertThat(w.toString().split("\n")).contains(
        "::error file=svc/go.mod,line=3,col=2,endLine=3,title=GMD990 fake-error::first%0AFix: go mod tidy",
        "::warning file=svc/go.mod,line=7,col=1,title=GMD991 fake-warning::second",
        "::notice file=svc/a/b.go,line=1,col=1,title=GMD990 fake-error::a.go",
        "::error file=svc/build dir/Dockerfile,title=GMD992 fake-security::token in GOPROXY%0AFix: remove it");
  }
}
