package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.BuiltModule;
import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.image.GolangTag;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.goenv.model.GoVersion;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.Optional;

@RuleInfo(
    code = "GMD405",
    name = "golang-image-too-old",
    severity = Severity.ERROR,
    summary = "FROM golang:<X> is older than the go line of the go.mod it builds, and GOTOOLCHAIN=local",
    tags = {"docker", "toolchain"},
    help = """
        The official golang image (since 2023-09-15) sets `GOTOOLCHAIN=local`, so the Go in the
        image must be at least the `go` line of go.mod; it never downloads a newer toolchain. The
        `toolchain` line is only a suggestion used in `auto`/`path` mode (golang/website
        `_content/doc/toolchain.md`): `go 1.22.0` + `toolchain go1.23.4` built on `golang:1.22`
        is fine.

        Versions compare in Go's order (`1.22 < 1.22rc1 < 1.22.0`). A `major.minor` tag floats to
        the newest patch (`golang:1.22` satisfies `go 1.22.6`); an exact tag does not.

        **Go/Docker says:**
        - `go: go.mod requires go >= 1.23.0 (running go 1.22.5; GOTOOLCHAIN=local)`
        - images older than 1.21: `go: errors parsing go.mod: …: invalid go version '1.22.6': must
          match format 1.23`, or `…: unknown directive: toolchain`; compile errors with `note:
          module requires Go 1.22`.

        **Fires:** the image's Go version is older than the `go` line while GOTOOLCHAIN is
        `local` (the official image ≥ 1.21.1, `ENV GOTOOLCHAIN=local`, or empty). Images older
        than 1.21: a three-part `go` line or a `toolchain` line fails to parse (error);
        1.19.13+/1.20.8+ refuse `go ≥ 1.22` (error); otherwise a warning (fails only if newer
        language features are used). (note) a floating `major.minor` tag with the same minor as
        a `go` line with a patch: the builder uses whatever patch it has cached unless
        `docker build --pull`.

        **Fix:** use an image at least as new as the `go` line:

        ```dockerfile
        FROM golang:1.23-alpine
        ```

        **Quiet:** an image ≥ the `go` line, whatever the `toolchain` line says;
        `GOTOOLCHAIN=auto` (a note: the build downloads the toolchain); an image version that
        cannot be known (ARG without default, digest without tag).
        """)
public final class GolangImageTooOld implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    if (facts.module().isEmpty() || facts.module().get().goLine().isEmpty()) {
      return;
    }
    BuiltModule mod = facts.module().get();
    String goLine = mod.goLine().get();
    Optional<GoVersion> want = GoVersion.parse(goLine);
    if (want.isEmpty()) {
      return; // GMD106's business
    }
    for (StageFacts s : facts.stages()) {
      if (s.parent().isPresent() || !s.image().isGolang() || s.image().golang().isEmpty()) {
        continue;
      }
      GolangTag tag = s.image().golang().get();
      if (tag.goVersion().isEmpty() || tag.precision() == GolangTag.Precision.MAJOR) {
        continue;
      }
      Optional<Use> use = firstModuleUse(facts, s);
      if (use.isEmpty()) {
        continue;
      }
      GoEnv env = facts.goEnv(use.get().stage, use.get().step, use.get().go);
      String toolchain = env.get("GOTOOLCHAIN");
      String image = tag.goVersion().get();
      boolean floating = tag.precision() == GolangTag.Precision.MINOR;
      boolean older = floating ? compareLang(image, goLine) < 0 : GoVersion.compare(image, goLine) < 0;
      String where = "FROM " + s.fromText() + " in " + s.label();
      if (!older) {
        if (floating && compareLang(image, goLine) == 0 && hasPatch(goLine)) {
          sink.report(this, Severity.NOTE, facts.at(s.line(), s.column()),
              where + " floats to the newest Go " + tag.languageVersion().orElse(image) + ".x, but a builder with an"
                  + " older cached patch runs it and fails go.mod's `go " + goLine + "`",
              "build with docker build --pull, or pin FROM golang:" + goLine + variant(tag));
        }
        continue;
      }
      boolean local = toolchain.isEmpty() || toolchain.equals("local");
      if (!local && minor(image) >= 21) {
        if (!env.get("GOSUMDB").equals("off")) {
          sink.report(this, Severity.NOTE, facts.at(s.line(), s.column()),
              where + " is older than go.mod's `go " + goLine + "`; with GOTOOLCHAIN=" + toolchain + " every build"
                  + " downloads go" + goLine,
              "use FROM golang:" + langOf(goLine) + variant(tag) + " instead of downloading a toolchain per build");
        }
        continue;
      }
      Severity sev = null;
      String says;
      if (minor(image) >= 21) {
        says = "`go: go.mod requires go >= " + goLine + " (running go " + image + "; GOTOOLCHAIN=local)`";
      } else if (goLine.chars().filter(c -> c == '.').count() >= 2) {
        says = "Go " + image + " cannot parse the three-part `go " + goLine + "` line (`invalid go version`)";
      } else if (minor(goLine) >= 22 && (atLeast(image, "1.19.13") && minor(image) == 19
          || atLeast(image, "1.20.8") && minor(image) == 20 || floating)) {
        says = "Go " + image + " refuses modules with `go " + goLine + "`";
      } else {
        sev = Severity.WARNING;
        says = "Go " + image + " builds it only if no newer language feature is used (`note: module requires Go "
            + goLine + "`)";
      }
      sink.report(this, sev, facts.at(s.line(), s.column()),
          where + " runs Go " + image + (floating ? ".x" : "") + ", older than `go " + goLine + "` in "
              + mod.goModPath() + ": " + says,
          "use FROM golang:" + langOf(goLine) + variant(tag) + s.name().map(n -> " AS " + n).orElse(""));
    }
  }

  private record Use(StageFacts stage, Step step, GoInvocation go) {}

  /** The first go command, in this stage or one built FROM it, that loads the main module. */
  private static Optional<Use> firstModuleUse(DockerfileFacts facts, StageFacts base) {
    for (StageFacts s : facts.stages()) {
      if (!descends(facts, s, base.index())) {
        continue;
      }
      for (Step st : s.steps()) {
        for (GoInvocation g : st.run().map(r -> r.goCommands()).orElse(java.util.List.of())) {
          if (g.needsMainModule()) {
            return Optional.of(new Use(s, st, g));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean descends(DockerfileFacts facts, StageFacts s, int base) {
    StageFacts cur = s;
    while (true) {
      if (cur.index() == base) {
        return true;
      }
      if (cur.parent().isEmpty()) {
        return false;
      }
      cur = facts.stages().get(cur.parent().get());
    }
  }

  private static String variant(GolangTag t) {
    if (t.isAlpine()) {
      return "-alpine" + t.variantVersion().orElse("");
    }
    return t.variantVersion().map(v -> "-" + v).orElse("");
  }

  private static String langOf(String v) {
    return GoVersion.parse(v).map(GoVersion::lang).orElse(v);
  }

  private static int minor(String v) {
    return GoVersion.parse(v).map(x -> {
      try {
        return Integer.parseInt(x.minor());
      } catch (NumberFormatException e) {
        return 0;
      }
    }).orElse(0);
  }

  private static boolean hasPatch(String v) {
    return GoVersion.parse(v).map(x -> !x.patch().isEmpty() && !x.patch().equals("0")).orElse(false);
  }

  private static int compareLang(String a, String b) {
    return GoVersion.compare(langOf(a), langOf(b));
  }

  private static boolean atLeast(String v, String min) {
    return GoVersion.compare(v, min) >= 0;
  }
}
