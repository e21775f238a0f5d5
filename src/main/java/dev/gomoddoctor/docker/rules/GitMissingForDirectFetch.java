package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.BuiltModule;
import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.image.Presence;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.goenv.route.PrivatePaths;
import dev.gomoddoctor.goenv.route.Route;
import dev.gomoddoctor.goenv.route.Router;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.Optional;

@RuleInfo(
    code = "GMD408",
    name = "git-missing-for-direct-fetch",
    severity = Severity.ERROR,
    summary = "a stage without git must fetch a module directly from its repository",
    tags = {"docker", "private-modules"},
    help = """
        Modules matching GOPRIVATE/GONOPROXY, and every module when GOPROXY is `direct`, are
        fetched from their version-control repository, which needs `git`. golang:*-alpine,
        alpine, distroless and scratch images have no git (docker-library/golang keeps it out on
        purpose: "use `-mod=vendor` or `apk add git`").

        **Go/Docker says:** `go: …@v1.0.0: git ls-remote -q origin in …: exec: "git": executable
        file not found in $PATH`

        **Fires:** a stage whose image lacks git and that has not installed it earlier runs a go
        command that must fetch a required, unvendored module directly: it matches GONOPROXY or
        GOPRIVATE (direct even with GOPROXY=off), or GOPROXY is `direct`, or GOPROXY falls back to
        `direct` for a private-looking module (the proxy answers 404/410).

        **Fix:**

        ```dockerfile
        FROM golang:1.22-alpine
        RUN apk add --no-cache git
        ```

        or vendor the dependencies (`go mod vendor`, build with `-mod=vendor`), or serve them from
        a private proxy.

        **Quiet:** GOPRIVATE/GONOPROXY matching no required module; Debian-based golang images
        (git included); public modules served by the default proxy; vendored builds; the default
        `-buildvcs=auto` without git (VCS stamping is skipped).
        """)
public final class GitMissingForDirectFetch implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    for (StageFacts s : facts.stages()) {
      if (s.image().git() != Presence.NO) {
        continue;
      }
      stage:
      for (Step st : s.steps()) {
        if (st.run().isEmpty() || st.before().gitInstalled() || st.run().get().installsGit()) {
          continue;
        }
        for (GoInvocation g : st.run().get().goCommands()) {
          GoEnv env = facts.goEnv(s, st, g);
          if (!GoCommands.fetchesModules(facts, g, env)) {
            continue;
          }
          Optional<String> why = direct(facts, g, env);
          if (why.isPresent()) {
            String alpine = s.image().golang().map(t -> t.isAlpine()).orElse(false) || s.image().family().equals("alpine")
                ? "RUN apk add --no-cache git" : "install git in the stage (or build on golang:<version>-bookworm)";
            sink.report(this, facts.at(st, g),
                "`" + g.text() + "` in " + s.label() + " (" + s.image().display() + ", no git) must fetch "
                    + why.get() + ": `exec: \"git\": executable file not found in $PATH`",
                alpine + " before it, or vendor the modules (go mod vendor) and build with -mod=vendor");
            break stage;
          }
        }
      }
    }
  }

  /** Which module is fetched straight from its repository, and why; empty when none is. */
  private static Optional<String> direct(DockerfileFacts facts, GoInvocation g, GoEnv env) {
    Router router = Router.of(env);
    java.util.List<String[]> mods = new java.util.ArrayList<>();
    if (g.allArgsVersioned()) {
      for (String a : g.args()) {
        String path = a.substring(0, a.indexOf('@'));
        mods.add(new String[] {path, a.substring(a.indexOf('@') + 1)});
      }
    } else {
      for (BuiltModule.Requirement r : facts.module().map(BuiltModule::requires).orElse(java.util.List.of())) {
        mods.add(new String[] {r.path(), r.version()});
      }
    }
    for (String[] m : mods) {
      Route route = router.route(m[0], m[1], true);
      if (route.directFirst()) {
        String reason = route.noProxyMatch().map(p -> "it matches GONOPROXY/GOPRIVATE pattern " + p)
            .orElse("GOPROXY is " + env.get("GOPROXY"));
        return Optional.of(m[0] + " directly from its repository (" + reason + ")");
      }
      if (route.mayGoDirect() && !route.disabled()
          && PrivatePaths.isPrivateLooking(m[0], facts.scan().config().privatePatterns())) {
        return Optional.of(m[0] + " directly: it looks private, so the proxy answers 404 and GOPROXY falls back to direct");
      }
    }
    return Optional.empty();
  }
}
