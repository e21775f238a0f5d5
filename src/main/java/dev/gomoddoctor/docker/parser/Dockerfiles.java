package dev.gomoddoctor.docker.parser;

import dev.gomoddoctor.docker.model.AstNode;
import dev.gomoddoctor.docker.model.Dockerfile;
import dev.gomoddoctor.docker.model.DockerfileAst;
import dev.gomoddoctor.docker.model.ImageDefaults;
import dev.gomoddoctor.docker.model.Instruction;
import dev.gomoddoctor.docker.model.PosixPath;
import dev.gomoddoctor.docker.model.Stage;
import dev.gomoddoctor.docker.model.StageState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Parses a Dockerfile into stages the way BuildKit's instructions.Parse and the start of
 * dockerfile2llb do: typed instructions, meta ARGs, stage names and references, base images
 * expanded with the meta ARGs, and the WORKDIR/USER/ENV/ARG in force at every instruction.
 */
public final class Dockerfiles {
  /**
   * BuildKit's automatic platform ARGs. Builds are assumed to run on and for linux/amd64 (the
   * values only matter where a Dockerfile expands them into paths or image names).
   */
  public static final Map<String, String> BUILTIN_PLATFORM_ARGS = builtins();

  private Dockerfiles() {}

  private static Map<String, String> builtins() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("BUILDPLATFORM", "linux/amd64");
    m.put("BUILDOS", "linux");
    m.put("BUILDARCH", "amd64");
    m.put("BUILDVARIANT", "");
    m.put("TARGETPLATFORM", "linux/amd64");
    m.put("TARGETOS", "linux");
    m.put("TARGETARCH", "amd64");
    m.put("TARGETVARIANT", "");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Parses text with no build args and no knowledge of base images. */
  public static Dockerfile parse(String text) throws DockerfileSyntaxException {
    return model(DockerfileParser.parse(text), Map.of(), ImageDefaults.UNKNOWN);
  }

  public static Dockerfile parse(String text, Map<String, String> buildArgs, ImageDefaults images)
      throws DockerfileSyntaxException {
    return model(DockerfileParser.parse(text), buildArgs, images);
  }

  /** Builds the typed model from BuildKit's AST. */
  public static Dockerfile model(DockerfileAst ast, Map<String, String> buildArgs, ImageDefaults images)
      throws DockerfileSyntaxException {
    char esc = ast.escapeToken();
    List<Instruction.Arg> metaArgs = new ArrayList<>();
    Map<String, String> meta = new LinkedHashMap<>(BUILTIN_PLATFORM_ARGS);
    List<Stage> stages = new ArrayList<>();
    StageBuilder current = null;
    Map<String, Integer> names = new HashMap<>();
    for (AstNode node : ast.nodes()) {
      Instruction ins = InstructionParser.parse(node);
      if (ins instanceof Instruction.From from) {
        if (current != null) {
          stages.add(current.build());
        }
        current = startStage(stages, names, from, meta, images, esc);
        continue;
      }
      if (current == null) {
        if (ins instanceof Instruction.Arg arg) {
          metaArgs.add(arg);
          for (Instruction.ArgDef def : arg.args()) {
            String v = buildArgs.get(def.key());
            if (v == null && def.hasDefault()) {
              v = expand(def.defaultValue(), meta, esc);
            }
            if (v != null) {
              meta.put(def.key(), v);
            }
          }
          continue;
        }
        throw new DockerfileSyntaxException("no build stage in current context", node.startLine(), node.endLine());
      }
      current.apply(ins, buildArgs, meta);
    }
    if (current != null) {
      stages.add(current.build());
    }
    return new Dockerfile(ast, metaArgs, meta, stages);
  }

