package dev.gomoddoctor.docker.context;

import dev.gomoddoctor.docker.ignore.DockerIgnore;
import dev.gomoddoctor.docker.model.Dockerfile;
import dev.gomoddoctor.docker.model.Heredoc;
import dev.gomoddoctor.docker.model.Instruction;
import dev.gomoddoctor.docker.model.Mount;
import dev.gomoddoctor.docker.model.PosixPath;
import dev.gomoddoctor.docker.model.Stage;
import dev.gomoddoctor.docker.model.StageState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One Dockerfile together with its build context: for every stage and every instruction, which
 * files are where in the image ("is go.mod in the WORKDIR when this RUN runs?"), and how every
 * COPY/ADD/bind-mount source resolved against the context and its .dockerignore.
 */
public final class DockerBuild {
  private final String dockerfilePath;
  private final Dockerfile dockerfile;
  private final BuildContext context;
  private final ContextFiles contextFiles;
  private final Function<String, ContextFiles> namedContextFiles;
  private final BuildOutputs buildOutputs;
  private final Map<Integer, List<StageFiles>> before = new HashMap<>();
  private final Map<Integer, StageFiles> after = new HashMap<>();
  private final List<CopySource> sources = new ArrayList<>();

  /** A build where no absent source is taken for a build output. */
  public DockerBuild(String dockerfilePath, Dockerfile dockerfile, BuildContext context, ContextFiles contextFiles,
      Function<String, ContextFiles> namedContextFiles) {
    this(dockerfilePath, dockerfile, context, contextFiles, namedContextFiles, BuildOutputs.none());
  }

  /**
   * @param namedContextFiles the files of a named context's directory (relative to the scan root)
   * @param buildOutputs tells absent sources that the project's build writes before {@code docker build}
   */
  public DockerBuild(String dockerfilePath, Dockerfile dockerfile, BuildContext context, ContextFiles contextFiles,
      Function<String, ContextFiles> namedContextFiles, BuildOutputs buildOutputs) {
    this.buildOutputs = buildOutputs;
    this.dockerfilePath = dockerfilePath;
    this.dockerfile = dockerfile;
    this.context = context;
    this.contextFiles = contextFiles;
    this.namedContextFiles = namedContextFiles;
    for (Stage s : dockerfile.stages()) {
      analyse(s);
    }
  }

  public String dockerfilePath() {
    return dockerfilePath;
  }

  public Dockerfile dockerfile() {
    return dockerfile;
  }

  public BuildContext context() {
    return context;
  }

  public ContextFiles contextFiles() {
    return contextFiles;
  }

  public DockerIgnore dockerignore() {
    return contextFiles.ignore();
  }

  /** Every COPY/ADD/bind-mount source in file order. */
  public List<CopySource> copySources() {
    return List.copyOf(sources);
  }

  /** The stage's files just before step {@code stepIndex} runs, including that step's RUN bind/cache mounts. */
  public StageFiles filesBefore(Stage stage, int stepIndex) {
    StageFiles base = before.get(stage.index()).get(stepIndex);
    Instruction ins = stage.steps().get(stepIndex).instruction();
    if (ins instanceof Instruction.Run run && !run.mounts().isEmpty()) {
      StageFiles.Builder b = new StageFiles.Builder(base);
      applyMounts(new ArrayList<>(), stage, stepIndex, run, b);
      return b.build();
    }
    return base;
  }

  /**
   * Whether an absolute path exists in stage {@code stageIndex} just before its instruction
   * {@code stepIndex} (0-based, counting the instructions after FROM) runs.
   */
  public Presence presence(int stageIndex, int stepIndex, String absPath) {
    Stage s = dockerfile.stages().get(stageIndex);
    return filesBefore(s, stepIndex).presence(absPath);
  }

  /** The context file (relative to the scan root) that a COPY/ADD/bind mount put at that path, if any. */
  public Optional<String> contextSourceOf(int stageIndex, int stepIndex, String absPath) {
    Stage s = dockerfile.stages().get(stageIndex);
    return filesBefore(s, stepIndex).origin(absPath)
        .filter(o -> (o.kind() == FileOrigin.Kind.CONTEXT || o.kind() == FileOrigin.Kind.BIND_MOUNT) && o.from().isEmpty())
        .map(o -> contextFiles.scanPath(o.source()));
  }

