package dev.gomoddoctor.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.docker.context.BuildContext;
import dev.gomoddoctor.docker.parser.Dockerfiles;
import dev.gomoddoctor.scan.FileIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DockerProject#infer}: which directory a Dockerfile without a declaration is built from. */
class ContextInferenceTest {
  @TempDir
  Path dir;

  private String infer(String dockerfile, String text, String... files) throws Exception {
    for (String f : files) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "");
    }
    Path df = dir.resolve(dockerfile);
    Files.createDirectories(df.getParent());
    Files.writeString(df, text);
    BuildContext c = DockerProject.infer(FileIndex.walk(dir, List.of()), dockerfile, Dockerfiles.parse(text));
    assertThat(c.origin()).isEqualTo(BuildContext.Origin.INFERRED);
    return c.dir();
  }

  @Test
  void theDockerfilesOwnDirectoryWhenEverythingIsThere() throws Exception {
    assertThat(infer("svc/Dockerfile", "FROM golang:1.22\nCOPY . .\nRUN cd cmd/api && go build ./...\n",
        "go.mod", "svc/go.mod", "svc/cmd/api/main.go")).isEqualTo("svc");
  }

  @Test
  void aDirectoryTheRunEntersPointsAtTheRoot() throws Exception {
    // grpc-go interop/xds/server/Dockerfile: COPY . . then cd interop/xds/server
    assertThat(infer("interop/xds/server/Dockerfile",
        "FROM golang:1.25-alpine AS build\nWORKDIR /go/src/grpc-go\nCOPY . .\n"
            + "RUN cd interop/xds/server && go build -tags osusergo,netgo .\n",
        "go.mod", "interop/xds/server/server.go")).isEmpty();
  }

  @Test
  void aPackageTheRunBuildsPointsAtTheRoot() throws Exception {
    // loki cmd/logql-analyzer/Dockerfile: COPY . /src/loki then go build ./cmd/logql-analyzer/
    assertThat(infer("cmd/logql-analyzer/Dockerfile",
        "FROM golang:1.26 AS build\nCOPY . /src/loki\nWORKDIR /src/loki\n"
            + "RUN make clean && CGO_ENABLED=0 go build ./cmd/logql-analyzer/\n",
        "go.mod", "cmd/logql-analyzer/main.go")).isEmpty();
  }

  @Test
  void directoriesTheRunCreatesItselfChangeNothing() throws Exception {
    assertThat(infer("tools/Dockerfile", "FROM golang:1.22\nCOPY . .\nRUN git clone https://x/y repo && cd repo && go build ./cmd/y\n",
        "go.mod", "tools/go.mod")).isEqualTo("tools");
  }
}
