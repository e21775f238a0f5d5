package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.goenv.GoEnvResolver;
import dev.gomoddoctor.goenv.GoToolchain;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.scan.ScanContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the Go-aware Dockerfile rules ask about one Dockerfile: its stages and steps, the
 * module it builds, the host's Go environment, and the effective Go environment of every go
 * command (computed by the Go-environment checker's resolver, once per command).
 *
 * @param path the Dockerfile, relative to the scan root
 * @param contextDir the build context directory relative to the scan root ({@code ""}: the root)
 * @param module the module the Dockerfile builds, when one is found
 * @param namedContexts build contexts declared by name (never typos)
 * @param files which files each stage has, from the build-context model; {@link StageFiles#UNKNOWN}
 *     when it is not known
 */
public record DockerfileFacts(
    String path,
    String contextDir,
    List<StageFacts> stages,
    Optional<BuiltModule> module,
    Set<String> namedContexts,
    StageFiles files,
    ScanContext scan,
    Map<String, GoEnv> goEnvCache) {

  public DockerfileFacts {
    stages = List.copyOf(stages);
    namedContexts = Set.copyOf(namedContexts);
  }

  public static DockerfileFacts of(String path, String contextDir, List<StageFacts> stages,
      Optional<BuiltModule> module, Set<String> namedContexts, StageFiles files, ScanContext scan) {
    return new DockerfileFacts(path, contextDir, stages, module, namedContexts, files, scan, new ConcurrentHashMap<>());
  }

  public Location at(int line) {
    return Location.line(path, line);
  }

  public Location at(int line, int column) {
    return Location.at(path, line, column);
  }

  /** Where a go command is: its own line inside the RUN. */
  public Location at(Step step, GoInvocation go) {
    return Location.line(path, step.lineOf(go.line()));
  }

  public Optional<StageFacts> stage(int index) {
    return index >= 0 && index < stages.size() ? Optional.of(stages.get(index)) : Optional.empty();
  }

  public StageFacts lastStage() {
    return stages.get(stages.size() - 1);
  }

  /** The host's effective Go environment (the scan's process environment and GOENV file). */
  public GoEnv hostEnv() {
    return GoEnv.of(scan);
  }

  /**
   * The effective Go environment of {@code go} in {@code step}: the image's defaults, the stage's
   * ENV/ARG, HOME for the user, the script's exports and inline assignments, and earlier
   * {@code go env -w} values (as the GOENV file), resolved for the image's Go toolchain.
   */
  public GoEnv goEnv(StageFacts stage, Step step, GoInvocation go) {
    String key = stage.index() + ":" + step.index() + ":" + System.identityHashCode(go);
    return goEnvCache.computeIfAbsent(key, k -> resolve(stage, step, Optional.of(go)));
  }

  /** The stage's Go environment before {@code step}, with no command-specific settings. */
  public GoEnv goEnv(StageFacts stage, Step step) {
    return goEnvCache.computeIfAbsent(stage.index() + ":" + step.index(), k -> resolve(stage, step, Optional.empty()));
  }

  private GoEnv resolve(StageFacts stage, Step step, Optional<GoInvocation> go) {
    StageState st = step.before();
    Map<String, String> vars = new HashMap<>(st.vars());
    vars.putIfAbsent("HOME", home(st));
    go.ifPresent(g -> vars.putAll(g.command().scriptEnv()));
    Map<String, String> files = new HashMap<>();
    // go env -w writes $GOENV, default $HOME/.config/go/env (os.UserConfigDir)
    Map<String, String> writes = new HashMap<>(st.goEnvWrites());
    if (go.isPresent()) {
      for (Step s : stage.steps()) {
        if (s.index() != step.index()) {
          continue;
        }
        for (GoInvocation g : s.run().map(r -> r.goCommands()).orElse(List.of())) {
          if (g == go.get()) {
            break;
          }
          writes.putAll(g.envWrites());
        }
      }
    }
    if (!writes.isEmpty()) {
      String configDir = vars.containsKey("XDG_CONFIG_HOME") ? vars.get("XDG_CONFIG_HOME") : vars.get("HOME") + "/.config";
      StringBuilder sb = new StringBuilder();
      writes.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
      files.put(ImagePaths.clean(vars.getOrDefault("GOENV", configDir + "/go/env")), sb.toString());
    }
    GoToolchain tc = stage.image().golang().flatMap(t -> t.goVersion())
        .map(v -> GoToolchain.of(GoEnvResolver.GOLANG_IMAGE_GOROOT, "go" + v))
        .orElse(GoToolchain.of(GoEnvResolver.GOLANG_IMAGE_GOROOT, ""));
    return GoEnvResolver.resolveStage(Map.of(), vars, tc, files);
  }

  /** HOME as the runtime sets it when the image's ENV does not. */
  public static String home(StageState st) {
    Optional<String> env = st.var("HOME");
    if (env.isPresent()) {
      return env.get();
    }
    String u = st.userName();
    if (st.isRoot()) {
      return "/root";
    }
    String h = st.users().get(u);
    if (h != null) {
      return h.isEmpty() ? "/home/" + u : h;
    }
    return switch (u) {
      case "nobody", "65534" -> "/nonexistent";
      default -> "/";
    };
  }

  /** Stages whose files are copied (COPY --from, RUN --mount from=) into a later stage. */
  public boolean isCopiedFrom(int stageIndex) {
    for (StageFacts s : stages) {
      for (Step st : s.steps()) {
        if (st.copy().flatMap(CopyInfo::fromStage).filter(i -> i == stageIndex).isPresent()) {
          return true;
        }
      }
      if (s.parent().filter(p -> p == stageIndex).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
