package dev.gomoddoctor.docker.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gomoddoctor.docker.model.Dockerfile;
import dev.gomoddoctor.docker.model.Heredoc;
import dev.gomoddoctor.docker.model.Instruction;
import dev.gomoddoctor.docker.model.Mount;
import dev.gomoddoctor.docker.model.Stage;
import dev.gomoddoctor.docker.model.StageState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfilesTest {

  private static Dockerfile parse(String text) throws DockerfileSyntaxException {
    return Dockerfiles.parse(text);
  }

  @Test
  void metaArgsExpandTheBaseImageAndStagesAreNamedAndIndexed() throws Exception {
    Dockerfile df = parse("""
        ARG GO_VERSION=1.22
        ARG VARIANT
        FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine${VARIANT:-3.20} AS Build
        WORKDIR /src
        FROM build AS test
        FROM gcr.io/distroless/static:${TAG:-nonroot}
        COPY --from=build /out /app
        """);
    assertThat(df.metaArgValues()).containsEntry("GO_VERSION", "1.22").doesNotContainKey("VARIANT");
    assertThat(df.stages()).hasSize(3);
    Stage build = df.stages().get(0);
    assertThat(build.name()).isEqualTo("build");
    assertThat(build.baseImage()).isEqualTo("golang:${GO_VERSION}-alpine${VARIANT:-3.20}");
    assertThat(build.baseImageExpanded()).isEqualTo("golang:1.22-alpine3.20");
    assertThat(build.platform()).isEqualTo("$BUILDPLATFORM");
    assertThat(build.platformExpanded()).isEqualTo("linux/amd64");
    Stage test = df.stages().get(1);
    assertThat(test.baseStage()).hasValue(0);
    assertThat(test.steps()).isEmpty();
    assertThat(test.end().workdir()).isEqualTo("/src");
    assertThat(df.stages().get(2).baseImageExpanded()).isEqualTo("gcr.io/distroless/static:nonroot");
    assertThat(df.stage("BUILD")).contains(build);
    assertThat(df.stage("2")).contains(df.stages().get(2));
  }

  @Test
  void stateBeforeEachInstructionTracksWorkdirUserEnvAndArgs() throws Exception {
    Dockerfile df = parse("""
        FROM golang:1.22
        ARG APP=server
        ENV GOFLAGS="-mod=vendor -trimpath" CGO_ENABLED=0
        WORKDIR /src
        WORKDIR ${APP}/cmd
        USER 1000:1000
        RUN go build ./...
        """);
    Stage s = df.stages().get(0);
    StageState atRun = s.steps().get(5).before();
    assertThat(s.steps().get(5).instruction()).isInstanceOf(Instruction.Run.class);
    assertThat(atRun.workdir()).isEqualTo("/src/server/cmd");
    assertThat(atRun.user()).isEqualTo("1000:1000");
    assertThat(atRun.env()).containsEntry("GOFLAGS", "-mod=vendor -trimpath").containsEntry("CGO_ENABLED", "0");
    assertThat(atRun.variable("APP")).isEqualTo("server");
    assertThat(atRun.expand("${APP}.bin")).isEqualTo("server.bin");
    assertThat(s.steps().get(0).before().workdir()).isEqualTo("/");
  }

  @Test
  void runFlagsAndMounts() throws Exception {
    Dockerfile df = parse("""
        FROM golang:1.22
        RUN --mount=type=cache,target=/go/pkg/mod,uid=1000 \\
            --mount=type=bind,source=go.sum,target=go.sum \\
            --mount=type=secret,id=netrc,target=/root/.netrc \\
            --network=none go mod download
        """);
    Instruction.Run run = (Instruction.Run) df.stages().get(0).steps().get(0).instruction();
    assertThat(run.network()).isEqualTo("none");
    assertThat(run.command()).containsExactly("go mod download");
    assertThat(run.shellForm()).isTrue();
    List<Mount> m = run.mounts();
    assertThat(m).extracting(Mount::type).containsExactly("cache", "bind", "secret");
    assertThat(m.get(0).target()).isEqualTo("/go/pkg/mod");
    assertThat(m.get(0).option("uid")).isEqualTo("1000");
    assertThat(m.get(0).readOnly()).isFalse();
    assertThat(m.get(1).source()).isEqualTo("go.sum");
    assertThat(m.get(1).readOnly()).isTrue();
    assertThat(run.line()).isEqualTo(2);
    assertThat(run.endLine()).isEqualTo(5);
  }

  @Test
  void heredocsSeveralPerInstructionChompedAndQuoted() throws Exception {
    Dockerfile df = parse("""
        FROM alpine
        RUN <<EOF cat > /a && cat <<-'END' > /b
        echo $HOME
        EOF
        \tindented
        \tEND
        COPY <<"CFG" /etc/app.conf
        x=$y
        CFG
        run echo done
        """);
    List<Stage.Step> steps = df.stages().get(0).steps();
    Instruction.Run run = (Instruction.Run) steps.get(0).instruction();
    assertThat(run.heredocs()).extracting(Heredoc::name).containsExactly("EOF", "END");
    assertThat(run.heredocs().get(0).content()).isEqualTo("echo $HOME\n");
    assertThat(run.heredocs().get(0).expand()).isTrue();
    assertThat(run.heredocs().get(1).chomp()).isTrue();
    assertThat(run.heredocs().get(1).expand()).isFalse();
    assertThat(run.heredocs().get(1).effectiveContent()).isEqualTo("indented\n");
    assertThat(run.endLine()).isEqualTo(6);
    Instruction.Copy copy = (Instruction.Copy) steps.get(1).instruction();
    assertThat(copy.sources()).isEmpty();
    assertThat(copy.inlineSources()).extracting(Heredoc::name).containsExactly("CFG");
    assertThat(copy.dest()).isEqualTo("/etc/app.conf");
    assertThat(steps.get(2).instruction().line()).isEqualTo(10);
    assertThat(steps.get(2).instruction().keyword()).isEqualTo("RUN");
  }

  @Test
  void copyFlagsAndJsonForm() throws Exception {
    Dockerfile df = parse("""
        FROM scratch
        COPY --from=build --chown=app:app --chmod=0755 --link --exclude=*.md --exclude=docs ["a b", "c", "/dst/"]
        ADD --checksum=sha256:abc --keep-git-dir=true https://example.com/x.tar.gz /x/
        """);
    Instruction.Copy c = (Instruction.Copy) df.stages().get(0).steps().get(0).instruction();
    assertThat(c.sources()).containsExactly("a b", "c");
    assertThat(c.dest()).isEqualTo("/dst/");
    assertThat(c.from()).isEqualTo("build");
    assertThat(c.chown()).isEqualTo("app:app");
    assertThat(c.chmod()).isEqualTo("0755");
    assertThat(c.link()).isTrue();
    assertThat(c.excludes()).containsExactly("*.md", "docs");
    Instruction.Add a = (Instruction.Add) df.stages().get(0).steps().get(1).instruction();
    assertThat(a.keepGitDir()).isTrue();
    assertThat(a.checksum()).isEqualTo("sha256:abc");
  }

  @Test
  void escapeDirectiveAndCheckDirective() throws Exception {
    Dockerfile df = parse("# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\nFROM windows `\n  AS base\n"
        + "RUN dir c:\\ `\n  && echo\n");
    assertThat(df.escapeToken()).isEqualTo('`');
    assertThat(df.ast().directive("check")).get().extracting(d -> d.value()).isEqualTo("skip=all");
    assertThat(df.stages().get(0).name()).isEqualTo("base");
    Instruction.Run run = (Instruction.Run) df.stages().get(0).steps().get(0).instruction();
    assertThat(run.command()).containsExactly("dir c:\\   && echo");
  }

  @Test
  void onbuildTriggersAreParsed() throws Exception {
    Dockerfile df = parse("FROM alpine\nONBUILD COPY . /src\n");
    Instruction.Onbuild ob = (Instruction.Onbuild) df.stages().get(0).steps().get(0).instruction();
    assertThat(ob.expression()).isEqualTo("COPY . /src");
    assertThat(ob.trigger()).isInstanceOf(Instruction.Copy.class);
  }

  @Test
  void errorsCarryBuildKitWordingAndLines() {
    assertError("FROM alpine\nRUNN echo\n", "unknown instruction: RUNN (did you mean run?)", 2);
    assertError("FROM alpine\nCOPY go.mod\n",
        "COPY requires at least two arguments, but only one was provided. Destination could not be determined", 2);
    assertError("FROM alpine\nCOPY --form=x a b\n", "Unknown flag: form", 2);
    assertError("RUN echo\n", "no build stage in current context", 1);
    assertError("# only a comment\n\n", "file with no instructions", 2);
    assertError("FROM a AS 1x\n", "invalid name for build stage: \"1x\", name can't start with a number or contain symbols", 1);
    assertError("FROM a AS x\nFROM b AS X\n", "duplicate stage name \"x\"", 2);
    assertError("FROM a\nENV PATH\n", "ENV must have two arguments", 2);
    assertError("FROM a\nRUN <<EOF\necho\n", "unterminated heredoc", 2);
    assertError("FROM a\nRUN --mount=type=cash,target=/x echo\n", "unsupported mount type \"cash\"", 2);
    assertError("FROM a\nSHELL /bin/bash -c\n", "SHELL requires the arguments to be in JSON form", 2);
  }

  private static void assertError(String text, String message, int line) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOfSatisfying(DockerfileSyntaxException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(message);
          assertThat(e.startLine()).isEqualTo(line);
        });
  }

  @Test
  void shellLexerExpandsLikeBuildKit() throws Exception {
    ShellLex lex = ShellLex.standard('\\');
    Map<String, String> env = Map.of("A", "a", "EMPTY", "", "P", "/go/pkg/mod");
    assertThat(lex.processWord("${A}-${B:-def}-${EMPTY:-x}-${EMPTY-y}-${A:+alt}-${B:+alt}", env))
        .isEqualTo("a-def-x--alt-");
    assertThat(lex.processWord("'$A' \"$A\" \\$A $$", env)).isEqualTo("$A a $A "); // $$ is the special parameter $, unset in BuildKit
    assertThat(lex.processWord("${P#/go}|${P##*/}|${P%/*}|${P/pkg/x}", env)).isEqualTo("/pkg/mod|mod|/go/pkg|/go/x/mod");
    assertThat(lex.processWords("a \"b c\" $A", env)).containsExactly("a", "b c", "a");
    assertThatThrownBy(() -> lex.processWord("${A", env)).hasMessageContaining("unsupported modifier");
    assertThatThrownBy(() -> lex.processWord("${A:-x", env)).hasMessageContaining("missing '}'");
  }
}
