package dev.gomoddoctor.goenv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gomoddoctor.testing.GoTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resolver against the real {@code go env -json} over seeded, generated environments:
 * variables, GOENV files with odd lines and CRLF, GOPRIVATE/GONOPROXY combinations, HOME and XDG
 * unset. Skips when no go is installed.
 */
class GoEnvDifferentialTest {
  static final int ENVIRONMENTS = 150;
  static final List<String> COMPARED = List.of("GOPROXY", "GOSUMDB", "GOPRIVATE", "GONOPROXY", "GONOSUMDB",
      "GOINSECURE", "GOFLAGS", "GO111MODULE", "GOPATH", "GOMODCACHE", "GOCACHE", "GOENV", "GOTOOLCHAIN");

  private static final String[] PROXIES = {"https://proxy.golang.org,direct", "off", "direct",
      "https://a.example|https://b.example,direct", "goproxy.cn,direct", "athens", ",", " https://x.example ,direct",
      "file:///srv/goproxy", "https://user:secret@corp.example/goproxy"};
  private static final String[] PATTERNS = {"*.corp.example.com", "rsc.io/private", "github.com/acme/*,gitlab.acme",
      " b.com", "x.example/", "none", "git.[a-c]orp.example", ""};
  private static final String[] FLAGS = {"-mod=mod", "-mod=vendor -trimpath", "-modcacherw", "--", "junk", "-buildvcs=false"};
  private static final String[] FILE_LINES = {"GOPROXY=https://file.example", "GOPRIVATE=*.corp\r", "  GOSUMDB=off",
      "export GOFLAGS=-x", "goproxy=https://lower.example", "# comment", "", "GOPATH=/fromfile/gopath",
      "GONOPROXY=", "GOCACHE=/fromfile/cache", "GOSUMDB=sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
      "GOINSECURE=insecure.example", "GOFLAGS=-mod=mod", "GONOSUMDB=nosum.example", "GO111MODULE=auto",
      "GOMODCACHE=/fromfile/modcache", "GOPRIVATE=file.private", "JUNK", "=x", "GOTOOLCHAIN=local"};

