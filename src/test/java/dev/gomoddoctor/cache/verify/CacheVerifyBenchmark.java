package dev.gomoddoctor.cache.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.testing.GoTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies a generated cache of {@value #MODULES} modules / {@value #FILES_PER_MODULE} files each
 * (downloaded by the real go from a {@code file://} proxy) with the doctor and with
 * {@code go mod verify}, and prints both times and their ratio. A figure, not an assertion on
 * time: run with {@code mvn -B verify -Pbench -Dtest=CacheVerifyBenchmark}.
 */
@Tag("benchmark")
class CacheVerifyBenchmark {
  static final int MODULES = 500;
  static final int FILES_PER_MODULE = 100;

  @TempDir Path tmp;

  @Test
  void doctorVersusGoModVerify() throws Exception {
    GoTool go = GoTool.require();
    ModuleProxy proxy = new ModuleProxy(Files.createDirectories(tmp.resolve("proxy")));
    Random random = new Random(42);
    List<ModuleVersion> modules = new ArrayList<>();
    StringBuilder gomod = new StringBuilder("module example.com/bench\n\ngo 1.19\n\nrequire (\n");
    for (int i = 0; i < MODULES; i++) {
      String path = "example.com/gen/Mod" + i;
      Map<String, String> files = new LinkedHashMap<>();
      for (int f = 0; f < FILES_PER_MODULE - 1; f++) {
        files.put("pkg" + (f % 7) + "/file" + f + ".go", source(random, "pkg" + (f % 7), 200 + random.nextInt(4000)));
      }
      proxy.publish(path, "v1.0." + (i % 3), files);
      modules.add(new ModuleVersion(path, "v1.0." + (i % 3)));
      gomod.append('\t').append(path).append(" v1.0.").append(i % 3).append('\n');
    }
    Path main = Files.createDirectories(tmp.resolve("main"));
    Files.writeString(main.resolve("go.mod"), gomod.append(")\n"));
    Path modcache = tmp.resolve("modcache");
    Map<String, String> env = GoConformanceTest.goEnv(proxy.url(), modcache);

    long t0 = System.nanoTime();
    GoTool.Result dl = go.run(main, env, "mod", "download", "all");
    long downloadMs = (System.nanoTime() - t0) / 1_000_000;
    assertThat(dl.exitCode()).as(dl.stderr()).isZero();
    List<ExpectedSum> sums = GoConformanceTest.readGoSum(main.resolve("go.sum"));
    long files;
    try (var s = Files.walk(modcache)) {
      files = s.filter(p -> Files.isRegularFile(p) && !p.startsWith(modcache.resolve("cache"))).count();
    }

    Map<String, String> offline = GoConformanceTest.goEnv("off", modcache);
    long goMs = Long.MAX_VALUE;
    long doctorMs = Long.MAX_VALUE;
    int threads = CacheVerifier.defaultThreads();
    // alternate and keep the best of three, so neither side pays alone for a cold page cache or JIT
    for (int round = 0; round < 3; round++) {
      long g0 = System.nanoTime();
      GoTool.Result v = go.run(main, offline, "mod", "verify");
      goMs = Math.min(goMs, (System.nanoTime() - g0) / 1_000_000);
      assertThat(v.exitCode()).as(v.stdout() + v.stderr()).isZero();

      long d0 = System.nanoTime();
      VerifyResult r = new CacheVerifier(modcache, threads).verify(modules, sums, CacheVerifier.Progress.NONE);
      doctorMs = Math.min(doctorMs, (System.nanoTime() - d0) / 1_000_000);
      assertThat(r.mismatches()).isEmpty();
      assertThat(r.count(ModuleResult.Status.VERIFIED)).isEqualTo(MODULES);
    }
    System.out.printf(Locale.ROOT,
        "CacheVerifyBenchmark: %d modules, %d extracted files (plus %d zips), %d threads%n"
            + "  go mod download all: %d ms%n"
            + "  go mod verify:       %d ms (best of 3)%n"
            + "  gomod-doctor verify: %d ms (best of 3; zip + tree + .mod + go.sum)%n"
            + "  ratio doctor/go:     %.2f%n",
        MODULES, files, MODULES, threads, downloadMs, goMs, doctorMs, (double) doctorMs / goMs);
  }

  private static String source(Random r, String pkg, int size) {
    StringBuilder b = new StringBuilder("package ").append(pkg).append("\n\n");
    while (b.length() < size) {
      b.append("// ").append(Long.toHexString(r.nextLong())).append(' ').append(r.nextInt()).append('\n');
    }
    return b.toString();
  }
}
