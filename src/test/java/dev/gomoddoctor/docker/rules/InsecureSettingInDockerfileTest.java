package dev.gomoddoctor.docker.rules;

import static dev.gomoddoctor.docker.rules.DockerRuleTesting.lines;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.project;
import static dev.gomoddoctor.docker.rules.DockerRuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsecureSettingInDockerfileTest {
  @TempDir Path dir;

  @Test
  void firesOnEnvArgInlineExportGoEnvAndGit() {
    var f = run(project(dir, """
        FROM golang:1.22
        ENV GOSUMDB=off
        ARG GOINSECURE=git.example.com
        RUN GONOSUMDB=* go mod download
        RUN export GIT_SSL_NO_VERIFY=1 && \\
            go mod download
        RUN go env -w GOSUMDB=off
        RUN git config --global http.sslVerify false
        RUN git -c http.sslVerify=false clone https://git.example.com/x
        """), "GMD415");
    assertThat(lines(f)).containsExactly(2, 3, 4, 6, 7, 8, 9);
    assertThat(f.get(0).message()).contains("GOSUMDB=off");
  }

  @Test
  void quietLookAlikes() {
    var f = run(project(dir, """
        FROM golang:1.22
        ARG GOINSECURE
        ENV GOFLAGS=-insecure GOSUMDB=sum.golang.org GONOSUMDB=git.example.com/*
        ENV GIT_SSL_NO_VERIFY=false
        RUN git config --global http.sslVerify true && go mod download
        """), "GMD415");
    assertThat(f).isEmpty();
  }

  @Test
  void firesInAHeredocAndOnAContinuationWithACommentLine() {
    var f = run(project(dir, """
        FROM golang:1.22
        RUN <<EOF
        set -e
        GONOSUMDB=* go mod download
        EOF
        RUN echo fetching && \\
            # no checksums
            go env -w GOSUMDB=off
        """), "GMD415");
    assertThat(lines(f)).containsExactly(4, 8);
    assertThat(f.get(1).message()).contains("GOSUMDB=off");
  }
}
