package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.docker.image.BaseImage;
import dev.gomoddoctor.docker.image.ImageCatalog;
import dev.gomoddoctor.docker.model.AstNode;
import dev.gomoddoctor.docker.model.Dockerfile;
import dev.gomoddoctor.docker.model.DockerfileAst;
import dev.gomoddoctor.docker.model.ImageDefaults;
import dev.gomoddoctor.docker.model.Instruction;
import dev.gomoddoctor.docker.model.Stage;
import dev.gomoddoctor.docker.model.Heredoc;
import dev.gomoddoctor.docker.parser.ShellLex;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.docker.shell.PackageInstall;
import dev.gomoddoctor.docker.shell.RunScript;
import dev.gomoddoctor.docker.shell.ShellCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a parsed Dockerfile once, stage by stage, and records for every instruction the state the
 * Go-aware rules ask about: WORKDIR, USER, ENV/ARG values (over the base image's defaults), tools
 * installed so far, cache mounts, what each RUN's script does and what each COPY brings.
 */
public final class FactsBuilder {

  /** BuildKit's automatic platform ARGs: defined in the global scope, values unknown statically. */
  static final Set<String> PLATFORM_ARGS = Set.of("BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
      "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE");

  private final DockerfileAst ast;
  private final ShellLex lex;
  private final String[] physical;

  private FactsBuilder(String text, DockerfileAst ast) {
    this.ast = ast;
    this.lex = ShellLex.standard(ast.escapeToken());
    this.physical = text.split("\n", -1);
  }

  /**
   * The stages of a Dockerfile model (docker-parse's stage model: base images, WORKDIR, USER,
   * ENV and ARG at every instruction), with the Go-relevant state added.
   */
  public static List<StageFacts> stages(String text, Dockerfile model) {
    return new FactsBuilder(text, model.ast()).run(model);
  }

  /** Mutable Go-relevant state while walking one stage. */
  private static final class Walk {
    boolean git;
    boolean cc;
    boolean glibcCompat;
    Map<String, String> goEnvWrites = new LinkedHashMap<>();
    boolean safeDirectory;
    Map<String, String> users = new LinkedHashMap<>();
    Set<String> rootDirs = new LinkedHashSet<>();
    Map<String, String> ownedDirs = new LinkedHashMap<>();
    boolean windowsShell;
    /** ARG names declared in this stage, with or without a value. */
    Set<String> declaredArgs = new LinkedHashSet<>();

    StageState snapshot(dev.gomoddoctor.docker.model.StageState m) {
      Set<String> args = new LinkedHashSet<>(m.args().keySet());
      args.addAll(declaredArgs);
      return new StageState(m.workdir(), m.user(), m.expansionEnv(), m.env().keySet(), args, git, cc,
          glibcCompat, goEnvWrites, safeDirectory, users, rootDirs, ownedDirs);
    }

    static Walk of(StageState s) {
      Walk w = new Walk();
      w.git = s.gitInstalled();
      w.cc = s.ccInstalled();
      w.glibcCompat = s.glibcCompat();
      w.goEnvWrites = new LinkedHashMap<>(s.goEnvWrites());
      w.safeDirectory = s.safeDirectory();
      w.users = new LinkedHashMap<>(s.users());
      w.rootDirs = new LinkedHashSet<>(s.rootDirs());
      w.ownedDirs = new LinkedHashMap<>(s.ownedDirs());
      return w;
    }
  }

  private List<StageFacts> run(Dockerfile model) {
    List<StageFacts> out = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();
    for (Stage st : model.stages()) {
      Optional<Integer> parent = st.baseStage().isPresent() ? Optional.of(st.baseStage().getAsInt()) : Optional.empty();
      BaseImage image;
      Walk w;
      if (parent.isPresent()) {
        image = out.get(parent.get()).image();
        w = Walk.of(out.get(parent.get()).finalState());
      } else {
        image = st.baseResolved() ? ImageCatalog.describe(st.baseImageExpanded()) : BaseImage.unknown(Optional.empty());
        w = new Walk();
      }
      List<dev.gomoddoctor.docker.model.StageState> befores = new ArrayList<>();
      st.steps().forEach(x -> befores.add(x.before()));
      befores.add(st.end());
      StageState initial = w.snapshot(befores.get(0));
      List<Step> steps = new ArrayList<>();
      for (int k = 0; k < st.steps().size(); k++) {
        steps.add(step(k, st.steps().get(k).instruction(), befores.get(k), befores.get(k + 1), w, names, st.index()));
      }
      Optional<String> name = st.name().isEmpty() ? Optional.empty() : Optional.of(st.name());
      AstNode from = st.from().node();
      out.add(new StageFacts(st.index(), name, from.startLine(), from.column(), st.baseImage(), st.baseImageExpanded(),
          st.baseResolved(), parent, image, st.platform().isEmpty() ? Optional.empty() : Optional.of(st.platform()),
          initial, steps));
      name.ifPresent(n -> names.putIfAbsent(n, st.index()));
    }
    return out;
  }

  private Step step(int index, Instruction ins, dev.gomoddoctor.docker.model.StageState m,
      dev.gomoddoctor.docker.model.StageState after, Walk w, Map<String, Integer> names, int stageIndex) {
    StageState before = w.snapshot(m);
    AstNode n = ins.node();
    String kw = n.command();
    List<String> args = new ArrayList<>();
    Optional<RunScript> run = Optional.empty();
    List<Mount> mounts = new ArrayList<>();
    Optional<CopyInfo> copy = Optional.empty();
    if (ins instanceof Instruction.Env env) {
      for (Instruction.KeyValue kv : env.pairs()) {
        String key = m.expand(kv.key());
        args.add(key);
        args.add(after.env().getOrDefault(key, m.expand(kv.value())));
      }
    } else if (ins instanceof Instruction.Arg arg) {
      for (Instruction.ArgDef d : arg.args()) {
        w.declaredArgs.add(d.key());
        args.add(d.key());
        args.add(after.args().getOrDefault(d.key(), ""));
      }
    } else if (ins instanceof Instruction.Workdir wd) {
      if (w.ownedDirs.get(after.workdir()) == null && before.isRoot()) {
        w.rootDirs.add(after.workdir());
      }
      args.add(after.workdir());
    } else if (ins instanceof Instruction.User) {
      args.add(after.user());
    } else if (ins instanceof Instruction.Shell sh) {
      String all = String.join(" ", sh.shell()).toLowerCase(Locale.ROOT);
      w.windowsShell = all.contains("powershell") || all.contains("pwsh") || all.contains("cmd");
      args.addAll(sh.shell());
    } else if (ins instanceof Instruction.Run r) {
      for (dev.gomoddoctor.docker.model.Mount mt : r.mounts()) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", mt.type());
        mt.options().forEach((k, v) -> fields.put(k, m.expand(v)));
        if (!mt.target().isEmpty()) {
          fields.put("target", ImagePaths.resolve(m.workdir(), m.expand(mt.target())));
        }
        if (!mt.source().isEmpty()) {
          fields.put("source", m.expand(mt.source()));
        }
        if (!mt.from().isEmpty()) {
          fields.put("from", m.expand(mt.from()));
        }
        mounts.add(new Mount(mt.type(), fields));
      }
      if (!w.windowsShell) {
        RunScript script = script(r, before);
        run = Optional.of(script);
        apply(script, w, before);
      }
      args.addAll(r.command());
    } else if (ins instanceof Instruction.Copy c) {
      copy = Optional.of(copyInfo(false, c.sources(), c.dest(), c.from(), c.chown(), !c.inlineSources().isEmpty(), m,
          names, stageIndex));
      args.addAll(n.args());
    } else if (ins instanceof Instruction.Add a) {
      copy = Optional.of(copyInfo(true, a.sources(), a.dest(), "", a.chown(), !a.inlineSources().isEmpty(), m,
          names, stageIndex));
      args.addAll(n.args());
    } else {
      args.addAll(n.args());
    }
    copy.flatMap(CopyInfo::chown).ifPresent(o -> w.ownedDirs.put(ImagePaths.clean(copyDest(w, m, n)), o));
    return new Step(index, kw, n.startLine(), n.column(), before, w.snapshot(after), n.flags(), args, n.args(), source(n), run, mounts, copy);
  }

  private static String source(AstNode n) {
    StringBuilder sb = new StringBuilder(n.original());
    for (Heredoc h : n.heredocs()) {
      sb.append('\n').append(h.content());
    }
    return sb.toString();
  }

  private static String copyDest(Walk w, dev.gomoddoctor.docker.model.StageState m, AstNode n) {
    List<String> a = n.args();
    return a.isEmpty() ? m.workdir() : ImagePaths.resolve(m.workdir(), m.expand(a.get(a.size() - 1)));
  }

  private CopyInfo copyInfo(boolean add, List<String> rawSources, String rawDest, String rawFrom, String rawChown,
      boolean heredoc, dev.gomoddoctor.docker.model.StageState m, Map<String, Integer> names, int stageIndex) {
    Optional<String> from = rawFrom == null || rawFrom.isEmpty() ? Optional.empty() : Optional.of(m.expand(rawFrom));
    Optional<Integer> fromStage = from.flatMap(f -> stageRef(f, names, stageIndex));
    Optional<String> chown = rawChown == null || rawChown.isEmpty() ? Optional.empty() : Optional.of(m.expand(rawChown));
    List<String> sources = rawSources.stream().map(m::expand).toList();
    String dest = m.expand(rawDest == null ? "" : rawDest);
    String resolved = ImagePaths.resolve(m.workdir(), dest);
    if ((dest.endsWith("/") || dest.equals(".") || dest.equals("./") || dest.isEmpty()) && !resolved.endsWith("/")) {
      resolved = resolved + "/";
    }
    return new CopyInfo(add, from, fromStage, sources, resolved, chown, heredoc);
  }

  /** A {@code --from}/{@code from=} value naming an earlier stage by name or index. */
  static Optional<Integer> stageRef(String ref, Map<String, Integer> names, int current) {
    Integer byName = names.get(ref.toLowerCase(Locale.ROOT));
    if (byName != null) {
      return Optional.of(byName);
    }
    if (ref.matches("\\d+")) {
      try {
        int idx = Integer.parseInt(ref);
        return idx < current ? Optional.of(idx) : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The RUN's shell text with line offsets, analysed with the stage's variables. */
  private RunScript script(Instruction.Run r, StageState st) {
    AstNode n = r.node();
    Map<String, String> env = new HashMap<>(st.vars());
    env.putIfAbsent("HOME", DockerfileFacts.home(st));
    java.util.function.Function<String, Optional<String>> lookup = k -> Optional.ofNullable(env.get(k));
    if (!r.shellForm()) {
      StringBuilder sb = new StringBuilder();
      for (String a : r.command()) {
        sb.append('\'').append(a.replace("'", "'\\''")).append("' ");
      }
      // exec form: no shell, so no variable expansion
      return RunScript.analyze(sb.toString(), k -> Optional.empty());
    }
    String cmd = n.args().isEmpty() ? "" : n.args().get(0);
    if (!n.heredocs().isEmpty()) {
      Heredoc h = n.heredocs().get(0);
      String first = cmd.trim();
      int offset = Math.max(0, h.startLine() - n.startLine());
      String body = h.effectiveContent();
      String padded = "\n".repeat(offset) + body;
      if (first.matches("\\d*<<-?\\S+") || first.matches("(/bin/|/usr/bin/)?(ba|da|a)?sh( -[a-z]+)* <<-?\\S+")) {
        return RunScript.analyze(padded, lookup);
      }
      // heredocs used as stdin of a command: keep the command with its here-document
      StringBuilder sb = new StringBuilder(cmd).append('\n');
      for (Heredoc d : n.heredocs()) {
        sb.append(d.effectiveContent()).append(d.name()).append('\n');
      }
      return RunScript.analyze(sb.toString(), lookup);
    }
    return RunScript.analyze(physicalScript(n, cmd), lookup);
  }

  /**
   * The RUN text with its physical line breaks, so commands get their own lines: the lines of the
   * instruction with the keyword and flags removed, comment lines inside the continuation turned
   * into empty continuations (BuildKit drops them). Falls back to the joined text when the two do
   * not agree.
   */
  private String physicalScript(AstNode n, String joined) {
    if (ast.escapeToken() != '\\' || n.startLine() < 1 || n.endLine() > physical.length) {
      return joined;
    }
    StringBuilder sb = new StringBuilder();
    for (int l = n.startLine(); l <= n.endLine(); l++) {
      String line = physical[l - 1];
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (l > n.startLine() && (line.trim().startsWith("#") || line.trim().isEmpty())) {
        sb.append("\\\n");
        continue;
      }
      sb.append(line).append('\n');
    }
    String all = sb.toString();
    // drop the keyword and flags: the script starts where the joined command starts
    String key = joined.strip();
    if (key.isEmpty()) {
      return joined;
    }
    String firstWord = key.split("\\s+", 2)[0];
    int start = indexAfterFlags(all, firstWord);
    if (start < 0) {
      return joined;
    }
    String script = all.substring(start);
    String norm1 = script.replace("\\\n", "").replaceAll("\\s+", "");
    String norm2 = joined.replaceAll("\\s+", "");
    if (!norm1.equals(norm2)) {
      return joined;
    }
    // keep the line count before the script start (the keyword's own line is 0)
    int linesBefore = (int) all.substring(0, start).chars().filter(c -> c == '\n').count();
    return "\n".repeat(linesBefore) + script.stripTrailing();
  }

  private static int indexAfterFlags(String all, String firstWord) {
    int i = 0;
    // skip the keyword
    while (i < all.length() && Character.isWhitespace(all.charAt(i))) {
      i++;
    }
    while (i < all.length() && !Character.isWhitespace(all.charAt(i))) {
      i++;
    }
    while (true) {
      while (i < all.length() && (Character.isWhitespace(all.charAt(i))
          || (all.charAt(i) == '\\' && i + 1 < all.length() && all.charAt(i + 1) == '\n'))) {
        i++;
      }
      if (all.startsWith("--", i) && !all.startsWith(firstWord, i)) {
        while (i < all.length() && !Character.isWhitespace(all.charAt(i))) {
          i++;
        }
        continue;
      }
      return all.startsWith(firstWord, i) ? i : -1;
    }
  }

  /** What a RUN changes in the stage: installed tools, go env -w, git config, users, dirs. */
  private void apply(RunScript s, Walk w, StageState st) {
    for (PackageInstall p : s.installs()) {
      w.git |= p.installsGit();
      w.cc |= p.installsCCompiler();
      w.glibcCompat |= p.installsGlibcCompat();
    }
    for (ShellCommand c : s.gitConfigs()) {
      if (c.argValues().stream().anyMatch(a -> a.equals("safe.directory"))) {
        w.safeDirectory = true;
      }
    }
    for (GoInvocation g : s.goCommands()) {
      w.goEnvWrites.putAll(g.envWrites());
      if (g.sub().equals("env") && g.hasFlag("u")) {
        g.args().forEach(w.goEnvWrites::remove);
      }
    }
    for (ShellCommand c : s.commands()) {
      List<String> a = c.argValues();
      switch (c.baseName()) {
        case "useradd", "adduser" -> user(c, a, w);
        case "mkdir" -> {
          if (st.isRoot()) {
            a.stream().filter(x -> x.startsWith("/")).forEach(x -> w.rootDirs.add(ImagePaths.stripSlash(x)));
          }
        }
        case "chown" -> {
          List<String> ops = a.stream().filter(x -> !x.startsWith("-")).toList();
          if (ops.size() >= 2) {
            for (String p : ops.subList(1, ops.size())) {
              w.ownedDirs.put(ImagePaths.clean(ImagePaths.resolve(st.workdir(), p)), ops.get(0));
            }
          }
        }
        case "chmod" -> {
          List<String> ops = a.stream().filter(x -> !x.startsWith("-")).toList();
          if (ops.size() >= 2 && ops.get(0).matches("0?[0-7]?77[0-7]|a\\+rwx|a\\+w|o\\+w|ugo\\+rwx")) {
            for (String p : ops.subList(1, ops.size())) {
              w.ownedDirs.put(ImagePaths.clean(ImagePaths.resolve(st.workdir(), p)), "*");
            }
          }
        }
        default -> { }
      }
    }
  }

  /** useradd/adduser: the user's home, "" when it is not created. */
  private static void user(ShellCommand c, List<String> a, Walk w) {
    boolean debianUseradd = c.baseName().equals("useradd");
    boolean createHome = !debianUseradd;
    String home = null;
    String name = null;
    for (int i = 0; i < a.size(); i++) {
      String x = a.get(i);
      switch (x) {
        case "-m", "--create-home" -> createHome = true;
        case "-M", "--no-create-home", "-H" -> createHome = false;
        case "-d", "--home-dir", "--home", "-h" -> home = i + 1 < a.size() ? a.get(++i) : null;
        case "-u", "--uid", "-g", "--gid", "-G", "--groups", "-s", "--shell", "-c", "--comment", "-k", "-K",
            "--ingroup", "--gecos", "-e", "-f", "-p" -> i++;
        default -> {
          if (!x.startsWith("-")) {
            name = x;
          }
        }
      }
      if (x.equals("-D") && !debianUseradd) {
        createHome = true;
      }
    }
    if (name == null) {
      return;
    }
    String h = home != null ? home : "/home/" + name;
    w.users.put(name, createHome ? h : "");
    // remember the uid too, so USER 1000 finds the entry
    for (int i = 0; i + 1 < a.size(); i++) {
      if (a.get(i).equals("-u") || a.get(i).equals("--uid")) {
        w.users.put(a.get(i + 1), createHome ? h : "");
      }
    }
  }

}
