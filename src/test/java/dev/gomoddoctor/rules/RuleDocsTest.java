package dev.gomoddoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.scan.Checkers;
import dev.gomoddoctor.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/rules/ must be exactly what the @RuleInfo declarations generate. Fails on a missing,
 * stale or orphaned page; {@code -Dgomoddoctor.writeDocs=true} rewrites them instead.
 */
class RuleDocsTest {

  @Test
  void docsPagesAreCurrent() throws IOException {
    RuleRegistry registry = Checkers.standardRegistry();
    Path dir = SharedData.projectDir().resolve("docs").resolve("rules");
    Map<String, String> expected = new TreeMap<>();
    for (RuleMeta r : registry.all()) {
      expected.put(r.code() + ".md", RuleDocs.page(r));
    }
    expected.put("README.md", RuleDocs.index(registry.all()));

    if (Boolean.getBoolean("gomoddoctor.writeDocs")) {
      Files.createDirectories(dir);
      try (Stream<Path> old = Files.list(dir)) {
        for (Path p : old.toList()) {
          if (!expected.containsKey(p.getFileName().toString())) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, String> e : expected.entrySet()) {
        Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    }

    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Path p = dir.resolve(e.getKey());
      if (!Files.exists(p)) {
        problems.add("missing " + p);
      } else if (!Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) {
        problems.add("stale " + p);
      }
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.map(p -> p.getFileName().toString())
            .filter(n -> !expected.containsKey(n))
            .forEach(n -> problems.add("orphaned docs/rules/" + n + " (no rule declares it)"));
      }
    }
    assertThat(problems)
        .as("regenerate with: mvn -B -q test -Dtest=RuleDocsTest -Dgomoddoctor.writeDocs=true")
        .isEmpty();
  }

  @Test
  void everyRuleHasCompleteMetadata() {
    for (RuleMeta r : Checkers.standardRegistry().all()) {
      assertThat(r.code()).as("code").matches("GMD[0-9]{3}");
      assertThat(r.name()).as(r.code() + " name").matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(r.summary()).as(r.code() + " summary").isNotBlank().doesNotEndWith(".");
      assertThat(r.help()).as(r.code() + " help").hasSizeGreaterThan(80);
      if (r.isSecurity()) {
        assertThat(Double.parseDouble(r.securitySeverity())).isBetween(0.0, 10.0);
      }
    }
  }
}
