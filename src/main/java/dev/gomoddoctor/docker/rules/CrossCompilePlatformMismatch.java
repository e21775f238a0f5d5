package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(
    code = "GMD414",
    name = "cross-compile-platform-mismatch",
    severity = Severity.WARNING,
    summary = "a --platform=$BUILDPLATFORM stage builds Go for the build platform, not the target",
    tags = {"docker", "multi-platform"},
    help = """
        `FROM --platform=$BUILDPLATFORM golang AS build` runs the compiler natively (fast), but then
        Go must be told the target: `GOOS=$TARGETOS GOARCH=$TARGETARCH go build`. The automatic
        platform ARGs are defined in the global scope and are empty inside a stage unless
        redeclared there without a value (BuildKit reference, "Automatic platform ARGs in the
        global scope"), so a missing `ARG TARGETARCH` silently builds for the build machine.

        **Go/Docker says:** at run time on the target, `exec /app: exec format error`.

        **Fires:** a `FROM --platform=$BUILDPLATFORM` stage whose `go build`/`go install` output is
        copied into another stage, and either it sets GOARCH from neither `$TARGETARCH` nor
        `$TARGETPLATFORM` (and does not use `xx-go`), or it references `$TARGETARCH`,
        `$TARGETOS`, `$TARGETVARIANT` or `$TARGETPLATFORM` without declaring the ARG in that stage.

        **Fix:**

        ```dockerfile
        FROM --platform=$BUILDPLATFORM golang:1.22 AS build
        ARG TARGETOS TARGETARCH
        RUN GOOS=$TARGETOS GOARCH=$TARGETARCH CGO_ENABLED=0 go build -o /out/app .
        ```

        **Quiet:** GOARCH from declared target ARGs (GOOS may be omitted when the target OS is the
        build OS, as in the `docker init` template); `xx-go` (tonistiigi/xx); stages whose outputs
        are used only during the build (generators, `go mod download`, `go test`).
        """)
public final class CrossCompilePlatformMismatch implements DockerfileRule {

  private static final Pattern TARGET_REF = Pattern.compile("\\$\\{?(TARGETARCH|TARGETOS|TARGETVARIANT|TARGETPLATFORM)\\b");
  private static final Pattern GOARCH_SET = Pattern.compile("\\bGOARCH\\s*=\\s*(\"[^\"]*\"|'[^']*'|\\S*)");

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    for (StageFacts s : facts.stages()) {
      if (!onBuildPlatform(facts, s) || !facts.isCopiedFrom(s.index())) {
        continue;
      }
      // GOARCH set by ENV in this stage or an ancestor on the build platform
      Optional<String> envGoarch = envGoarch(facts, s);
      for (Step st : s.steps()) {
        // 2: target ARGs used without being declared in the stage
        if (st.isRun() || st.keyword().equals("env")) {
          Matcher m = TARGET_REF.matcher(st.source());
          while (m.find()) {
            String arg = m.group(1);
            if (!st.before().argSet().contains(arg)) {
              sink.report(this, facts.at(st.line(), st.column()),
                  "$" + arg + " is used in " + s.label() + " without ARG " + arg + " in that stage: it is empty there,"
                      + " so Go builds for the build platform",
                  "declare it in the stage: ARG " + arg + "   (right after FROM --platform=$BUILDPLATFORM …)");
              break;
            }
          }
        }
        if (st.run().isEmpty()) {
          continue;
        }
        List<GoInvocation> builds = st.run().get().goCommands().stream().filter(GoInvocation::buildsBinary).toList();
        for (GoInvocation g : builds) {
          if (g.xx()) {
            continue;
          }
          boolean fromTarget = goarchFromTarget(st.source()) || envGoarch.map(CrossCompilePlatformMismatch::fromTarget).orElse(false)
              || g.command().env("GOARCH").isPresent() && st.source().contains("TARGET");
          boolean undeclared = TARGET_REF.matcher(st.source()).find()
              && !(st.before().argSet().contains("TARGETARCH") || st.before().argSet().contains("TARGETPLATFORM"));
          if (!fromTarget && !undeclared) {
            sink.report(this, facts.at(st, g),
                "`" + g.text() + "` in " + s.label() + " (FROM --platform=" + s.platform().orElse("") + ") sets GOARCH"
                    + " from neither $TARGETARCH nor $TARGETPLATFORM: the binary is built for the build machine and"
                    + " copied into the target image",
                "ARG TARGETOS TARGETARCH, then RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build ...");
          }
        }
      }
    }
  }

  private static boolean onBuildPlatform(DockerfileFacts facts, StageFacts s) {
    StageFacts cur = s;
    while (true) {
      if (cur.platform().map(p -> p.contains("BUILDPLATFORM")).orElse(false)) {
        return true;
      }
      if (cur.parent().isEmpty()) {
        return false;
      }
      cur = facts.stages().get(cur.parent().get());
    }
  }

  private static Optional<String> envGoarch(DockerfileFacts facts, StageFacts s) {
    Optional<String> out = Optional.empty();
    if (s.parent().isPresent()) {
      out = envGoarch(facts, facts.stages().get(s.parent().get()));
    }
    for (Step st : s.steps()) {
      if (st.keyword().equals("env") && st.args().contains("GOARCH")) {
        out = Optional.of(st.source());
      }
    }
    return out;
  }

  private static boolean goarchFromTarget(String text) {
    Matcher m = GOARCH_SET.matcher(text);
    while (m.find()) {
      if (fromTarget(m.group(1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean fromTarget(String text) {
    return text.contains("TARGETARCH") || text.contains("TARGETPLATFORM");
  }
}
