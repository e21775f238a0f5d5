package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.ModuleInStage;
import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.image.GolangTag;
import dev.gomoddoctor.docker.image.Presence;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.goenv.model.GoVersion;
import dev.gomoddoctor.gomod.model.ModulesTxt;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.Optional;

@RuleInfo(
    code = "GMD405",
    name = "golang-image-too-old",
    severity = Severity.ERROR,
    summary = "FROM golang:<X> is older than the go line of the go.mod/go.work it builds, and GOTOOLCHAIN=local",
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
        - `go: go.mod requires go >= 1.23.0 (running go 1.22.5; GOTOOLCHAIN=local)` (or `go.work requires …`)
        - vendored modules: `go: example.com/dep in vendor/modules.txt requires go >= 1.23 (running go 1.22.5; GOTOOLCHAIN=local)`
        - images older than 1.21: `go: errors parsing go.mod: …: invalid go version '1.22.6': must
          match format 1.23`, or `…: unknown directive: toolchain`; compile errors with `note:
          module requires Go 1.22`.

        **Fires:** the image's Go version is older than the `go` line while GOTOOLCHAIN is
        `local` (the official image ≥ 1.21.1, `ENV GOTOOLCHAIN=local`, or empty). The `go` line is
        that of the go.mod the go command finds in the stage (the build-context model says which
        file a COPY brought there), or of go.work when a go.work in the stage puts it in workspace
        mode (GOWORK not `off`): `go: go.work requires go >= …`. Images older than 1.21: a
        three-part `go` line or a `toolchain` line fails to parse (error); 1.19.13+/1.20.8+ refuse
        `go ≥ 1.22` (error); otherwise a warning (fails only if newer language features are used).
        (note) a floating `major.minor` tag with the same minor as a `go` line with a patch: the
        builder uses whatever patch it has cached unless `docker build --pull`.

        Also fires, on Go ≥ 1.21 images with GOTOOLCHAIN=local, when the command runs in vendor
        mode and a vendored module's `## explicit; go X` annotation in the stage's
        vendor/modules.txt is newer than the image: Go stops at the first such line with `go:
        example.com/dep in vendor/modules.txt requires go >= 1.23 (running go 1.22.5;
        GOTOOLCHAIN=local)`. Go before 1.21 does not check these annotations, so older images are
        not reported for them.

        **Fix:** use an image at least as new as the `go` line:

        ```dockerfile
        FROM golang:1.23-alpine
        ```

        **Quiet:** an image ≥ the `go` line, whatever the `toolchain` line says;
        `GOTOOLCHAIN=auto` (a note: the build downloads the toolchain); an image version that
        cannot be known (ARG without default, digest without tag); a go.work that is not in the
        stage (never copied, in .dockerignore) or GOWORK=off; vendored annotations when the
        command is not in vendor mode (`-mod=mod`, vendor/ not in the stage, `go mod download`).
        """)
public final class GolangImageTooOld implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    for (StageFacts s : facts.stages()) {
      if (s.parent().isPresent() || !s.image().isGolang() || s.image().golang().isEmpty()) {
        continue;
      }
      GolangTag tag = s.image().golang().get();
      if (tag.goVersion().isEmpty() || tag.precision() == GolangTag.Precision.MAJOR) {
        continue;
      }
      Optional<Use> found = firstModuleUse(facts, s);
      if (found.isEmpty()) {
        continue;
      }
      Use use = found.get();
      String goLine = use.required().version();
      GoEnv env = facts.goEnv(use.stage, use.step, use.go);
      String toolchain = env.get("GOTOOLCHAIN");
      String image = tag.goVersion().get();
      boolean floating = tag.precision() == GolangTag.Precision.MINOR;
      boolean older = floating ? compareLang(image, goLine) < 0 : GoVersion.compare(image, goLine) < 0;
      String where = "FROM " + s.fromText() + " in " + s.label();
      boolean local = toolchain.isEmpty() || toolchain.equals("local");
      if (!older) {
        if (floating && compareLang(image, goLine) == 0 && hasPatch(goLine)) {
          sink.report(this, Severity.NOTE, facts.at(s.line(), s.column()),
              where + " floats to the newest Go " + tag.languageVersion().orElse(image) + ".x, but a builder with an"
                  + " older cached patch runs it and fails " + use.required().file() + "'s `go " + goLine + "`",
              "build with docker build --pull, or pin FROM golang:" + goLine + variant(tag));
        } else if (local && minor(image) >= 21) {
          checkVendored(facts, s, tag, use, sink);
        }
        continue;
      }
      if (!local && minor(image) >= 21) {
        if (!env.get("GOSUMDB").equals("off")) {
          sink.report(this, Severity.NOTE, facts.at(s.line(), s.column()),
              where + " is older than " + use.required().file() + "'s `go " + goLine + "`; with GOTOOLCHAIN="
                  + toolchain + " every build downloads go" + goLine,
              "use FROM golang:" + langOf(goLine) + variant(tag) + " instead of downloading a toolchain per build");
        }
        continue;
      }
      Severity sev = null;
      String says;
      if (minor(image) >= 21) {
        says = "`go: " + use.required().goName() + " requires go >= " + goLine + " (running go " + image
            + "; GOTOOLCHAIN=local)`";
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
              + use.required().file() + ": " + says,
          "use FROM golang:" + langOf(goLine) + variant(tag) + s.name().map(n -> " AS " + n).orElse(""));
    }
  }

  /**
   * Go 1.21+ reads the {@code ## explicit; go X} annotations of vendor/modules.txt in vendor mode
   * and stops at the first one newer than itself (modload/vendor.go readVendorList); older Go
   * versions do not check them (their compiler only gets no {@code -lang} for such a module).
   */
  private void checkVendored(DockerfileFacts facts, StageFacts s, GolangTag tag, Use use, FindingSink sink) {
    Optional<ModuleInStage> m = use.inStage();
    if (m.isEmpty() || m.get().vendor().isEmpty()
        || m.get().vendorMode(use.go(), facts.goEnv(use.stage(), use.step(), use.go())) != Presence.YES) {
      return;
    }
    String image = tag.goVersion().get();
    boolean floating = tag.precision() == GolangTag.Precision.MINOR;
    ModulesTxt vendor = m.get().vendor().get();
    Optional<ModulesTxt.Entry> first = Optional.empty();
    String newest = "";
    for (ModulesTxt.Entry e : vendor.entries()) {
      String v = e.goVersion();
      if (v.isEmpty() || GoVersion.parse(v).isEmpty()) {
        continue;
      }
      boolean tooNew = floating ? compareLang(image, v) < 0 : GoVersion.compare(image, v) < 0;
      if (tooNew) {
        first = first.or(() -> Optional.of(e));
        newest = newest.isEmpty() || GoVersion.compare(v, newest) > 0 ? v : newest;
      }
    }
    if (first.isEmpty()) {
      return;
    }
    ModulesTxt.Entry e = first.get();
    String dep = e.module().path();
    sink.report(this, facts.at(s.line(), s.column()),
        "FROM " + s.fromText() + " in " + s.label() + " runs Go " + image + (floating ? ".x" : "") + ", older than `go "
            + e.goVersion() + "` that the vendored module " + e.module().display() + " needs (" + vendor.path() + ":"
            + e.line() + "), and `" + use.go().text() + "` runs in vendor mode: `go: " + dep
            + " in vendor/modules.txt requires go >= " + e.goVersion() + " (running go " + image
            + "; GOTOOLCHAIN=local)`",
        "use FROM golang:" + langOf(newest) + variant(tag) + s.name().map(n -> " AS " + n).orElse(""));
  }

  /**
   * The go line Go checks first: go.work's in workspace mode, else go.mod's.
   *
   * @param file the file, relative to the scan root, for messages
   * @param goName how Go names it in its error ({@code go.mod}, {@code go.work})
   */
  private record Required(String version, String file, String goName) {}

  private record Use(StageFacts stage, Step step, GoInvocation go, Required required, Optional<ModuleInStage> inStage) {}

  /**
   * The first go command, in this stage or one built FROM it, that loads a main module, with the
   * go line it checks. The build-context model says which go.mod/go.work the stage has there;
   * when it cannot tell, the module the Dockerfile sits in is assumed.
   */
  private static Optional<Use> firstModuleUse(DockerfileFacts facts, StageFacts base) {
    for (StageFacts s : facts.stages()) {
      if (!descends(facts, s, base.index())) {
        continue;
      }
      for (Step st : s.steps()) {
        for (GoInvocation g : st.run().map(r -> r.goCommands()).orElse(java.util.List.of())) {
          if (!g.needsMainModule()) {
            continue;
          }
          Optional<ModuleInStage> m = ModuleInStage.of(facts, s, st, g, facts.goEnv(s, st, g));
          if (m.isPresent() && m.get().goMod() == Presence.NO && !m.get().workspaceMode()) {
            continue; // no go.mod where it runs: GMD401's business
          }
          Optional<Required> req = m.flatMap(GolangImageTooOld::required).or(() -> fromDockerfileModule(facts, m));
          if (req.isPresent() && GoVersion.parse(req.get().version()).isPresent()) {
            return Optional.of(new Use(s, st, g, req.get(), m));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Required> required(ModuleInStage m) {
    if (m.workspaceMode()) {
      return m.work().flatMap(w -> m.goLine().map(v -> new Required(v, w.path(), "go.work")));
    }
    return m.module().flatMap(b -> b.goLine().map(v -> new Required(v, b.goModPath(), "go.mod")));
  }

  /** When the model does not know where the stage's go.mod came from: the Dockerfile's own module. */
  private static Optional<Required> fromDockerfileModule(DockerfileFacts facts, Optional<ModuleInStage> m) {
    boolean known = m.isPresent() && (m.get().workspaceMode() ? m.get().work().isPresent() : m.get().module().isPresent());
    if (known) {
      return Optional.empty();
    }
    return facts.module().flatMap(b -> b.goLine().map(v -> new Required(v, b.goModPath(), "go.mod")));
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
