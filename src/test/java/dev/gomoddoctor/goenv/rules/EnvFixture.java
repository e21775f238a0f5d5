package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.GoEnvironmentChecker;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project plus a fake toolchain and home outside it, so the environment rules see a known Go
 * version and env files whatever is installed on the machine.
 */
final class EnvFixture {
  static final String STANDARD_GO_ENV = "GOPROXY=https://proxy.golang.org,direct\nGOSUMDB=sum.golang.org\nGOTOOLCHAIN=auto\n";

  final Path project;
  final Path home;
  final Path goroot;
  private final Map<String, String> env = new HashMap<>();
  private final TestProject tp;

  EnvFixture(Path tmp, String goVersion, String goEnv) {
    try {
      project = Files.createDirectories(tmp.resolve("project"));
      home = Files.createDirectories(tmp.resolve("home"));
      goroot = Files.createDirectories(tmp.resolve("goroot"));
      Files.writeString(goroot.resolve("VERSION"), goVersion + "\n");
      if (goEnv != null) {
        Files.writeString(goroot.resolve("go.env"), goEnv);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    env.put("HOME", home.toString());
    env.put("GOROOT", goroot.toString());
    env.put("PATH", tmp.resolve("no-bin").toString());
    tp = TestProject.in(project);
  }

  static EnvFixture go122(Path tmp) {
    return new EnvFixture(tmp, "go1.22.5", STANDARD_GO_ENV);
  }

  EnvFixture module(String dir) {
    String path = dir.isEmpty() ? "go.mod" : dir + "/go.mod";
    tp.file(path, "module example.com/" + (dir.isEmpty() ? "root" : dir) + "\n\ngo 1.22\n");
    return this;
  }

  EnvFixture file(String path, String content) {
    tp.file(path, content);
    return this;
  }

  EnvFixture env(String key, String value) {
    env.put(key, value);
    return this;
  }

  EnvFixture goenvFile(String content) {
    try {
      Path f = home.resolve(".config/go/env");
      Files.createDirectories(f.getParent());
      Files.writeString(f, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Finding> run(String code) {
    env.forEach(tp::env);
    return tp.run(new GoEnvironmentChecker(), code);
  }
}
