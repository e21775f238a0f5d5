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

        **Fires:** the last stage is a golang image and copies nothing from another stage (no
        multi-stage build).

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

        **Quiet:** multi-stage builds; development images (a Dockerfile or stage named `*dev*`),
        and images whose command is the go tool itself (`CMD ["go", "test", …]`).
        """)
public final class ToolchainInFinalImage implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    StageFacts last = facts.lastStage();
    if (!last.image().isGolang()) {
      return;
    }
    String file = facts.path().toLowerCase(Locale.ROOT);
    if (file.contains("dev") || last.name().map(n -> n.contains("dev")).orElse(false)) {
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
