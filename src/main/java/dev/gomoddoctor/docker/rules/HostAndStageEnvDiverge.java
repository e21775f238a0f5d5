package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.BuiltModule;
import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.goenv.model.EnvSource;
import dev.gomoddoctor.goenv.parser.PrefixPatterns;
import dev.gomoddoctor.goenv.route.PrivatePaths;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    code = "GMD423",
    name = "host-and-stage-env-diverge",
    severity = Severity.WARNING,
    summary = "the host routes private modules with GOPRIVATE/GONOPROXY/GONOSUMDB/GOPROXY, the Dockerfile stage does not",
    tags = {"docker", "private-modules"},
    help = """
        The classic "works on my machine, fails in Docker": the developer's shell (or `go env -w`)
        sends private modules to a corporate proxy or straight to git, while `docker build` runs
        with the image defaults (proxy.golang.org, sum.golang.org), which cannot see them.

        **Go/Docker says:** in `docker build`, `reading https://proxy.golang.org/…: 404 Not Found`
        or `verifying module: … reading https://sum.golang.org/lookup/…: 404 Not Found`.

        **Fires:** GOPRIVATE, GONOPROXY, GONOSUMDB or GOPROXY is set on the host (process
        environment or GOENV file), a stage that fetches modules does not set it (ENV, ARG,
        inline, `go env -w`), and required modules match the host's patterns (for GOPROXY:
        private-looking modules exist). (note) when only GOFLAGS differs.

        **Fix:** set the same routing in the stage, e.g.

        ```dockerfile
        ARG GOPRIVATE=git.example.com/*
        ENV GOPRIVATE=${GOPRIVATE}
        ```

        and give it credentials through a secret mount (see GMD410).

        **Quiet:** the stage sets the same variables; no required module matches the host's
        patterns; vendor mode in the stage.
        """)
public final class HostAndStageEnvDiverge implements DockerfileRule {

  private static final List<String> ROUTING = List.of("GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOPROXY");

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    if (facts.module().isEmpty() || !facts.module().get().needsDownloads()) {
      return;
    }
    GoEnv host = facts.hostEnv();
    List<String> hostSet = ROUTING.stream().filter(k -> setByUser(host, k) && !host.get(k).isEmpty()).toList();
    boolean hostGoflags = setByUser(host, "GOFLAGS") && !host.get("GOFLAGS").isBlank();
    if (hostSet.isEmpty() && !hostGoflags) {
      return;
    }
    List<BuiltModule.Requirement> reqs = facts.module().get().requires();
    for (StageFacts s : facts.stages()) {
      stage:
      for (Step st : s.steps()) {
        for (GoInvocation g : st.run().map(r -> r.goCommands()).orElse(List.of())) {
          GoEnv env = facts.goEnv(s, st, g);
          if (!GoCommands.fetchesModules(facts, g, env) || g.allArgsVersioned()) {
            continue;
          }
          List<String> missing = new ArrayList<>();
          Optional<String> example = Optional.empty();
          for (String k : hostSet) {
            if (setByUser(env, k)) {
              continue;
            }
            Optional<String> match = k.equals("GOPROXY")
                ? reqs.stream().map(BuiltModule.Requirement::path)
                    .filter(p -> PrivatePaths.isPrivateLooking(p, privatePatterns(facts, host))).findFirst()
                : reqs.stream().map(BuiltModule.Requirement::path)
                    .filter(p -> PrefixPatterns.matches(host.get(k), p)).findFirst();
            if (match.isPresent()) {
              missing.add(k + "=" + host.get(k));
              example = example.or(() -> match);
            }
          }
          if (!missing.isEmpty()) {
            String mod = example.orElse("");
            sink.report(this, facts.at(st, g),
                "the host sets " + String.join(", ", missing) + " but " + s.label() + " does not, so `" + g.text()
                    + "` fetches " + mod + " through proxy.golang.org/sum.golang.org, which cannot serve it",
                String.join("; ", missing.stream().map(m -> "ENV " + m).toList())
                    + " in the stage (credentials through RUN --mount=type=secret)");
            break stage;
          }
          if (hostGoflags && !setByUser(env, "GOFLAGS") && hostSet.stream().allMatch(k -> setByUser(env, k))) {
            sink.report(this, Severity.NOTE, facts.at(st, g),
                "the host sets GOFLAGS=" + host.get("GOFLAGS") + " but " + s.label() + " does not: `" + g.text()
                    + "` behaves differently in the image",
                "ENV GOFLAGS=" + host.get("GOFLAGS") + " in the stage, if the build relies on it");
            break stage;
          }
          break stage;
        }
      }
    }
  }

  private static boolean setByUser(GoEnv env, String key) {
    EnvSource.Kind k = env.source(key).kind();
    return k == EnvSource.Kind.ENVIRONMENT || k == EnvSource.Kind.GOENV_FILE;
  }

  private static List<String> privatePatterns(DockerfileFacts facts, GoEnv host) {
    List<String> p = new ArrayList<>(facts.scan().config().privatePatterns());
    if (!host.get("GOPRIVATE").isEmpty()) {
      p.add(host.get("GOPRIVATE"));
    }
    return p;
  }
}
