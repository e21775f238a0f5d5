package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.CopyInfo;
import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.ImagePaths;
import dev.gomoddoctor.docker.facts.LinkedPackages;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.StageState;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.image.BaseImage;
import dev.gomoddoctor.docker.image.Libc;
import dev.gomoddoctor.docker.image.Presence;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.gomod.GoSources;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    code = "GMD407",
    name = "cgo-binary-on-incompatible-runtime",
    severity = Severity.ERROR,
    summary = "a dynamically linked (cgo) binary is copied into a runtime image with another or older C library",
    tags = {"docker", "cgo"},
    help = """
        With cgo on, a Go binary is dynamically linked only if a linked package uses cgo: in the
        standard library that is `net` (so `net/http`, `crypto/tls`, `crypto/x509`,
        `log/syslog`…), `os/user` and `plugin`. A net/http server built on the Debian golang
        image, where cgo is on by default, needs glibc's loader and the glibc version of the
        builder (bookworm: 2.36); copied into alpine (musl), scratch or distroless/static it
        cannot start.

        **Go/Docker says:** at run time `exec /app: no such file or directory` (the loader
        `/lib64/ld-linux-x86-64.so.2` is missing), or ``/app: /lib/…/libc.so.6: version
        `GLIBC_2.34' not found (required by /app)``.

        **Fires:** cgo is effectively on (CGO_ENABLED=1 in any form, or unset on a native build
        in an image with a C compiler), the main package links a cgo-using package (`net` and its
        users, `os/user`, `plugin`, `import "C"`, a cgo module such as go-sqlite3), there is no
        `-tags netgo,osusergo` and no static external link, and the binary is copied into a
        runtime whose libc differs (glibc → alpine/musl, scratch, busybox:musl|uclibc,
        distroless/static, chainguard static; musl → Debian/Ubuntu/distroless-base, scratch,
        distroless/static) or is older (bookworm → bullseye, ubuntu:20.04, distroless
        base-debian11, ubi8). (warning) when the program's imports cannot be determined.

        **Fix:** build a static binary:

        ```dockerfile
        RUN CGO_ENABLED=0 go build -o /out/app .
        ```

        or, when cgo is really needed, build and run on the same libc (alpine with `apk add gcc
        musl-dev` for an alpine runtime; `golang:1.22-bullseye` for a bullseye runtime).

        **Quiet:** CGO_ENABLED=0; cross-compiled builds with CC unset; programs linking none of
        net/os/user/plugin/"C"/cgo modules; `-tags netgo,osusergo` with no other cgo package;
        `-ldflags '-linkmode external -extldflags "-static"'`; golang:*-alpine (Go ≥ 1.20) with no
        C compiler; a runtime of the same libc whose glibc is at least as new; alpine runtimes with
        `gcompat`/`libc6-compat` (a note at most).
        """)
public final class CgoBinaryOnIncompatibleRuntime implements DockerfileRule {

