package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.docker.image.BaseImage;
import dev.gomoddoctor.docker.image.ImageCatalog;
import dev.gomoddoctor.docker.model.AstNode;
import dev.gomoddoctor.docker.model.DockerfileAst;
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

  public static List<StageFacts> stages(String text, DockerfileAst ast) {
    return new FactsBuilder(text, ast).run();
  }

  /** Mutable per-stage state while walking. */
  private static final class Walk {
    String workdir = "/";
    String user = "";
    Map<String, String> vars = new LinkedHashMap<>();
    Set<String> envSet = new LinkedHashSet<>();
    Set<String> argSet = new LinkedHashSet<>();
    boolean git;
    boolean cc;
    boolean glibcCompat;
    Map<String, String> goEnvWrites = new LinkedHashMap<>();
    boolean safeDirectory;
    Map<String, String> users = new LinkedHashMap<>();
    Set<String> rootDirs = new LinkedHashSet<>();
    Map<String, String> ownedDirs = new LinkedHashMap<>();
    boolean windowsShell;

    boolean isRootUser() {
      String u = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
      return u.isEmpty() || u.equals("root") || u.equals("0");
    }

    StageState snapshot() {
      return new StageState(workdir, user, vars, envSet, argSet, git, cc, glibcCompat, goEnvWrites, safeDirectory,
          users, rootDirs, ownedDirs);
    }

    static Walk of(StageState s) {
      Walk w = new Walk();
      w.workdir = s.workdir();
      w.user = s.user();
      w.vars = new LinkedHashMap<>(s.vars());
      w.envSet = new LinkedHashSet<>(s.envSet());
      w.git = s.gitInstalled();
      w.cc = s.ccInstalled();
      w.glibcCompat = s.glibcCompat();
      w.goEnvWrites = new LinkedHashMap<>(s.goEnvWrites());
      w.safeDirectory = s.safeDirectory();
      w.users = new LinkedHashMap<>(s.users());
      w.rootDirs = new LinkedHashSet<>(s.rootDirs());
      w.ownedDirs = new LinkedHashMap<>(s.ownedDirs());
      // ARGs do not carry over into a child stage; ENV does
      for (String a : s.argSet()) {
        if (!s.envSet().contains(a)) {
          w.vars.remove(a);
        }
      }
      return w;
    }
  }

  private List<StageFacts> run() {
    Map<String, String> globalArgs = new LinkedHashMap<>();
    List<StageFacts> stages = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();
    int i = 0;
    List<AstNode> nodes = ast.nodes();
    while (i < nodes.size() && !nodes.get(i).command().equals("from")) {
      AstNode n = nodes.get(i++);
      if (n.command().equals("arg")) {
        for (String a : n.args()) {
          int eq = a.indexOf('=');
          String k = eq < 0 ? a : a.substring(0, eq);
          String v = eq < 0 ? null : expand(a.substring(eq + 1), globalArgs);
          if (v != null) {
            globalArgs.put(k, v);
          } else {
            globalArgs.putIfAbsent(k, null);
          }
        }
      }
    }
    while (i < nodes.size()) {
      AstNode from = nodes.get(i++);
      List<AstNode> body = new ArrayList<>();
      while (i < nodes.size() && !nodes.get(i).command().equals("from")) {
        body.add(nodes.get(i++));
      }
      StageFacts s = stage(stages.size(), from, body, globalArgs, stages, names);
      s.name().ifPresent(n -> names.putIfAbsent(n.toLowerCase(Locale.ROOT), s.index()));
      stages.add(s);
    }
    return stages;
  }

  private StageFacts stage(int index, AstNode from, List<AstNode> body, Map<String, String> globalArgs,
      List<StageFacts> earlier, Map<String, Integer> names) {
    List<String> a = from.args();
    String raw = a.isEmpty() ? "" : a.get(0);
    Optional<String> name = a.size() >= 3 && a.get(1).equalsIgnoreCase("as") ? Optional.of(a.get(2)) : Optional.empty();
    Map<String, String> fromEnv = new HashMap<>();
    globalArgs.forEach((k, v) -> {
      if (v != null) {
        fromEnv.put(k, v);
      }
    });
    String expanded = expand(raw, fromEnv);
    boolean resolved = expanded != null && !unresolved(raw, fromEnv);
    String fromText = expanded == null ? raw : expanded;
    Optional<String> platform = flag(from.flags(), "platform");
    Optional<Integer> parent = Optional.ofNullable(names.get(fromText.toLowerCase(Locale.ROOT)));
    BaseImage image;
    Walk w;
    if (parent.isPresent()) {
      StageFacts p = earlier.get(parent.get());
      image = p.image();
      w = Walk.of(p.finalState());
    } else {
      image = resolved ? ImageCatalog.describe(fromText) : BaseImage.unknown(Optional.empty());
      w = new Walk();
      w.vars.putAll(image.env());
      if (image.isGolang()) {
        w.workdir = ImageCatalog.GOLANG_GOPATH;
      }
    }
    StageState initial = w.snapshot();
    List<Step> steps = new ArrayList<>();
    for (AstNode n : body) {
      steps.add(step(steps.size(), n, w, globalArgs, names, index));
    }
    return new StageFacts(index, name, from.startLine(), from.column(), raw, fromText, resolved, parent, image,
        platform, initial, steps);
  }

  private Step step(int index, AstNode n, Walk w, Map<String, String> globalArgs, Map<String, Integer> names,
      int stageIndex) {
    StageState before = w.snapshot();
    String kw = n.command();
    List<String> args = new ArrayList<>();
    Optional<RunScript> run = Optional.empty();
    List<Mount> mounts = new ArrayList<>();
    Optional<CopyInfo> copy = Optional.empty();
    switch (kw) {
      case "env" -> {
        List<String> a = n.args();
        for (int k = 0; k + 1 < a.size(); k += 3) {
          String key = a.get(k);
          String v = Optional.ofNullable(expand(a.get(k + 1), w.vars)).orElse(a.get(k + 1));
          w.vars.put(key, v);
          w.envSet.add(key);
          args.add(key);
          args.add(v);
        }
      }
      case "arg" -> {
        for (String s : n.args()) {
          int eq = s.indexOf('=');
          String key = eq < 0 ? s : s.substring(0, eq);
          String v = eq < 0 ? globalArgs.get(key) : expand(s.substring(eq + 1), w.vars);
          w.argSet.add(key);
          args.add(key);
          args.add(v == null ? "" : v);
          if (w.envSet.contains(key)) {
            continue; // ENV wins over ARG
          }
          if (v != null) {
            w.vars.put(key, v);
          } else {
            w.vars.remove(key);
          }
        }
      }
      case "workdir" -> {
        String d = n.args().isEmpty() ? "" : Optional.ofNullable(expand(n.args().get(0), w.vars)).orElse(n.args().get(0));
        w.workdir = ImagePaths.resolve(w.workdir, d);
        if (!w.ownedDirs.containsKey(w.workdir) && w.isRootUser()) {
          w.rootDirs.add(w.workdir);
        }
        args.add(w.workdir);
      }
      case "user" -> {
        String u = n.args().isEmpty() ? "" : Optional.ofNullable(expand(n.args().get(0), w.vars)).orElse(n.args().get(0));
        w.user = u;
        args.add(u);
      }
      case "shell" -> {
        String sh = String.join(" ", n.args()).toLowerCase(Locale.ROOT);
        w.windowsShell = sh.contains("powershell") || sh.contains("pwsh") || sh.contains("cmd");
        args.addAll(n.args());
      }
      case "run" -> {
        for (String f : n.flags()) {
          if (f.startsWith("--mount=")) {
            String v = Optional.ofNullable(expand(f.substring("--mount=".length()), w.vars))
                .orElse(f.substring("--mount=".length()));
            Mount m = Mount.parse(v);
            if (m.target().isPresent()) {
              Map<String, String> fields = new LinkedHashMap<>(m.fields());
              fields.put("target", ImagePaths.resolve(w.workdir, m.target().get()));
              m = new Mount(m.type(), fields);
            }
            mounts.add(m);
          }
        }
        if (!w.windowsShell) {
          RunScript script = script(n, w);
          run = Optional.of(script);
          apply(script, w);
        }
        args.addAll(n.args());
      }
      case "copy", "add" -> {
        copy = Optional.of(copyInfo(n, w, names, stageIndex));
        CopyInfo c = copy.get();
        if (c.chown().isPresent()) {
          w.ownedDirs.put(ImagePaths.stripSlash(c.dest()), c.chown().get());
        }
        args.addAll(n.args());
      }
      default -> args.addAll(n.args());
    }
    return new Step(index, kw, n.startLine(), n.column(), before, w.snapshot(), n.flags(), args, run, mounts, copy);
  }

  private CopyInfo copyInfo(AstNode n, Walk w, Map<String, Integer> names, int stageIndex) {
    Optional<String> from = flag(n.flags(), "from").map(f -> Optional.ofNullable(expand(f, w.vars)).orElse(f));
    Optional<Integer> fromStage = from.flatMap(f -> stageRef(f, names, stageIndex));
    Optional<String> chown = flag(n.flags(), "chown").map(f -> Optional.ofNullable(expand(f, w.vars)).orElse(f));
    List<String> words = new ArrayList<>();
    for (String s : n.args()) {
      words.add(Optional.ofNullable(expand(s, w.vars)).orElse(s));
    }
    boolean heredoc = !n.heredocs().isEmpty();
    String dest = words.isEmpty() ? w.workdir : words.get(words.size() - 1);
    String resolved = ImagePaths.resolve(w.workdir, dest);
    if ((dest.endsWith("/") || dest.equals(".") || dest.equals("./")) && !resolved.endsWith("/")) {
      resolved = resolved + "/";
    }
    List<String> sources = words.isEmpty() ? List.of() : words.subList(0, words.size() - 1);
    return new CopyInfo(n.command().equals("add"), from, fromStage, sources, resolved, chown, heredoc);
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
  private RunScript script(AstNode n, Walk w) {
    Map<String, String> env = new HashMap<>(w.vars);
    env.putIfAbsent("HOME", home(w));
    java.util.function.Function<String, Optional<String>> lookup = k -> Optional.ofNullable(env.get(k));
    if (n.json()) {
      StringBuilder sb = new StringBuilder();
      for (String a : n.args()) {
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
  private void apply(RunScript s, Walk w) {
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
          if (w.isRootUser()) {
            a.stream().filter(x -> x.startsWith("/")).forEach(x -> w.rootDirs.add(ImagePaths.stripSlash(x)));
          }
        }
        case "chown" -> {
          List<String> ops = a.stream().filter(x -> !x.startsWith("-")).toList();
          if (ops.size() >= 2) {
            for (String p : ops.subList(1, ops.size())) {
              w.ownedDirs.put(ImagePaths.stripSlash(ImagePaths.resolve(w.workdir, p)), ops.get(0));
            }
          }
        }
        case "chmod" -> {
          List<String> ops = a.stream().filter(x -> !x.startsWith("-")).toList();
          if (ops.size() >= 2 && ops.get(0).matches("0?[0-7]?77[0-7]|a\\+rwx|a\\+w|o\\+w|ugo\\+rwx")) {
            for (String p : ops.subList(1, ops.size())) {
              w.ownedDirs.put(ImagePaths.stripSlash(ImagePaths.resolve(w.workdir, p)), "*");
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

  /**
   * HOME as the runtime sets it when ENV does not: the user's passwd entry, {@code /} when the uid
   * has none (opencontainers/runc).
   */
  static String home(Walk w) {
    String u = w.user.contains(":") ? w.user.substring(0, w.user.indexOf(':')) : w.user;
    if (u.isEmpty() || u.equals("root") || u.equals("0")) {
      return "/root";
    }
    String h = w.users.get(u);
    if (h != null) {
      return h.isEmpty() ? "/home/" + u : h;
    }
    return switch (u) {
      case "nobody", "65534" -> "/nonexistent";
      default -> "/";
    };
  }

  private static Optional<String> flag(List<String> flags, String name) {
    String p = "--" + name + "=";
    for (String f : flags) {
      if (f.startsWith(p)) {
        return Optional.of(f.substring(p.length()));
      }
    }
    return Optional.empty();
  }

  /** Expands a word as BuildKit does; null when it does not lex. */
  private String expand(String word, Map<String, String> env) {
    try {
      return lex.processWord(word, env);
    } catch (ShellLex.ShellSyntaxException e) {
      return null;
    }
  }

  /** True when a variable the word uses has no value (an ARG without default). */
  private static boolean unresolved(String word, Map<String, String> env) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)(:?[-+])?").matcher(word);
    while (m.find()) {
      if (!env.containsKey(m.group(1)) && m.group(2) == null) {
        return true;
      }
    }
    return false;
  }
}
