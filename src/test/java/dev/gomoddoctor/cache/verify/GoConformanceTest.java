package dev.gomoddoctor.cache.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.testing.GoTool;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doctor's hashes against the real {@code go}: modules served from a {@code file://} proxy,
 * downloaded by {@code go mod download}, then hashed by both, then corrupted and verified by both.
 */
public class GoConformanceTest {
  public static final List<ModuleVersion> MODULES = List.of(
      new ModuleVersion("example.com/a", "v1.0.0"),
      new ModuleVersion("example.com/Upper", "v1.1.0-RC1"),
      new ModuleVersion("example.com/c", "v1.0.0"),
      new ModuleVersion("example.com/d", "v0.1.0"));

  @TempDir Path tmp;

  /** Builds the proxy, downloads every module with go and returns the main module's directory. */
  public static Path download(GoTool go, Path tmp, Path modcache) throws Exception {
    ModuleProxy proxy = new ModuleProxy(Files.createDirectories(tmp.resolve("proxy")));
    proxy.publish("example.com/a", "v1.0.0", ModuleProxy.files(
        "a.go", "package a\n", "sub/x.go", "package sub\n", "README", "read me\n"));
    proxy.publish("example.com/Upper", "v1.1.0-RC1", ModuleProxy.files(
        "Upper.go", "package upper\n", "données/é.txt", "accents\n", "Z/a.txt", "z\n", "a/Z.txt", "a\n",
        "LICENSE", "MIT\n"));
    proxy.publish("example.com/c", "v1.0.0", ModuleProxy.files("c.go", "package c\n"));
    proxy.publish("example.com/d", "v0.1.0", ModuleProxy.files("d.go", "package d\n", "empty.txt", ""));
    Path main = Files.createDirectories(tmp.resolve("main"));
    StringBuilder gomod = new StringBuilder("module example.com/main\n\ngo 1.19\n\nrequire (\n");
    for (ModuleVersion m : MODULES) {
      gomod.append('\t').append(m.path()).append(' ').append(m.version()).append('\n');
    }
    Files.writeString(main.resolve("go.mod"), gomod.append(")\n"));
    GoTool.Result r = go.run(main, goEnv(proxy.url(), modcache), "mod", "download", "all");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return main;
  }

  public static Map<String, String> goEnv(String proxyUrl, Path modcache) {
    return Map.of("GOFLAGS", "-mod=mod", "GOSUMDB", "off", "GOPROXY", proxyUrl, "GOMODCACHE", modcache.toString());
  }

