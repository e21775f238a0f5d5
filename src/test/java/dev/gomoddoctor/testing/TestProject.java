package dev.gomoddoctor.testing;

import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.scan.CollectingSink;
import dev.gomoddoctor.scan.FileIndex;
import dev.gomoddoctor.scan.RuleSelection;
import dev.gomoddoctor.scan.ScanContext;
import dev.gomoddoctor.scan.ScanOptions;
import dev.gomoddoctor.scan.SharedFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A throw-away project tree for tests: write files, set the environment the Go command would see,
 * run one checker and get its findings.
 *
 * <pre>
 * List&lt;Finding&gt; f = TestProject.in(tempDir)
 *     .file("go.mod", "module example.com/a\n")
 *     .env("GOFLAGS", "-mod=vendor")
 *     .run(new ModuleFilesChecker());
 * </pre>
 */
public final class TestProject {
  private final Path root;
  private final Map<String, String> env = new HashMap<>();
  private Config config = Config.defaults();
  private ScanOptions options;

  private TestProject(Path root) {
    this.root = root;
  }

  public static TestProject in(Path dir) {
    return new TestProject(dir);
  }

  public Path root() {
    return root;
  }

  public TestProject file(String relativePath, String content) {
    try {
      Path p = root.resolve(relativePath);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TestProject dir(String relativePath) {
    try {
      Files.createDirectories(root.resolve(relativePath));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TestProject env(String key, String value) {
    env.put(key, value);
    return this;
  }

  public TestProject config(Config config) {
    this.config = config;
    return this;
  }

  public TestProject options(ScanOptions options) {
    this.options = options;
    return this;
  }

  public ScanContext context() {
    try {
      ScanOptions opts = options != null ? options : ScanOptions.defaults(env);
      return new ScanContext(root, FileIndex.walk(root, config.exclude()), config, opts, new SharedFacts());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs one checker with every rule enabled; returns its findings in report order. */
  public List<Finding> run(Checker checker) {
    CollectingSink sink = new CollectingSink(RuleSelection.all());
    try {
      checker.check(context(), sink);
    } catch (Exception e) {
      throw new AssertionError("checker " + checker.name() + " threw", e);
    }
    return sink.findings().stream().sorted(Finding.ORDER).toList();
  }

  /** Runs one checker and keeps only the findings of one rule code. */
  public List<Finding> run(Checker checker, String ruleCode) {
    return run(checker).stream().filter(f -> f.ruleId().equals(ruleCode)).toList();
  }
}
