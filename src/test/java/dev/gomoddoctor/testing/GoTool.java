package dev.gomoddoctor.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code go} command as a second opinion in differential tests. Tests call
 * {@link #require()} and are skipped, with a message, when no {@code go} is on PATH.
 */
public final class GoTool {
  private final Path go;

  private GoTool(Path go) {
    this.go = go;
  }

  public static Optional<GoTool> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "go");
      if (Files.isExecutable(candidate)) {
        return Optional.of(new GoTool(candidate));
      }
    }
    return Optional.empty();
  }

  public static GoTool require() {
    Optional<GoTool> g = find();
    assumeTrue(g.isPresent(), "skipped: no go command on PATH (apt-get install golang-go)");
    return g.get();
  }

  public Path path() {
    return go;
  }

  /** The result of one {@code go} invocation. */
  public record Result(int exitCode, String stdout, String stderr) {}

  /**
   * Runs {@code go args...} in {@code dir} with a clean, offline environment plus {@code env}
   * (GOFLAGS, GOPROXY=off, a temp HOME/GOPATH unless given), and waits at most 120 s.
   */
  public Result run(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(go.toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    Map<String, String> e = pb.environment();
    e.keySet().removeIf(k -> k.startsWith("GO") || k.equals("CGO_ENABLED"));
    Path tmp = Files.createTempDirectory("gotool-home");
    e.put("HOME", tmp.toString());
    e.put("GOPATH", tmp.resolve("gopath").toString());
    e.put("GOCACHE", tmp.resolve("gocache").toString());
    e.put("GOPROXY", "off");
    e.put("GOTOOLCHAIN", "local");
    e.put("GOFLAGS", "");
    e.putAll(env);
    Path out = Files.createTempFile("go-out", ".txt");
    Path err = Files.createTempFile("go-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("go " + String.join(" ", args) + " timed out");
    }
    Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return r;
  }
}