  /** The stage's files after its last instruction. */
  public StageFiles filesAfter(Stage stage) {
    return after.get(stage.index());
  }

  private void analyse(Stage stage) {
    StageFiles start = stage.baseStage().isPresent() && after.containsKey(stage.baseStage().getAsInt())
        ? after.get(stage.baseStage().getAsInt()) : StageFiles.empty();
    StageFiles.Builder b = new StageFiles.Builder(start);
    List<StageFiles> snapshots = new ArrayList<>();
    for (int i = 0; i < stage.steps().size(); i++) {
      Stage.Step step = stage.steps().get(i);
      snapshots.add(b.build());
      Instruction ins = step.instruction();
      if (ins instanceof Instruction.Copy c) {
        applyCopy(sources, stage, i, ins, c.sources(), c.dest(), c.inlineSources(), c.from(), c.parents(), c.excludes(), b);
      } else if (ins instanceof Instruction.Add a) {
        applyCopy(sources, stage, i, ins, a.sources(), a.dest(), a.inlineSources(), "", false, a.excludes(), b);
      } else if (ins instanceof Instruction.Run r && !r.mounts().isEmpty()) {
        // resolve the mount sources once (for GMD418); their files exist only during this RUN
        applyMounts(sources, stage, i, r, new StageFiles.Builder(b.build()));
      }
    }
    before.put(stage.index(), snapshots);
    after.put(stage.index(), b.build());
  }

  private static boolean isUrl(String s) {
    return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("git@") || s.startsWith("git://");
  }

  private static boolean unresolved(StageState st, String raw, String expanded) {
    return !st.resolves(raw) || expanded.isEmpty();
  }

