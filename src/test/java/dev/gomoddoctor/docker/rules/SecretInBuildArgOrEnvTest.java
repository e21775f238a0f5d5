package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretInBuildArgOrEnvTest {
  @TempDir Path dir;

  @Test
  void firesOnSecretNamesInAnyStage() {
    var f = run(project(dir, """
        FROM golang:1.22 AS build
        ARG GITHUB_TOKEN
        ENV NPM_AUTH_TOKEN=x \\
            GOPRIVATE=example.com/*
        RUN go build -o /app .
        FROM alpine:3.20
        ENV API_KEY=abc
        COPY --from=build /app /app
        """), "GMD410");
    assertThat(lines(f)).containsExactly(2, 3, 7);
    assertThat(f.get(0).message()).contains("GITHUB_TOKEN").contains("build cache");
    assertThat(f.get(2).message()).contains("image config");
    assertThat(f.get(0).hint()).contains("--mount=type=secret");
  }

  @Test
  void firesOnInlineCredentialsInValues() {
    var f = run(project(dir, """
        FROM golang:1.22
        ARG PROXY_USER
        ENV GOPROXY=https://${PROXY_USER}:${PROXY_PASS}@artifactory.example.com/go,direct
        ARG GHP=ghp_abcdefghijklmnopqrstuvwxyz123456
        """), "GMD410");
    assertThat(lines(f)).containsExactly(3, 4);
  }

  @Test
  void firesOnCopiedCredentialFilesAndTokenGitConfig() {
    var f = run(project(dir, """
        FROM golang:1.22
        ARG GH_PAT
        COPY .netrc /root/.netrc
        COPY id_ed25519 id_ed25519.pub /root/.ssh/
        RUN git config --global url."https://${GH_PAT}@github.com/".insteadOf "https://github.com/" \\
         && go mod download
        RUN echo "machine github.com login x password ${GH_PAT}" > /root/.netrc
        """), "GMD410");
    assertThat(lines(f)).containsExactly(3, 4, 5, 7);
  }

  @Test
  void quietLookAlikes() {
    var f = run(project(dir, """
        FROM golang:1.22
        ENV GOPRIVATE=git.example.com/* GONOPROXY=git.example.com GONOSUMDB=git.example.com
        ENV GOPROXY=https://proxy.example.com,direct GOAUTH=netrc
        ARG SSH_KEY_PATH
        ARG TOKEN_FILE=/run/secrets/token
        ARG PUBLIC_KEY
        ARG KEY_ID=abc
        ARG GOLANG_VERSION=1.22
        RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download
        RUN --mount=type=secret,id=gh,env=GITHUB_TOKEN go build ./...
        RUN git config --global url."git@github.com:".insteadOf "https://github.com/"
        COPY id_rsa.pub /root/.ssh/
        """), "GMD410");
    assertThat(f).isEmpty();
  }
}