  private static StageBuilder startStage(List<Stage> stages, Map<String, Integer> names, Instruction.From from,
      Map<String, String> meta, ImageDefaults images, char esc) throws DockerfileSyntaxException {
    int index = stages.size();
    ShellLex.Result base;
    String platform;
    try {
      base = ShellLex.standard(esc).process(from.image(), meta);
      platform = ShellLex.standard(esc).processWord(from.platform(), meta);
    } catch (ShellLex.ShellSyntaxException e) {
      throw new DockerfileSyntaxException(e.getMessage(), from.line(), from.endLine());
    }
    String expanded = base.word();
    // an empty base (FROM $BASE with no default) is not a syntax error: it needs a --build-arg
    if (!from.stageName().isEmpty() && names.containsKey(from.stageName())) {
      throw new DockerfileSyntaxException("duplicate stage name " + GoText.quote(from.stageName()), from.line(),
          from.endLine());
    }
    Integer parent = names.get(expanded.toLowerCase(Locale.ROOT));
    if (!from.stageName().isEmpty()) {
      names.put(from.stageName(), index);
    }
    StageState start;
    if (parent != null) {
      StageState p = stages.get(parent).end();
      start = new StageState(p.workdir(), p.user(), p.env(), Map.of(), esc);
    } else {
      ImageDefaults.Image img = images.of(expanded);
      start = new StageState(img.workdir(), img.user(), img.env(), Map.of(), esc);
    }
    boolean resolved = base.unmatched().isEmpty();
    return new StageBuilder(index, from, expanded, resolved,
        parent == null ? OptionalInt.empty() : OptionalInt.of(parent), platform, start);
  }

  private static String expand(String word, Map<String, String> env, char esc) throws DockerfileSyntaxException {
    try {
      return ShellLex.standard(esc).processWord(word, env);
    } catch (ShellLex.ShellSyntaxException e) {
      throw new DockerfileSyntaxException(e.getMessage(), 0, 0);
    }
  }

  private static final class StageBuilder {
    final int index;
    final Instruction.From from;
    final String baseExpanded;
    final boolean resolved;
    final OptionalInt parent;
    final String platformExpanded;
    final List<Stage.Step> steps = new ArrayList<>();
    StageState state;

    StageBuilder(int index, Instruction.From from, String baseExpanded, boolean resolved, OptionalInt parent,
        String platformExpanded, StageState start) {
      this.index = index;
      this.from = from;
      this.baseExpanded = baseExpanded;
      this.resolved = resolved;
      this.parent = parent;
      this.platformExpanded = platformExpanded;
      this.state = start;
    }

    void apply(Instruction ins, Map<String, String> buildArgs, Map<String, String> meta)
        throws DockerfileSyntaxException {
      steps.add(new Stage.Step(ins, state));
      char esc = state.escapeToken();
      try {
        if (ins instanceof Instruction.Env env) {
            Map<String, String> e = new LinkedHashMap<>(state.env());
            for (Instruction.KeyValue kv : env.pairs()) {
              Map<String, String> vars = new StageState(state.workdir(), state.user(), e, state.args(), esc)
                  .expansionEnv();
              e.put(expand(kv.key(), vars, esc), expand(kv.value(), vars, esc));
            }
            state = new StageState(state.workdir(), state.user(), e, state.args(), esc);
        } else if (ins instanceof Instruction.Arg arg) {
            Map<String, String> a = new LinkedHashMap<>(state.args());
            for (Instruction.ArgDef def : arg.args()) {
              String v = buildArgs.get(def.key());
              if (v == null && def.hasDefault()) {
                Map<String, String> vars = new StageState(state.workdir(), state.user(), state.env(), a, esc)
                    .expansionEnv();
                v = expand(def.defaultValue(), vars, esc);
              }
              if (v == null) {
                v = meta.get(def.key());
              }
              if (v != null) {
                a.put(def.key(), v);
              } else {
                a.remove(def.key());
              }
            }
            state = new StageState(state.workdir(), state.user(), state.env(), a, esc);
        } else if (ins instanceof Instruction.Workdir wd) {
            String p = expand(wd.path(), state.expansionEnv(), esc);
            state = new StageState(PosixPath.resolve(state.workdir(), p), state.user(), state.env(), state.args(),
                esc);
        } else if (ins instanceof Instruction.User user) {
          state = new StageState(state.workdir(), expand(user.user(), state.expansionEnv(), esc), state.env(),
              state.args(), esc);
        }
        // the other instructions do not change WORKDIR, USER, ENV or ARG
      } catch (DockerfileSyntaxException e) {
        throw new DockerfileSyntaxException(e.getMessage(), ins.line(), ins.endLine());
      }
    }

    Stage build() {
      return new Stage(index, from.stageName(), from, from.image(), baseExpanded, resolved, parent, from.platform(),
          platformExpanded, steps, state);
    }
  }
}