  private void applyCopy(List<CopySource> out, Stage stage, int i, Instruction ins, List<String> rawSources, String rawDest,
      List<Heredoc> inline, String rawFrom, boolean parents, List<String> excludes, StageFiles.Builder b) {
    StageState st = stage.steps().get(i).before();
    String dest = st.expand(rawDest);
    String destAbs = PosixPath.resolve(st.workdir(), dest);
    int count = rawSources.size() + inline.size();
    boolean anyWildcard = rawSources.stream().anyMatch(GoGlob::hasMeta);
    boolean destIsDir = dest.endsWith("/") || dest.equals(".") || dest.equals("..") || count > 1 || anyWildcard
        || b.files.subMap(destAbs + "/", destAbs + "/\uffff").size() > 0;
    int line = ins.line();
    for (Heredoc h : inline) {
      b.put(destIsDir ? destAbs + "/" + h.name() : destAbs, new FileOrigin(FileOrigin.Kind.HEREDOC, h.name(), "", line, ""));
    }
    String from = st.expand(rawFrom);
    DockerIgnore exclude = excludesOf(excludes, st);
    for (String raw : rawSources) {
      String src = st.expand(raw);
      if (!from.isEmpty()) {
        copyFromElsewhere(out, stage, i, ins, raw, src, from, destAbs, destIsDir, b);
        continue;
      }
      if (isUrl(src)) {
        out.add(new CopySource(stage, i, ins, raw, src, CopySource.Resolution.NOT_CONTEXT, List.of(), ""));
        String name = src.replaceAll("[?#].*$", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        if (destIsDir) {
          b.unknown(destAbs);
        } else {
          b.put(destAbs, new FileOrigin(FileOrigin.Kind.URL, src, "", line, ""));
        }
        continue;
      }
      if (unresolved(st, raw, src)) {
        out.add(new CopySource(stage, i, ins, raw, src, CopySource.Resolution.UNRESOLVED, List.of(), ""));
        b.unknown(destIsDir ? destAbs : PosixPath.clean(destAbs + "/.."));
        continue;
      }
      copyFromContext(out, stage, i, ins, raw, src, contextFiles, "", destAbs, destIsDir, parents, exclude, b);
    }
  }

  private DockerIgnore excludesOf(List<String> excludes, StageState st) {
    if (excludes.isEmpty()) {
      return DockerIgnore.none();
    }
    StringBuilder sb = new StringBuilder();
    for (String e : excludes) {
      sb.append(st.expand(e)).append('\n');
    }
    try {
      return DockerIgnore.parse("--exclude", sb.toString());
    } catch (DockerIgnore.SyntaxError e) {
      return DockerIgnore.none();
    }
  }

  private void copyFromContext(List<CopySource> out, Stage stage, int i, Instruction ins, String raw, String src, ContextFiles ctx,
      String fromName, String destAbs, boolean destIsDir, boolean parents, DockerIgnore exclude,
      StageFiles.Builder b) {
    String rel = ContextFiles.normalize(src);
    List<String> matches = GoGlob.hasMeta(rel) ? ctx.glob(rel) : (ctx.exists(rel) ? List.of(rel) : List.of());
    boolean named = !fromName.isEmpty();
    if (matches.isEmpty()) {
      Optional<String> output = named ? Optional.empty()
          : context.origin() == BuildContext.Origin.GORELEASER
              ? Optional.of("an artifact " + context.declaredIn() + " puts in the context")
              : buildOutputs.reason(ctx.scanPath(rel), raw, stage.steps().get(i).before());
      if (output.isPresent()) {
        out.add(new CopySource(stage, i, ins, raw, src, CopySource.Resolution.BUILD_OUTPUT, List.of(), output.get()));
        b.unknown(destIsDir ? destAbs : PosixPath.clean(destAbs + "/.."));
      } else {
        out.add(new CopySource(stage, i, ins, raw, src, CopySource.Resolution.MISSING, List.of(), ""));
      }
      return;
    }
    // an explicitly named source that .dockerignore hides is "not found" for BuildKit
    List<String> visible = matches.stream().filter(m -> named || ctx.ignoredBy(m).isEmpty()
        || hasVisibleFileUnder(ctx, m)).toList();
    if (visible.isEmpty()) {
      out.add(new CopySource(stage, i, ins, raw, src, CopySource.Resolution.IGNORED, matches,
          ctx.ignoredByText(matches.get(0))));
    } else {
      out.add(new CopySource(stage, i, ins, raw, src, CopySource.Resolution.FOUND, matches, ""));
    }
    FileOrigin.Kind kind = FileOrigin.Kind.CONTEXT;
    for (String m : matches) {
      boolean dir = ctx.isDir(m) && !ctx.isFile(m);
      for (String f : ctx.filesUnder(m)) {
        String inSource = dir ? (m.equals(".") ? f : f.substring(m.length() + 1)) : f.substring(f.lastIndexOf('/') + 1);
        if (exclude.excludes(inSource) || exclude.excludes(f)) {
          continue;
        }
        String target;
        if (parents) {
          target = destAbs + "/" + f;
        } else if (dir) {
          target = destAbs + "/" + inSource;
        } else {
          target = destIsDir ? destAbs + "/" + inSource : destAbs;
        }
        String ignoredBy = named ? "" : ctx.ignoredByText(f);
        b.put(target, new FileOrigin(kind, f, fromName, ins.line(), ignoredBy));
      }
    }
  }

  private static boolean hasVisibleFileUnder(ContextFiles ctx, String rel) {
    if (!ctx.isDir(rel)) {
      return false;
    }
    for (String f : ctx.filesUnder(rel)) {
      if (ctx.ignoredBy(f).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private void copyFromElsewhere(List<CopySource> out, Stage stage, int i, Instruction ins, String raw, String src, String from,
      String destAbs, boolean destIsDir, StageFiles.Builder b) {
    Optional<Stage> other = dockerfile.stage(from);
    String unknownAt = destIsDir ? destAbs : destAbs;
    if (other.isPresent() && other.get().index() != stage.index() && after.containsKey(other.get().index())) {
      out.add(new CopySource(stage, i, ins, raw, src, CopySource.Resolution.NOT_CONTEXT, List.of(), ""));
      StageFiles theirs = after.get(other.get().index());
      String srcAbs = PosixPath.resolve("/", src);
      boolean copied = false;
      if (!GoGlob.hasMeta(srcAbs)) {
        FileOrigin exact = theirs.all().get(srcAbs);
        if (exact != null) {
          String name = srcAbs.substring(srcAbs.lastIndexOf('/') + 1);
          b.put(destIsDir ? destAbs + "/" + name : destAbs, new FileOrigin(FileOrigin.Kind.STAGE, srcAbs,
              other.get().displayName(), ins.line(), exact.ignoredBy()));
          copied = true;
        } else {
          for (Map.Entry<String, FileOrigin> e : theirs.under(srcAbs).entrySet()) {
            String relPath = srcAbs.equals("/") ? e.getKey().substring(1) : e.getKey().substring(srcAbs.length() + 1);
            b.put(destAbs + "/" + relPath, new FileOrigin(FileOrigin.Kind.STAGE, e.getKey(), other.get().displayName(),
                ins.line(), e.getValue().ignoredBy()));
            copied = true;
          }
        }
      }
      if (!copied || theirs.unknownCovers(srcAbs)) {
        b.unknown(unknownAt);
      }
      return;
    }
    String namedDir = context.namedContexts().get(from);
    if (namedDir != null && other.isEmpty()) {
      copyFromContext(out, stage, i, ins, raw, src, namedContextFiles.apply(namedDir), from, destAbs, destIsDir, false,
          DockerIgnore.none(), b);
      return;
    }
    out.add(new CopySource(stage, i, ins, raw, src, CopySource.Resolution.NOT_CONTEXT, List.of(), ""));
    b.unknown(unknownAt);
  }

  private void applyMounts(List<CopySource> out, Stage stage, int i, Instruction.Run run, StageFiles.Builder b) {
    StageState st = stage.steps().get(i).before();
    for (Mount m : run.mounts()) {
      String target = st.expand(m.target());
      if (target.isEmpty() && !m.type().equals("secret") && !m.type().equals("ssh")) {
        continue;
      }
      String targetAbs = PosixPath.resolve(st.workdir(), target);
      switch (m.type()) {
        case "bind" -> {
          String from = st.expand(m.from());
          String source = m.source().isEmpty() ? "." : m.source();
          String src = st.expand(source);
          StageFiles.Builder tmp = new StageFiles.Builder(StageFiles.empty());
          if (from.isEmpty()) {
            if (unresolved(st, source, src)) {
              out.add(new CopySource(stage, i, run, source, src, CopySource.Resolution.UNRESOLVED, List.of(), ""));
              b.clear(targetAbs);
              b.unknown(targetAbs);
              continue;
            }
            String rel = ContextFiles.normalize(src);
            boolean dir = contextFiles.isDir(rel) && !contextFiles.isFile(rel);
            copyFromContext(out, stage, i, run, source, src, contextFiles, "", targetAbs, dir, false, DockerIgnore.none(),
                tmp);
          } else {
            copyFromElsewhere(out, stage, i, run, source, src, from, targetAbs, true, tmp);
          }
          b.clear(targetAbs);
          StageFiles mounted = tmp.build();
          mounted.all().forEach((k, v) -> b.put(k, new FileOrigin(FileOrigin.Kind.BIND_MOUNT, v.source(), v.from(),
              v.line(), v.ignoredBy())));
          mounted.unknownDirs().forEach(b::unknown);
        }
        case "cache", "tmpfs" -> {
          b.clear(targetAbs);
          b.unknown(targetAbs);
        }
        case "secret" -> {
          String id = m.option("id");
          String t = target.isEmpty() ? "/run/secrets/" + (id.isEmpty() ? "" : id) : targetAbs;
          if (!t.endsWith("/")) {
            b.put(t, new FileOrigin(FileOrigin.Kind.SECRET, id, "", run.line(), ""));
          }
        }
        default -> {
          // ssh mounts provide a socket, not files the go command reads
        }
      }
    }
  }
}
