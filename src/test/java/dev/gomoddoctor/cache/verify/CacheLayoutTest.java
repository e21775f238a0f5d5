package dev.gomoddoctor.cache.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheLayoutTest {

  @Test
  void escapesUpperCaseAsGoDoes() {
    assertThat(CacheLayout.escape("github.com/Azure/azure-sdk")).contains("github.com/!azure/azure-sdk");
    assertThat(CacheLayout.escape("v1.0.0-RC1")).contains("v1.0.0-!r!c1");
    assertThat(CacheLayout.escape("example.com/a!b")).isEmpty();
    assertThat(CacheLayout.unescape("github.com/!azure/x")).contains("github.com/Azure/x");
    assertThat(CacheLayout.unescape("github.com/Azure/x")).isEmpty();
    assertThat(CacheLayout.unescape("x/!1")).isEmpty();
  }

  @Test
  void placesFilesWhereGoDoes(@TempDir Path cache) {
    CacheLayout.ModuleFiles f = new CacheLayout(cache).files("example.com/Big", "v1.2.3").orElseThrow();
    assertThat(f.zip()).isEqualTo(cache.resolve("cache/download/example.com/!big/@v/v1.2.3.zip"));
    assertThat(f.ziphash()).isEqualTo(cache.resolve("cache/download/example.com/!big/@v/v1.2.3.ziphash"));
    assertThat(f.dir()).isEqualTo(cache.resolve("example.com/!big@v1.2.3"));
    assertThat(f.prefix()).isEqualTo("example.com/Big@v1.2.3");
  }

  @Test
  void listsDownloadedVersionsButNotTheSumdbCache(@TempDir Path cache) throws Exception {
    Path v = cache.resolve("cache/download/example.com/!big/@v");
    Files.createDirectories(v);
    Files.writeString(v.resolve("v1.0.0.mod"), "module example.com/Big\n");
    Files.writeString(v.resolve("v1.1.0.zip"), "");
    Files.writeString(v.resolve("v1.1.0.ziphash"), "");
    Files.writeString(v.resolve("list"), "v1.0.0\n");
    Files.createDirectories(cache.resolve("cache/download/sumdb/sum.golang.org/lookup"));
    assertThat(new CacheLayout(cache).listDownloaded()).containsExactly(
        new CacheLayout.Entry("example.com/Big", "v1.0.0"), new CacheLayout.Entry("example.com/Big", "v1.1.0"));
  }
}
