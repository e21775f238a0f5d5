package dev.gomoddoctor.docker.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageCatalogTest {

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "golang, '', golang, -, -",
      "golang:1.22, '', golang, 1.22, -",
      "docker.io/library/golang:1.26.6@sha256:640a234f4bea3e399c056b7b8f9c667c4939befae8db2f14e9785e16eccd4205, docker.io, library/golang, 1.26.6, sha256:640a234f4bea3e399c056b7b8f9c667c4939befae8db2f14e9785e16eccd4205",
      "localhost:5000/golang:1.22, localhost:5000, golang, 1.22, -",
      "gcr.io/distroless/static:nonroot, gcr.io, distroless/static, nonroot, -",
  })
  void parsesReferences(String text, String registry, String repo, String tag, String digest) {
    ImageRef r = ImageRef.parse(text).orElseThrow();
    assertThat(r.registry()).isEqualTo(registry);
    assertThat(r.repository()).isEqualTo(repo);
    assertThat(r.tag()).isEqualTo(Optional.ofNullable(tag));
    assertThat(r.digest()).isEqualTo(Optional.ofNullable(digest));
  }

  @ParameterizedTest
  @CsvSource({
      "golang:1.22, true", "library/golang, true", "docker.io/library/golang:1.22, true",
      "index.docker.io/library/golang, true", "mirror.gcr.io/library/golang:1.22, true",
      "public.ecr.aws/docker/library/golang:1.22, true", "myorg/golang:1.22, false",
      "ghcr.io/golang:1.22, false", "golangci/golangci-lint:v1, false"})
  void recognisesTheOfficialGolangImage(String text, boolean official) {
    assertThat(ImageRef.parse(text).orElseThrow().isOfficialGolang()).isEqualTo(official);
  }

  @Test
  void rejectsUnexpandedOrInvalidReferences() {
    assertThat(ImageRef.parse("golang:${GO_VERSION}")).isEmpty();
    assertThat(ImageRef.parse("Golang:1.22")).isEmpty();
    assertThat(ImageRef.parse("golang:")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "1.22, 1.22, MINOR, DEBIAN, -",
      "1.22.5, 1.22.5, EXACT, DEBIAN, -",
      "1.22-alpine3.20, 1.22, MINOR, ALPINE, 3.20",
      "1.22.5-alpine, 1.22.5, EXACT, ALPINE, -",
      "1.22-bookworm, 1.22, MINOR, DEBIAN, bookworm",
      "1, 1, MAJOR, DEBIAN, -",
      "1-alpine, 1, MAJOR, ALPINE, -",
      "latest, -, NONE, DEBIAN, -",
      "alpine, -, NONE, ALPINE, -",
      "alpine3.20, -, NONE, ALPINE, 3.20",
      "bookworm, -, NONE, DEBIAN, bookworm",
      "rc, -, NONE, DEBIAN, -",
      "rc-alpine, -, NONE, ALPINE, -",
      "1.23rc1, 1.23rc1, EXACT, DEBIAN, -",
      "1.23rc1-bookworm, 1.23rc1, EXACT, DEBIAN, bookworm",
      "tip-20240101, -, NONE, DEBIAN, -",
      "tip-20240101-alpine, -, NONE, ALPINE, -",
      "1.22-windowsservercore-ltsc2022, 1.22, MINOR, WINDOWS, -",
  })
  void parsesGolangTags(String tag, String version, GolangTag.Precision p, GolangTag.Variant v, String vv) {
    GolangTag t = GolangTag.parse(tag).orElseThrow();
    assertThat(t.goVersion()).isEqualTo(Optional.ofNullable(version));
    assertThat(t.precision()).isEqualTo(p);
    assertThat(t.variant()).isEqualTo(v);
    assertThat(t.variantVersion()).isEqualTo(Optional.ofNullable(vv));
  }

  @Test
  void unknownTagShapesDoNotParse() {
    assertThat(GolangTag.parse("1.22-foo")).isEmpty();
    assertThat(GolangTag.parse("2.0")).isEmpty();
    assertThat(GolangTag.parse("latest-alpine")).isEmpty();
  }

  @Test
  void unpinnedTags() {
    for (String t : new String[] {"latest", "alpine", "alpine3.20", "bookworm", "1", "1-alpine", "tip-20240101"}) {
      assertThat(GolangTag.parse(t).orElseThrow().isUnpinned()).as(t).isTrue();
    }
    for (String t : new String[] {"1.22", "1.22-alpine3.20", "1.22.5"}) {
      assertThat(GolangTag.parse(t).orElseThrow().isUnpinned()).as(t).isFalse();
    }
  }

  @Test
  void golangDebianHasGitAndGccAlpineHasNeither() {
    BaseImage deb = ImageCatalog.describe("golang:1.22");
    assertThat(deb.git()).isEqualTo(Presence.YES);
    assertThat(deb.cCompiler()).isEqualTo(Presence.YES);
    assertThat(deb.libc()).isEqualTo(Libc.GLIBC);
    assertThat(deb.suite().orElseThrow().name()).isEqualTo("bookworm");
    assertThat(deb.suiteIsLowerBound()).isTrue();
    assertThat(deb.env()).containsEntry("GOPATH", "/go").containsEntry("GOTOOLCHAIN", "local");

    BaseImage alp = ImageCatalog.describe("golang:1.22-alpine");
    assertThat(alp.git()).isEqualTo(Presence.NO);
    assertThat(alp.cCompiler()).isEqualTo(Presence.NO);
    assertThat(alp.libc()).isEqualTo(Libc.MUSL);
  }

  @Test
  void theFirstGo121PushLacksGotoolchainLocal() {
    assertThat(ImageCatalog.describe("golang:1.21.0").env()).doesNotContainKey("GOTOOLCHAIN");
    assertThat(ImageCatalog.describe("golang:1.21.1").env()).containsEntry("GOTOOLCHAIN", "local");
    assertThat(ImageCatalog.describe("golang:1.21").env()).containsEntry("GOTOOLCHAIN", "local");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "scratch, NONE, -",
      "alpine:3.20, MUSL, -",
      "debian:bullseye-slim, GLIBC, 231",
      "debian:12, GLIBC, 236",
      "debian:12.5-slim, GLIBC, 236",
      "ubuntu:20.04, GLIBC, 231",
      "ubuntu:jammy, GLIBC, 235",
      "gcr.io/distroless/static:nonroot, NONE, -",
      "gcr.io/distroless/static-debian12, NONE, -",
      "gcr.io/distroless/base-debian11, GLIBC, 231",
      "gcr.io/distroless/cc-debian12:debug, GLIBC, 236",
      "gcr.io/distroless/base, GLIBC, -",
      "busybox:musl, MUSL, -",
      "busybox:1.36-uclibc, UCLIBC, -",
      "busybox:latest, UNKNOWN, -",
      "cgr.dev/chainguard/static:latest, NONE, -",
      "registry.access.redhat.com/ubi8/ubi-minimal, GLIBC, 228",
      "quay.io/prometheus/busybox:latest, GLIBC, -",
      "example.com/mine:1, UNKNOWN, -",
  })
  void knowsRuntimeLibcs(String from, Libc libc, Integer glibc) {
    BaseImage b = ImageCatalog.describe(from);
    assertThat(b.libc()).isEqualTo(libc);
    assertThat(b.glibc()).isEqualTo(Optional.ofNullable(glibc));
  }
}