  @Test
  void resolverAgreesWithGoEnvJson(@TempDir Path tmp) throws Exception {
    GoTool go = GoTool.require();
    Random rnd = new Random(20261120L);
    ObjectMapper json = new ObjectMapper();
    Map<String, int[]> perKey = new TreeMap<>();
    int agreedEnvs = 0;
    int goFailed = 0;
    int cliDisagreements = 0;
    List<String> disagreements = new ArrayList<>();
    String goVersion = "";
    for (int i = 0; i < ENVIRONMENTS; i++) {
      Path dir = Files.createDirectories(tmp.resolve("e" + i));
      Map<String, String> env = generate(rnd, dir);
      ProcessBuilder pb = new ProcessBuilder(go.path().toString(), "env", "-json").directory(dir.toFile());
      pb.environment().clear();
      pb.environment().putAll(env);
      Path out = dir.resolve("out.json");
      pb.redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile());
      Process p = pb.start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      if (p.exitValue() != 0) {
        goFailed++;
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8).strip();
        System.out.println("  go failed: " + err.replace("\r", "\\r").lines().findFirst().orElse(""));
        continue;
      }
      JsonNode goEnv = json.readTree(Files.readString(out, StandardCharsets.UTF_8));
      GoEnv mine = GoEnvResolver.forHost(env, HostFiles.local()).resolve();
      JsonNode cli = json.readTree(runEnvCommand(env)).get("env");
      goVersion = mine.toolchain().versionName();
      boolean all = true;
      for (String key : COMPARED) {
        JsonNode v = goEnv.get(key);
        if (v == null && !mine.knows(key)) {
          continue; // neither this toolchain nor the resolver knows the key
        }
        String theirs = v == null ? "<absent>" : v.asText();
        String ours = mine.knows(key) ? mine.get(key) : "<absent>";
        int[] c = perKey.computeIfAbsent(key, k -> new int[2]);
        JsonNode cliValue = cli.get(key);
        String fromCli = cliValue == null || cliValue.isNull() ? "<absent>" : cliValue.get("value").asText();
        if (!fromCli.equals(v == null ? "<absent>" : Redactor.patterns().redact(theirs))) {
          cliDisagreements++;
          disagreements.add("env " + i + " " + key + ": go=" + quote(theirs) + " env --json=" + quote(fromCli));
        }
        if (theirs.equals(ours)) {
          c[0]++;
        } else {
          c[1]++;
          all = false;
          disagreements.add("env " + i + " " + key + ": go=" + quote(theirs) + " resolver=" + quote(ours) + " in " + env);
        }
      }
      if (all) {
        agreedEnvs++;
      }
    }
    System.out.printf("go env differential (%s): %d environments, %d agreed on every key, %d where go itself failed%n",
        goVersion, ENVIRONMENTS, agreedEnvs, goFailed);
    System.out.printf("  gomod-doctor env --json disagreed with go (after redaction) on %d values%n", cliDisagreements);
    perKey.forEach((k, c) -> System.out.printf("  %-12s agree %3d  disagree %d%n", k, c[0], c[1]));
    disagreements.stream().limit(20).forEach(d -> System.out.println("  DISAGREE " + d));
    assertThat(disagreements).isEmpty();
    assertThat(agreedEnvs).isGreaterThanOrEqualTo(100);
  }

  private static String runEnvCommand(Map<String, String> env) {
    java.io.StringWriter out = new java.io.StringWriter();
    picocli.CommandLine cmd = new picocli.CommandLine(new dev.gomoddoctor.cli.EnvCommand(env, HostFiles.local()));
    cmd.setOut(new java.io.PrintWriter(out));
    int rc = cmd.execute("--json");
    assertThat(rc).isZero();
    return out.toString();
  }

  private static String quote(String s) {
    return "'" + s.replace("\r", "\\r") + "'";
  }

  /** One random environment; files it names are written under {@code dir}. */
  static Map<String, String> generate(Random rnd, Path dir) throws Exception {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    Function<String[], String> pick = a -> a[rnd.nextInt(a.length)];
    String home = dir.resolve("home").toString();
    switch (rnd.nextInt(8)) {
      case 0 -> { } // HOME unset
      case 1 -> env.put("HOME", "");
      case 2 -> env.put("HOME", home + "/");
      case 3 -> env.put("HOME", "relhome");
      default -> env.put("HOME", home);
    }
    if (rnd.nextInt(4) == 0) {
      env.put("XDG_CONFIG_HOME", dir.resolve("xdgconfig").toString());
    }
    if (rnd.nextInt(4) == 0) {
      env.put("XDG_CACHE_HOME", rnd.nextBoolean() ? dir.resolve("xdgcache").toString() : "");
    }
    // the env file, at the path Go will look for it
    String envFile = null;
    switch (rnd.nextInt(6)) {
      case 0 -> env.put("GOENV", "off");
      case 1 -> {
        envFile = dir.resolve("custom-env").toString();
        env.put("GOENV", envFile);
      }
      case 2 -> env.put("GOENV", dir.resolve("missing-env").toString());
      default -> {
        if (env.containsKey("XDG_CONFIG_HOME")) {
          envFile = env.get("XDG_CONFIG_HOME") + "/go/env";
        } else if (env.getOrDefault("HOME", "").startsWith("/")) {
          envFile = env.get("HOME") + "/.config/go/env";
        }
      }
    }
    if (envFile != null && rnd.nextInt(5) != 0) {
      StringBuilder sb = new StringBuilder();
      String nl = rnd.nextInt(3) == 0 ? "\r\n" : "\n";
      int n = 1 + rnd.nextInt(8);
      for (int k = 0; k < n; k++) {
        sb.append(pick.apply(FILE_LINES)).append(k + 1 < n || rnd.nextBoolean() ? nl : "");
      }
      Path f = Path.of(envFile);
      Files.createDirectories(f.getParent());
      Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    }
    maybe(rnd, env, "GOPROXY", pick.apply(PROXIES), 3);
    maybe(rnd, env, "GOSUMDB", rnd.nextBoolean() ? "off" : "sum.golang.org", 4);
    maybe(rnd, env, "GOPRIVATE", pick.apply(PATTERNS), 2);
    maybe(rnd, env, "GONOPROXY", pick.apply(PATTERNS), 3);
    maybe(rnd, env, "GONOSUMDB", pick.apply(PATTERNS), 3);
    maybe(rnd, env, "GOINSECURE", pick.apply(PATTERNS), 4);
    maybe(rnd, env, "GOFLAGS", pick.apply(FLAGS), 4);
    maybe(rnd, env, "GO111MODULE", rnd.nextBoolean() ? "on" : (rnd.nextBoolean() ? "off" : "auto"), 4);
    maybe(rnd, env, "GOPATH", rnd.nextBoolean() ? dir.resolve("gp").toString() : dir.resolve("gp1") + ":" + dir.resolve("gp2"), 3);
    maybe(rnd, env, "GOMODCACHE", dir.resolve("modcache").toString(), 5);
    maybe(rnd, env, "GOCACHE", rnd.nextBoolean() ? dir.resolve("cache").toString() : (rnd.nextBoolean() ? "off" : "relcache"), 4);
    maybe(rnd, env, "GOTOOLCHAIN", rnd.nextBoolean() ? "local" : "go1.22.0+auto", 5);
    return env;
  }

  private static void maybe(Random rnd, Map<String, String> env, String key, String value, int oneIn) {
    int r = rnd.nextInt(oneIn * 2);
    if (r == 0) {
      env.put(key, value);
    } else if (r == 1) {
      env.put(key, ""); // empty counts as unset
    }
  }
}
