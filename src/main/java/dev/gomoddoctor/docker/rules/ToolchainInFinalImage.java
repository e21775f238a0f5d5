package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.Locale;

@RuleInfo(
    code = "GMD417",
    name = "toolchain-in-final-image",
    severity = Severity.NOTE,
    summary = "the shipped image is the golang image: the toolchain and module cache ship with the binary",
    tags = {"docker", "size"},
    help = """
        A single-stage build `FROM golang:…` ships the whole Go toolchain (hundreds of MB), the
        module cache and the source code in the runtime image, with their attack surface.

        **Go/Docker says:** nothing; the image is large.

        **Fires:** the last stage is a golang image that builds the program (`go build`/`go
        install` of the module) and copies nothing from another stage (no multi-stage build).

        **Fix:** build in one stage, copy only the binary into a small runtime stage:

        ```dockerfile
        FROM golang:1.22 AS build
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN go mod download
        COPY . .
        RUN CGO_ENABLED=0 go build -o /out/app .

        FROM gcr.io/distroless/static-debian12
        COPY --from=build /out/app /app
        ENTRYPOINT ["/app"]
        ```

        **Quiet:** multi-stage builds; development, debug, test and builder images (a Dockerfile
        or stage named `*dev*`, `*debug*`, `*test*`, `*builder*`, `*tilt*`, `*lint*`); images that
        only install tools (`go install pkg@version`) or whose command is the go tool itself
        (`CMD ["go", "test", …]`).
        """)
public final class ToolchainInFinalImage implements DockerfileRule {

  /** Development, debug, test and builder images: they need the toolchain on purpose. */
  private static final java.util.regex.Pattern TOOL_IMAGE =
      java.util.regex.Pattern.compile("dev|debug|test|tilt|builder|build-image|buildx|\\bci\\b|lint");

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    StageFacts last = facts.lastStage();
    if (!last.image().isGolang()) {
      return;
    }
    String file = facts.path().toLowerCase(Locale.ROOT);
    if (TOOL_IMAGE.matcher(file).find() || last.name().map(n -> TOOL_IMAGE.matcher(n).find()).orElse(false)) {
      return;
    }
    // an image that only carries tools (linters, debuggers, builders) needs the toolchain: only a
    // stage that builds the program and ships it is the mistake
    boolean buildsProgram = last.steps().stream().anyMatch(st -> st.run().map(r -> r.goCommands().stream()
        .anyMatch(g -> g.buildsBinary())).orElse(false));
    if (!buildsProgram) {
      return;
    }
    boolean multiStage = facts.stages().stream().anyMatch(s -> s.steps().stream()
        .anyMatch(st -> st.copy().flatMap(c -> c.fromStage()).isPresent()));
    if (multiStage) {
      return;
    }
    boolean goIsTheCommand = last.steps().stream().anyMatch(st -> (st.keyword().equals("cmd")
        || st.keyword().equals("entrypoint")) && !st.args().isEmpty() && st.args().get(0).matches("go( .*)?"));
    if (goIsTheCommand) {
      return;
    }
    sink.report(this, facts.at(last.line(), last.column()),
        "the shipped image is " + last.fromText() + ": the Go toolchain, module cache and sources ship with the program",
        "build in a golang stage (FROM " + last.fromText() + " AS build) and COPY --from=build only the binary into"
            + " a runtime stage such as gcr.io/distroless/static-debian12 (with CGO_ENABLED=0)");
  }
}