  public static List<ExpectedSum> readGoSum(Path goSum) throws IOException {
    List<ExpectedSum> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(goSum);
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).trim().split("\\s+");
      if (f.length == 3) {
        boolean goMod = f[1].endsWith("/go.mod");
        out.add(new ExpectedSum(f[0], goMod ? f[1].substring(0, f[1].length() - 7) : f[1], goMod, f[2], "go.sum", i + 1));
      }
    }
    return out;
  }

  @Test
  void hashesEqualZiphashAndGoSumWrittenByGo() throws Exception {
    GoTool go = GoTool.require();
    Path modcache = tmp.resolve("modcache");
    Path main = download(go, tmp, modcache);
    List<ExpectedSum> sums = readGoSum(main.resolve("go.sum"));
    assertThat(sums).hasSize(2 * MODULES.size());
    CacheLayout layout = new CacheLayout(modcache);

    for (ModuleVersion m : MODULES) {
      CacheLayout.ModuleFiles f = layout.files(m.path(), m.version()).orElseThrow();
      String ziphash = Files.readString(f.ziphash()).strip();
      assertThat(ZipHasher.hash(f.zip(), m.path(), m.version()).h1()).as("zip of %s", m).contains(ziphash);
      DirHasher.DirHash dir = DirHasher.hash(f.dir(), f.prefix());
      assertThat(dir.violations()).isEmpty();
      assertThat(dir.h1()).as("dir of %s", m).contains(ziphash);
      assertThat(sums).contains(new ExpectedSum(m.path(), m.version(), false, ziphash, "go.sum",
          lineOf(sums, m, false)));
      String modSum = sums.stream().filter(s -> s.module().equals(m) && s.goMod()).findFirst().orElseThrow().hash();
      assertThat(Hash1.ofGoMod(Files.readAllBytes(f.mod()))).as(".mod of %s", m).isEqualTo(modSum);
    }
    VerifyResult result = new CacheVerifier(modcache, 2).verify(MODULES, sums, CacheVerifier.Progress.NONE);
    assertThat(result.mismatches()).isEmpty();
    assertThat(result.count(ModuleResult.Status.VERIFIED)).isEqualTo(MODULES.size());
    assertThat(layout.listDownloaded()).extracting(e -> new ModuleVersion(e.path(), e.version()))
        .containsExactlyInAnyOrderElementsOf(MODULES);
  }

  @Test
  void corruptedDirZipAndModAreReportedByGoAndByTheDoctorAndNothingElse() throws Exception {
    GoTool go = GoTool.require();
    Path modcache = tmp.resolve("modcache");
    Path main = download(go, tmp, modcache);
    List<ExpectedSum> sums = readGoSum(main.resolve("go.sum"));
    CacheLayout layout = new CacheLayout(modcache);

    // one extracted file (Go leaves it 0444; the test runs as root, chmod anyway for non-root runs)
    Path aGo = layout.files("example.com/a", "v1.0.0").orElseThrow().dir().resolve("sub/x.go");
    aGo.getParent().toFile().setWritable(true);
    aGo.toFile().setWritable(true);
    Files.writeString(aGo, "// injected\n", StandardOpenOption.APPEND);
    // one zip: same names, one entry's content changed
    CacheLayout.ModuleFiles upper = layout.files("example.com/Upper", "v1.1.0-RC1").orElseThrow();
    rewriteZip(upper.zip(), "example.com/Upper@v1.1.0-RC1/", "données/é.txt", "tampered\n");
    // one .mod
    Path cMod = layout.files("example.com/c", "v1.0.0").orElseThrow().mod();
    cMod.toFile().setWritable(true);
    Files.writeString(cMod, "require evil.example v1.0.0\n", StandardOpenOption.APPEND);

    GoTool.Result r = go.run(main, goEnv("off", modcache), "mod", "verify");
    String goSays = r.stdout() + r.stderr();
    assertThat(r.exitCode()).as(goSays).isNotZero();
    // go mod verify fails loading the graph on the .mod before it checks zips; ask it again without c
    assertThat(goSays).contains("example.com/c@v1.0.0/go.mod: checksum mismatch");
    Path mainWithoutC = Files.createDirectories(tmp.resolve("main2"));
    Files.writeString(mainWithoutC.resolve("go.mod"),
        Files.readString(main.resolve("go.mod")).replace("\texample.com/c v1.0.0\n", ""));
    Files.writeString(mainWithoutC.resolve("go.sum"), Files.readAllLines(main.resolve("go.sum")).stream()
        .filter(l -> !l.startsWith("example.com/c ")).collect(Collectors.joining("\n", "", "\n")));
    GoTool.Result r2 = go.run(mainWithoutC, goEnv("off", modcache), "mod", "verify");
    String goSays2 = r2.stdout() + r2.stderr();
    assertThat(r2.exitCode()).as(goSays2).isNotZero();
    assertThat(goSays2).contains("example.com/a v1.0.0: dir has been modified")
        .contains("example.com/Upper v1.1.0-RC1: zip has been modified")
        .doesNotContain("example.com/d");

    VerifyResult result = new CacheVerifier(modcache, 2).verify(MODULES, sums, CacheVerifier.Progress.NONE);
    assertThat(result.mismatches()).extracting(mm -> mm.module().path() + " " + mm.kind())
        .containsExactlyInAnyOrder(
            "example.com/a DIR_MODIFIED",
            "example.com/Upper ZIP_MODIFIED",
            "example.com/c GO_MOD_SUM_MISMATCH");
    Mismatch dir = result.mismatches().stream().filter(mm -> mm.kind() == Mismatch.Kind.DIR_MODIFIED).findFirst().orElseThrow();
    assertThat(dir.files()).containsExactly("sub/x.go");
    assertThat(dir.message()).contains("example.com/a v1.0.0: dir has been modified");
    Mismatch zip = result.mismatches().stream().filter(mm -> mm.kind() == Mismatch.Kind.ZIP_MODIFIED).findFirst().orElseThrow();
    assertThat(zip.files()).containsExactly("données/é.txt");
    Mismatch mod = result.mismatches().stream().filter(mm -> mm.kind() == Mismatch.Kind.GO_MOD_SUM_MISMATCH).findFirst().orElseThrow();
    assertThat(mod.sum()).isPresent();
    assertThat(result.modules()).filteredOn(m -> m.module().path().equals("example.com/d"))
        .extracting(ModuleResult::status).containsExactly(ModuleResult.Status.VERIFIED);
  }

  private static int lineOf(List<ExpectedSum> sums, ModuleVersion m, boolean goMod) {
    return sums.stream().filter(s -> s.module().equals(m) && s.goMod() == goMod).findFirst().orElseThrow().line();
  }

  /** Rewrites a zip keeping its entry names, replacing one entry's content. */
  public static void rewriteZip(Path zip, String prefix, String name, String content) throws IOException {
    List<String> names = new ArrayList<>();
    List<byte[]> data = new ArrayList<>();
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        names.add(e.getName());
        data.add(z.getInputStream(e).readAllBytes());
      }
    }
    zip.toFile().setWritable(true);
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zo = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < names.size(); i++) {
        zo.putNextEntry(new ZipEntry(names.get(i)));
        zo.write(names.get(i).equals(prefix + name) ? content.getBytes(StandardCharsets.UTF_8) : data.get(i));
        zo.closeEntry();
      }
    }
  }
}
