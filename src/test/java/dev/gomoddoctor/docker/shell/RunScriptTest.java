package dev.gomoddoctor.docker.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunScriptTest {

  @Test
  void findsGoCommandsWithEnvPrefixesAndContinuations() {
    RunScript r = RunScript.analyze("""
        cd cmd/app && \\
          CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/app . ; \\
          go test -race ./...""");
    assertThat(r.goCommands()).hasSize(2);
    GoInvocation b = r.goCommands().get(0);
    assertThat(b.sub()).isEqualTo("build");
    assertThat(b.flag("o")).contains("/out/app");
    assertThat(b.flag("ldflags")).contains("-s -w");
    assertThat(b.args()).containsExactly(".");
    assertThat(b.command().inlineEnv()).containsEntry("CGO_ENABLED", "0").containsEntry("GOOS", "linux");
    assertThat(b.command().dir()).contains("cmd/app");
    assertThat(b.line()).isEqualTo(1);
    GoInvocation t = r.goCommands().get(1);
    assertThat(t.hasFlag("race")).isTrue();
    assertThat(t.args()).containsExactly("./...");
    assertThat(t.line()).isEqualTo(2);
  }

  @Test
  void modSubcommandsAndNeedsMainModule() {
    RunScript r = RunScript.analyze(
        "go mod download && go mod download golang.org/x/tools@v0.1.0 && go install golang.org/x/tools/cmd/stringer@latest"
            + " && go mod init tmp && go run main.go -x && go version && go -C sub build ./...");
    List<GoInvocation> g = r.goCommands();
    assertThat(g).extracting(GoInvocation::name)
        .containsExactly("mod download", "mod download", "install", "mod init", "run", "version", "build");
    assertThat(g).extracting(GoInvocation::needsMainModule)
        .containsExactly(true, false, false, false, true, false, true);
    assertThat(g.get(4).args()).containsExactly("main.go");
    assertThat(g.get(6).flag("C")).contains("sub");
  }

  @Test
  void mutations() {
    RunScript r = RunScript.analyze(
        "go mod tidy; go mod tidy -diff; go get ./...; go mod edit -json; go mod edit -replace a=b; go build -mod=mod ./...");
    assertThat(r.goCommands()).extracting(GoInvocation::mutatesModuleFiles)
        .containsExactly(true, false, true, false, true, true);
  }

  @Test
  void exportsAndExpansion() {
    RunScript r = RunScript.analyze(
        "export GOFLAGS=-mod=vendor CGO_ENABLED=${CGO:-1}; go build -o ${OUT}/app ./cmd",
        k -> k.equals("OUT") ? Optional.of("/bin") : Optional.empty());
    GoInvocation g = r.goCommands().get(0);
    assertThat(g.command().shellEnv()).containsEntry("GOFLAGS", "-mod=vendor").containsEntry("CGO_ENABLED", "1");
    assertThat(g.flag("o")).contains("/bin/app");
  }

  @Test
  void subshellCdDoesNotLeak() {
    RunScript r = RunScript.analyze("(cd tools && go build ./...) && go build ./...");
    assertThat(r.goCommands().get(0).command().dir()).contains("tools");
    assertThat(r.goCommands().get(1).command().dir()).isEmpty();
  }

  @Test
  void shDashCAndWrappers() {
    RunScript r = RunScript.analyze("sh -c 'cd /src && go build .' && env CGO_ENABLED=0 go vet ./... && sudo -E go test");
    assertThat(r.goCommands()).hasSize(3);
    assertThat(r.goCommands().get(0).command().dir()).contains("/src");
    assertThat(r.goCommands().get(1).command().inlineEnv()).containsEntry("CGO_ENABLED", "0");
    assertThat(r.goCommands().get(2).sub()).isEqualTo("test");
  }

  @Test
  void packageInstalls() {
    RunScript r = RunScript.analyze("""
        apk add --no-cache --virtual .build-deps git=2.45.2-r0 gcc musl-dev
        apt-get update && apt-get install -y --no-install-recommends ca-certificates build-essential
        apt-get -o Acquire::Retries=3 install -y libc6-compat
        """);
    assertThat(r.installs()).hasSize(3);
    assertThat(r.installs().get(0).packages()).containsExactly("git", "gcc", "musl-dev");
    assertThat(r.installsGit()).isTrue();
    assertThat(r.installs().get(1).installsCCompiler()).isTrue();
    assertThat(r.installs().get(2).packages()).containsExactly("libc6-compat");
  }

  @Test
  void gitConfigAndNetrcWrites() {
    RunScript r = RunScript.analyze("""
        git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"
        echo "machine github.com login x password $TOKEN" > ~/.netrc
        cat <<EOF >> /root/.netrc
        machine gitlab.com login ci password ${GL_TOKEN}
        EOF
        go build ./...
        """);
    assertThat(r.gitConfigs()).hasSize(1);
    assertThat(r.gitConfigs().get(0).args().get(2).refs()).contains("GITHUB_TOKEN");
    assertThat(r.writes()).hasSize(2);
    assertThat(r.writes().get(0).path()).isEqualTo("~/.netrc");
    assertThat(r.writes().get(0).contentRefs()).contains("TOKEN");
    assertThat(r.writes().get(1).path()).isEqualTo("/root/.netrc");
    assertThat(r.writes().get(1).contentRefs()).contains("GL_TOKEN");
    assertThat(r.goCommands()).hasSize(1);
    assertThat(r.goCommands().get(0).line()).isEqualTo(5);
  }

  @Test
  void commentsQuotesAndIfBlocks() {
    RunScript r = RunScript.analyze("""
        # build it
        if [ "$X" = "1" ]; then go build -tags 'netgo osusergo' ./cmd; fi # done
        echo "go build inside a string" ; true
        """);
    assertThat(r.goCommands()).hasSize(1);
    assertThat(r.goCommands().get(0).tags()).containsExactly("netgo", "osusergo");
  }

  @Test
  void goEnvWrites() {
    GoInvocation g = RunScript.analyze("go env -w GOPRIVATE=example.com/* GOFLAGS=-mod=mod").goCommands().get(0);
    assertThat(g.envWrites()).isEqualTo(Map.of("GOPRIVATE", "example.com/*", "GOFLAGS", "-mod=mod"));
  }

  @Test
  void xxGo() {
    GoInvocation g = RunScript.analyze("xx-go build -o /out/app ./cmd && xx-verify /out/app").goCommands().get(0);
    assertThat(g.xx()).isTrue();
    assertThat(g.buildsBinary()).isTrue();
  }

  @Test
  void aHeredocFedToAShellIsItsScript() {
    RunScript r = RunScript.analyze("cat > /etc/note <<A && sh -e <<B\nhello\nA\ncd /src\ngo build -o /app .\nB\n");
    assertThat(r.goCommands()).singleElement().satisfies(g -> {
      assertThat(g.sub()).isEqualTo("build");
      assertThat(g.line()).isEqualTo(4);
      assertThat(g.command().dir()).contains("/src");
    });
    // a here-document read by another command, or a shell given a script file, runs nothing
    assertThat(RunScript.analyze("cat <<B\ngo build .\nB\n").goCommands()).isEmpty();
    assertThat(RunScript.analyze("sh ./x.sh <<B\ngo build .\nB\n").goCommands()).isEmpty();
  }
}
