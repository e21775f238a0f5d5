package dev.gomoddoctor.goenv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.goenv.model.EnvProblem;
import dev.gomoddoctor.goenv.model.EnvSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoEnvResolverTest {
  private static final GoToolchain GO119 = GoToolchain.of("/usr/lib/go-1.19", "go1.19.8");
  private static final GoToolchain GO122 = GoToolchain.of("/usr/local/go", "go1.22.5");
  private static final GoToolchain GO124 = GoToolchain.of("/usr/local/go", "go1.24.1");

  private static GoEnv resolve(Map<String, String> env, Map<String, String> files, GoToolchain tc) {
    return GoEnvResolver.forToolchain(env, HostFiles.of(files), tc).resolve();
  }

  @Test
  void oldToolchainHasCompiledInDefaults() {
    GoEnv e = resolve(Map.of("HOME", "/home/u"), Map.of(), GO119);
    assertThat(e.get("GOPROXY")).isEqualTo("https://proxy.golang.org,direct");
    assertThat(e.get("GOSUMDB")).isEqualTo("sum.golang.org");
    assertThat(e.source("GOPROXY").kind()).isEqualTo(EnvSource.Kind.DEFAULT);
    assertThat(e.knows("GOTOOLCHAIN")).isFalse();
    assertThat(e.knows("GOAUTH")).isFalse();
    assertThat(e.get("GOPATH")).isEqualTo("/home/u/go");
    assertThat(e.get("GOMODCACHE")).isEqualTo("/home/u/go/pkg/mod");
    assertThat(e.get("GOCACHE")).isEqualTo("/home/u/.cache/go-build");
    assertThat(e.get("GOENV")).isEqualTo("/home/u/.config/go/env");
  }

  @Test
  void newToolchainTakesDefaultsFromGoEnvFile() {
    GoEnv e = resolve(Map.of("HOME", "/root"), Map.of("/usr/local/go/go.env", GoEnvResolver.STANDARD_GO_ENV), GO122);
    assertThat(e.get("GOPROXY")).isEqualTo("https://proxy.golang.org,direct");
    assertThat(e.source("GOPROXY").kind()).isEqualTo(EnvSource.Kind.GOROOT_GO_ENV);
    assertThat(e.get("GOTOOLCHAIN")).isEqualTo("auto");
    assertThat(e.source("GOTOOLCHAIN").display()).isEqualTo("GOROOT/go.env");
  }

  @Test
  void newToolchainWithoutGoEnvHasEmptyProxy() {
    GoEnv e = resolve(Map.of("HOME", "/root"), Map.of(), GO122);
    assertThat(e.get("GOPROXY")).isEmpty();
    assertThat(e.get("GOSUMDB")).isEmpty();
    assertThat(e.get("GOTOOLCHAIN")).isEmpty();
  }

  @Test
  void precedenceEnvironmentThenUserFileThenGoEnv() {
    Map<String, String> files = Map.of(
        "/root/.config/go/env", "GOPROXY=https://corp.example\nGOSUMDB=off\n# c\nGOFLAGS=-mod=mod\r\n",
        "/usr/local/go/go.env", GoEnvResolver.STANDARD_GO_ENV);
    GoEnv e = resolve(Map.of("HOME", "/root", "GOSUMDB", "sum.golang.org", "GOFLAGS", ""), files, GO122);
    assertThat(e.get("GOPROXY")).isEqualTo("https://corp.example");
    assertThat(e.source("GOPROXY").display()).isEqualTo("GOENV file /root/.config/go/env:1");
    assertThat(e.get("GOSUMDB")).isEqualTo("sum.golang.org");
    assertThat(e.source("GOSUMDB").kind()).isEqualTo(EnvSource.Kind.ENVIRONMENT);
    // an empty variable counts as unset; the raw value keeps its carriage return
    assertThat(e.get("GOFLAGS")).isEqualTo("-mod=mod\r");
    assertThat(e.problems()).extracting(EnvProblem::kind).containsExactly(EnvProblem.Kind.STRAY_BYTES);
  }

  @Test
  void userFileKeyWithEmptyValueHidesGoEnv() {
    Map<String, String> files = Map.of(
        "/root/.config/go/env", "GOPROXY=\n",
        "/usr/local/go/go.env", GoEnvResolver.STANDARD_GO_ENV);
    assertThat(resolve(Map.of("HOME", "/root"), files, GO122).get("GOPROXY")).isEmpty();
    // before 1.21 the compiled-in default fills an empty value
    assertThat(resolve(Map.of("HOME", "/root"), Map.of("/root/.config/go/env", "GOPROXY=\n"), GO119).get("GOPROXY"))
        .isEqualTo("https://proxy.golang.org,direct");
  }

  @Test
  void goenvOffAndXdgConfigHome() {
    Map<String, String> files = Map.of("/x/go/env", "GOPRIVATE=x.example\n", "/root/.config/go/env", "GOPRIVATE=y\n");
    assertThat(resolve(Map.of("HOME", "/root", "XDG_CONFIG_HOME", "/x"), files, GO119).get("GOPRIVATE")).isEqualTo("x.example");
    GoEnv off = resolve(Map.of("HOME", "/root", "GOENV", "off"), files, GO119);
    assertThat(off.get("GOPRIVATE")).isEmpty();
    assertThat(off.get("GOENV")).isEmpty();
    assertThat(resolve(Map.of("HOME", "/root", "GOENV", "/root/.config/go/env"), files, GO119).get("GOPRIVATE")).isEqualTo("y");
  }

  @Test
  void privateFallsBackForNoProxyAndNoSumdb() {
    GoEnv e = resolve(Map.of("HOME", "/h", "GOPRIVATE", "*.corp", "GONOSUMDB", "none"), Map.of(), GO119);
    assertThat(e.get("GONOPROXY")).isEqualTo("*.corp");
    assertThat(e.source("GONOPROXY").display()).isEqualTo("default (GOPRIVATE)");
    assertThat(e.get("GONOSUMDB")).isEqualTo("none");
  }

  @Test
  void cacheAndPathErrorsWithoutHome() {
    GoEnv e = resolve(Map.of(), Map.of(), GO119);
    assertThat(e.get("GOCACHE")).isEqualTo("off");
    assertThat(e.value("GOCACHE").orElseThrow().error())
        .isEqualTo("GOCACHE is not defined and neither $XDG_CACHE_HOME nor $HOME are defined");
    assertThat(e.get("GOPATH")).isEmpty();
    assertThat(e.get("GOMODCACHE")).isEmpty();
    assertThat(e.get("GOENV")).isEmpty();
    GoEnv rel = resolve(Map.of("HOME", "/h", "GOCACHE", "rel"), Map.of(), GO119);
    assertThat(rel.get("GOCACHE")).isEqualTo("off");
    assertThat(resolve(Map.of("XDG_CACHE_HOME", "/c/"), Map.of(), GO119).get("GOCACHE")).isEqualTo("/c/go-build");
  }

  @Test
  void goauthFromGo124() {
    assertThat(resolve(Map.of("HOME", "/h"), Map.of(), GO124).get("GOAUTH")).isEqualTo("netrc");
  }

  @Test
  void envFileProblems() {
    Map<String, String> files = Map.of("/h/.config/go/env",
        "# comment\n\n  GOPROXY=x\nexport GOSUMDB=off\ngoflags=-x\nGOPRIVATE=a\nGOPRIVATE=b \nJUNK\n");
    GoEnv e = resolve(Map.of("HOME", "/h"), files, GO119);
    assertThat(e.problems()).extracting(EnvProblem::kind, EnvProblem::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple(EnvProblem.Kind.IGNORED_LINE, 3),
        org.assertj.core.groups.Tuple.tuple(EnvProblem.Kind.IGNORED_LINE, 4),
        org.assertj.core.groups.Tuple.tuple(EnvProblem.Kind.IGNORED_LINE, 5),
        org.assertj.core.groups.Tuple.tuple(EnvProblem.Kind.STRAY_BYTES, 7),
        org.assertj.core.groups.Tuple.tuple(EnvProblem.Kind.DUPLICATE_KEY, 7),
        org.assertj.core.groups.Tuple.tuple(EnvProblem.Kind.IGNORED_LINE, 8));
    assertThat(e.get("GOPRIVATE")).isEqualTo("b ");
  }

  @Test
  void stageFedFromGolangImage() {
    GoToolchain tc = GoToolchain.of(GoEnvResolver.GOLANG_IMAGE_GOROOT, "go1.22.5");
    GoEnv e = GoEnvResolver.resolveStage(GoEnvResolver.golangImageDefaults("1.22.5"),
        Map.of("GOPRIVATE", "git.corp/*"), tc, Map.of());
    assertThat(e.get("GOPATH")).isEqualTo("/go");
    assertThat(e.get("GOMODCACHE")).isEqualTo("/go/pkg/mod");
    assertThat(e.get("GOTOOLCHAIN")).isEqualTo("local");
    assertThat(e.get("GOPROXY")).isEqualTo("https://proxy.golang.org,direct");
    assertThat(e.get("GONOPROXY")).isEqualTo("git.corp/*");
    assertThat(e.get("GOCACHE")).isEqualTo("/root/.cache/go-build");
  }

  @Test
  void noToolchainAssumesCurrentReleaseWithStandardGoEnv() {
    GoEnv e = GoEnvResolver.forHost(Map.of("HOME", "/h", "PATH", "/nonexistent"), HostFiles.of(Map.of())).resolve();
    assertThat(e.assumedVersion()).isTrue();
    assertThat(e.get("GOPROXY")).isEqualTo("https://proxy.golang.org,direct");
  }

  @Test
  void locatesToolchainThroughSymlinkedBinary(@TempDir Path tmp) throws Exception {
    Path root = tmp.resolve("lib/go-1.21");
    Files.createDirectories(root.resolve("bin"));
    Files.createDirectories(root.resolve("pkg/tool"));
    Path go = Files.writeString(root.resolve("bin/go"), "#!/bin/sh\n");
    go.toFile().setExecutable(true);
    Files.writeString(root.resolve("VERSION"), "go1.21.4\ntime 2023-11-01\n");
    Files.writeString(root.resolve("go.env"), "GOPROXY=direct\nGOSUMDB=off\n");
    Files.createDirectories(tmp.resolve("usr/bin"));
    Files.createSymbolicLink(tmp.resolve("usr/bin/go"), go);
    Map<String, String> env = new HashMap<>();
    env.put("PATH", tmp.resolve("usr/bin") + ":/bin");
    env.put("HOME", tmp.resolve("home").toString());
    GoEnv e = GoEnvResolver.forHost(env, HostFiles.local()).resolve();
    assertThat(e.toolchain().versionName()).isEqualTo("go1.21.4");
    assertThat(e.get("GOROOT")).isEqualTo(root.toRealPath().toString());
    assertThat(e.get("GOPROXY")).isEqualTo("direct");
    assertThat(e.source("GOPROXY").kind()).isEqualTo(EnvSource.Kind.GOROOT_GO_ENV);
    // GOROOT from the environment alone
    GoToolchain byRoot = GoToolchain.locate(Map.of(), root.toString(), HostFiles.local());
    assertThat(byRoot.versionName()).isEqualTo("go1.21.4");
  }
}
