package dev.gomoddoctor.goenv.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolchainDownloadBlockedTest {
  private final ToolchainDownloadBlocked rule = new ToolchainDownloadBlocked();
  @TempDir Path dir;

  private RoutingFixture needsGo1234() {
    return RoutingFixture.create().go("go1.21.0").env("GOOS", "linux").env("GOARCH", "amd64")
        .env("PATH", dir.resolve("bin").toString()).toolchainLines("go.mod", "1.23.4", "");
  }

  @Test
  void gosumdbOffRefusesTheDownload() {
    List<Finding> f = needsGo1234().env("GOSUMDB", "off").run(rule);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("GMD207");
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.message()).contains("go.mod sets go 1.23.4").contains("must switch to go1.23.4")
          .contains("golang.org/toolchain@v0.0.1-go1.23.4.linux-amd64: verifying module: checksum database disabled by GOSUMDB=off");
    });
  }

  @Test
  void gosumdbOffEvenWhenGoprivateCoversGolangOrg() {
    assertThat(needsGo1234().env("GOSUMDB", "off").env("GOPRIVATE", "golang.org").run(rule)).hasSize(1);
  }

  @Test
  void plusPathNeverDownloads() {
    List<Finding> f = needsGo1234().env("GOTOOLCHAIN", "path").run(rule);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("go: cannot find \"go1.23.4\" in PATH"));
    assertThat(needsGo1234().env("GOTOOLCHAIN", "go1.21.0+path").run(rule)).hasSize(1);
  }

  @Test
  void goproxyOff() {
    List<Finding> f = needsGo1234().env("GOPROXY", "off").run(rule);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("module lookup disabled by GOPROXY=off"));
  }

  @Test
  void goproxyDirectIsANote() {
    List<Finding> f = needsGo1234().env("GOPROXY", "direct").run(rule);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.NOTE));
  }

  @Test
  void toolchainLineWins() {
    List<Finding> f = RoutingFixture.create().go("go1.21.0").env("GOSUMDB", "off").env("PATH", "")
        .toolchainLines("go.work", "1.21", "go1.22.3").run(rule);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.location().path()).isEqualTo("go.work");
      assertThat(x.message()).contains("go.work sets toolchain go1.22.3");
    });
  }

  @Test
  void quietLookAlikes() throws IOException {
    // local toolchain new enough
    assertThat(needsGo1234().go("go1.23.4").env("GOSUMDB", "off").run(rule)).isEmpty();
    assertThat(needsGo1234().go("go1.24.0").env("GOSUMDB", "off").run(rule)).isEmpty();
    // no switching: local, or a pin without +auto/+path (GMD109)
    assertThat(needsGo1234().env("GOTOOLCHAIN", "local").env("GOSUMDB", "off").run(rule)).isEmpty();
    assertThat(needsGo1234().env("GOTOOLCHAIN", "go1.21.0").env("GOSUMDB", "off").run(rule)).isEmpty();
    // local Go older than 1.21 (GMD109)
    assertThat(needsGo1234().go("go1.19.8").goEnvFile(null).env("GOSUMDB", "off").run(rule)).isEmpty();
    // default settings: the download works
    assertThat(needsGo1234().run(rule)).isEmpty();
    // go<V> on PATH
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path exe = Files.writeString(bin.resolve("go1.23.4"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(needsGo1234().env("GOSUMDB", "off").run(rule)).isEmpty();
  }

  @Test
  void quietWhenTheToolchainIsCachedWithItsChecksumEntry() throws IOException {
    Path modcache = dir.resolve("modcache");
    String v = "v0.0.1-go1.23.4.linux-amd64";
    Path dl = Files.createDirectories(modcache.resolve("cache/download/golang.org/toolchain/@v"));
    Files.writeString(dl.resolve(v + ".ziphash"), "h1:xxx");
    Files.createDirectories(modcache.resolve("golang.org/toolchain@" + v));
    Path lookup = modcache.resolve("cache/download/sumdb/sum.golang.org/lookup/golang.org/toolchain@" + v);
    Files.createDirectories(lookup.getParent());
    Files.writeString(lookup, "…");
    assertThat(needsGo1234().env("GOPROXY", "off").env("GOMODCACHE", modcache.toString()).run(rule)).isEmpty();
    // without the checksum-database entry the download is still needed
    Files.delete(lookup);
    assertThat(needsGo1234().env("GOPROXY", "off").env("GOMODCACHE", modcache.toString()).run(rule)).hasSize(1);
  }
}
