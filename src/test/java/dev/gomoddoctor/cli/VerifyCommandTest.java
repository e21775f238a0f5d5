package dev.gomoddoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gomoddoctor.cache.verify.CacheLayout;
import dev.gomoddoctor.cache.verify.CacheWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VerifyCommandTest {
  @TempDir Path tmp;

  private record Run(int exit, String out, String err) {}

  private Run verify(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new VerifyCommand(env));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path cacheWithTwoModules() throws Exception {
    Path cache = tmp.resolve("modcache");
    CacheWriter w = new CacheWriter(cache);
    w.put("example.com/a", "v1.0.0", CacheWriter.text("a.go", "package a\n"));
    w.put("example.com/B", "v0.2.0", CacheWriter.text("b.go", "package b\n", "sub/c.go", "package sub\n"));
    return cache;
  }

  @Test
  void allOfAnIntactCacheIsVerifiedWithExitZero() throws Exception {
    Path cache = cacheWithTwoModules();
    Run r = verify(Map.of("GOMODCACHE", cache.toString()), tmp.toString(), "--all");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("all modules verified: 2 modules (all) in " + cache);
  }

  @Test
  void aModifiedFileIsNamedAndExitsOne() throws Exception {
    Path cache = cacheWithTwoModules();
    Path c = new CacheLayout(cache).files("example.com/B", "v0.2.0").orElseThrow().dir().resolve("sub/c.go");
    Files.writeString(c, "// changed\n", StandardOpenOption.APPEND);
    Run r = verify(Map.of(), tmp.toString(), "--all", "--modcache", cache.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("example.com/B v0.2.0: dir has been modified").contains("differing: sub/c.go")
        .doesNotContain("example.com/a v1.0.0:");
  }

  @Test
  void jsonNamesModuleVersionKindAndFiles() throws Exception {
    Path cache = cacheWithTwoModules();
    CacheLayout.ModuleFiles a = new CacheLayout(cache).files("example.com/a", "v1.0.0").orElseThrow();
    Files.delete(a.dir().resolve("a.go"));
    Run r = verify(Map.of("GOMODCACHE", cache.toString()), tmp.toString(), "--all", "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(j.get("summary").get("modified").asInt()).isEqualTo(1);
    JsonNode bad = j.get("modules").get(1);
    assertThat(bad.get("path").asText()).isEqualTo("example.com/a");
    assertThat(bad.get("status").asText()).isEqualTo("modified");
    JsonNode mm = bad.get("mismatches").get(0);
    assertThat(mm.get("kind").asText()).isEqualTo("dir-modified");
    assertThat(mm.get("differingFiles").get(0).asText()).isEqualTo("a.go (missing from the extracted tree)");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(verify(Map.of(), tmp.toString(), "--format", "sarif").exit()).isEqualTo(2);
    assertThat(verify(Map.of(), tmp.resolve("nope").toString()).exit()).isEqualTo(2);
    assertThat(verify(Map.of(), "--bogus").exit()).isEqualTo(2);
  }

  @Test
  void noModuleCacheIsIncomplete() {
    Run r = verify(Map.of("GOMODCACHE", "relative/dir"), tmp.toString(), "--all");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("GOMODCACHE entry is relative; must be absolute path");
  }
}