  /** A binary a builder stage produces with cgo on. */
  private record Built(StageFacts stage, Step step, GoInvocation go, String output, boolean outputIsDir,
      boolean certain, String cgoUser) {}

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    List<Built> built = new ArrayList<>();
    for (StageFacts s : facts.stages()) {
      for (Step st : s.steps()) {
        for (GoInvocation g : st.run().map(r -> r.goCommands()).orElse(List.of())) {
          if (g.buildsBinary()) {
            dynamic(facts, s, st, g).ifPresent(built::add);
          }
        }
      }
    }
    if (built.isEmpty()) {
      return;
    }
    for (StageFacts rt : facts.stages()) {
      for (Step st : rt.steps()) {
        Optional<CopyInfo> c = st.copy();
        if (c.isEmpty() || c.get().fromStage().isEmpty()) {
          continue;
        }
        int from = c.get().fromStage().get();
        for (Built b : built) {
          if (b.stage.index() != from || !copies(c.get(), b)) {
            continue;
          }
          incompatibility(b.stage.image(), rt.image(), rt, st).ifPresent(why -> {
            boolean compat = rt.finalState().glibcCompat() && rt.image().libc() == Libc.MUSL;
            Severity sev = compat ? Severity.NOTE : b.certain ? null : Severity.WARNING;
            sink.report(this, sev, facts.at(st.line(), st.column()),
                "the binary " + b.output + " built with cgo on in " + b.stage.label() + " (line "
                    + b.step.lineOf(b.go.line()) + ", links " + b.cgoUser + ") is dynamically linked against "
                    + libcOf(b.stage.image()) + ", but " + rt.label() + " runs on " + rt.image().display() + ": " + why
                    + (compat ? " (gcompat/libc6-compat is installed, which may be enough)" : ""),
                "build it statically: RUN CGO_ENABLED=0 go build -o " + b.output + " ...   (or -tags netgo,osusergo"
                    + " when only net/os/user use cgo)");
          });
          break;
        }
      }
    }
  }

  private Optional<Built> dynamic(DockerfileFacts facts, StageFacts s, Step st, GoInvocation g) {
    StageState b = st.before();
    GoEnv env = facts.goEnv(s, st, g);
    String explicit = CgoWithoutCCompiler.explicitCgo(b, g);
    if (explicit.equals("0")) {
      return Optional.empty();
    }
    if (!explicit.equals("1")) {
      boolean cross = g.xx() || g.command().env("GOARCH").isPresent() || g.command().env("GOOS").isPresent()
          || b.var("GOARCH").isPresent() || b.var("GOOS").isPresent();
      boolean cc = g.command().env("CC").isPresent() || b.var("CC").isPresent();
      if (cross && !cc) {
        return Optional.empty();
      }
      boolean compiler = s.image().cCompiler() == Presence.YES || b.ccInstalled() || cc;
      if (!compiler) {
        return Optional.empty();
      }
      if (env.get("CGO_ENABLED").equals("0")) {
        return Optional.empty();
      }
    }
    if (staticLink(g)) {
      return Optional.empty();
    }
    List<String> tags = g.tags();
    boolean netgo = tags.contains("netgo");
    boolean osusergo = tags.contains("osusergo");
    String cgoUser;
    boolean certain = true;
    if (facts.module().isEmpty()) {
      return Optional.empty();
    }
    LinkedPackages linked = LinkedPackages.of(GoSources.of(facts.scan()), facts.module().get(), g);
    if (!linked.complete()) {
      return Optional.empty();
    }
    if (linked.needsCgoCode()) {
      cgoUser = linked.importsC() ? "import \"C\"" : linked.imports().stream().filter(LinkedPackages::isCgoModulePackage)
          .findFirst().orElse("cgo code");
    } else {
      Optional<String> std = linked.imports().stream().filter(p -> LinkedPackages.isCgoStd(p)
          && !(netgo && !p.equals("os/user") && !p.equals("plugin")) && !(osusergo && p.equals("os/user"))).findFirst();
      if (std.isPresent()) {
        cgoUser = std.get();
      } else if (linked.hasExternalImports(facts.module().get().modulePath()) && !(netgo && osusergo)) {
        cgoUser = "other modules' packages, which may use net";
        certain = false;
      } else {
        return Optional.empty();
      }
    }
    String dir = g.command().dir().map(d -> ImagePaths.resolve(b.workdir(), d)).orElse(b.workdir());
    if (!g.command().dirKnown()) {
      return Optional.empty();
    }
    if (g.flag("C").isPresent()) {
      dir = ImagePaths.resolve(dir, g.flag("C").get());
    }
    String out;
    boolean isDir;
    if (g.flag("o").isPresent()) {
      String o = g.flag("o").get();
      out = ImagePaths.resolve(dir, o);
      isDir = o.endsWith("/");
    } else if (g.sub().equals("install")) {
      String gobin = env.get("GOBIN");
      out = gobin.isEmpty() ? ImagePaths.clean(env.get("GOPATH").split(":")[0] + "/bin") : gobin;
      isDir = true;
    } else {
      out = dir;
      isDir = true;
    }
    return Optional.of(new Built(s, st, g, out, isDir, certain, cgoUser));
  }

  private static boolean staticLink(GoInvocation g) {
    String ld = g.flag("ldflags").orElse("");
    return ld.contains("-extldflags") && ld.contains("-static") || ld.contains("-linkmode=external") && ld.contains("static")
        || ld.contains("-linkmode external") && ld.contains("-static");
  }

  /** The COPY takes the builder's output: the same path, a directory holding it, or a glob. */
  private static boolean copies(CopyInfo c, Built b) {
    for (String src : c.sources()) {
      String p = ImagePaths.clean(src.startsWith("/") ? src : "/" + src);
      if (p.contains("*")) {
        String dir = p.substring(0, p.lastIndexOf('/'));
        if (ImagePaths.isWithin(b.output, dir) || ImagePaths.isWithin(dir, b.output)) {
          return true;
        }
        continue;
      }
      if (p.equals(b.output) || ImagePaths.isWithin(b.output, p) && !p.equals("/")
          || b.outputIsDir && ImagePaths.isWithin(p, b.output)) {
        return true;
      }
    }
    return false;
  }

  private static String libcOf(BaseImage img) {
    if (img.libc() == Libc.GLIBC) {
      return img.suite().map(s -> "glibc " + s.glibcText() + (img.suiteIsLowerBound() ? "+" : "") + " (" + s.name() + ")")
          .orElse("glibc");
    }
    return img.libc() == Libc.MUSL ? "musl" : img.libc().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Why a binary dynamically linked on the builder cannot run on the runtime; empty when it can or is unknown. */
  private static Optional<String> incompatibility(BaseImage builder, BaseImage runtime, StageFacts rt, Step st) {
    Libc from = builder.libc();
    Libc to = runtime.libc();
    if (!from.isKnown() || from == Libc.NONE || !to.isKnown()) {
      return Optional.empty();
    }
    if (to == Libc.NONE) {
      return Optional.of("it has no C library or dynamic loader: `exec /app: no such file or directory`");
    }
    if (from != to) {
      return Optional.of("its C library is " + to.name().toLowerCase(java.util.Locale.ROOT)
          + ", so the loader is missing: `exec /app: no such file or directory`");
    }
    if (from == Libc.GLIBC && builder.glibc().isPresent() && runtime.glibc().isPresent()
        && runtime.glibc().get() < builder.glibc().get()) {
      return Optional.of("its glibc " + runtime.suite().get().glibcText() + " is older than the builder's "
          + builder.suite().get().glibcText() + ": `version `GLIBC_…' not found`");
    }
    return Optional.empty();
  }
}
