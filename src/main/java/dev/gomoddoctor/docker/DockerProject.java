package dev.gomoddoctor.docker;

import dev.gomoddoctor.docker.context.BuildContext;
import dev.gomoddoctor.docker.context.BuildOutputs;
import dev.gomoddoctor.docker.context.ContextFiles;
import dev.gomoddoctor.docker.context.DeclaredContexts;
import dev.gomoddoctor.docker.context.DockerBuild;
import dev.gomoddoctor.docker.ignore.DockerIgnore;
import dev.gomoddoctor.docker.ignore.GitIgnore;
import dev.gomoddoctor.docker.image.ImageCatalog;
import dev.gomoddoctor.docker.model.Dockerfile;
import dev.gomoddoctor.docker.model.ImageDefaults;
import dev.gomoddoctor.docker.model.Instruction;
import dev.gomoddoctor.docker.model.Mount;
import dev.gomoddoctor.docker.model.Stage;
import dev.gomoddoctor.docker.parser.DockerfileSyntaxException;
import dev.gomoddoctor.docker.parser.Dockerfiles;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.docker.shell.RunScript;
import dev.gomoddoctor.docker.shell.ShellCommand;
import dev.gomoddoctor.scan.FileIndex;
import dev.gomoddoctor.scan.ScanContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every Dockerfile of the scan, parsed once and tied to its build context: the shared fact the
 * Dockerfile rules ask for with {@link #of(ScanContext)}.
 */
public record DockerProject(List<Entry> dockerfiles) {

  public DockerProject {
    dockerfiles = List.copyOf(dockerfiles);
  }

  /**
   * One Dockerfile: its build (when it parses), or why it does not.
   *
   * @param path relative to the scan root
   * @param syntaxError BuildKit's parse error, when the file does not parse
   * @param unreadable why the file could not be read
   * @param ignoreError a .dockerignore that Docker would refuse (its path, line and message)
   */
  public record Entry(String path, Optional<DockerBuild> build, Optional<DockerfileSyntaxException> syntaxError,
      Optional<String> unreadable, Optional<String> ignoreError) {}

  /** Computed once per scan; the first checker to ask pays. */
  public static DockerProject of(ScanContext ctx) {
    return ctx.facts().get(DockerProject.class, () -> compute(ctx, ImageCatalog.DEFAULTS));
  }

  public List<DockerBuild> builds() {
    return dockerfiles.stream().flatMap(e -> e.build().stream()).toList();
  }

  static DockerProject compute(ScanContext ctx, ImageDefaults images) {
    FileIndex index = ctx.files();
    List<String> paths = index.matching(p -> DockerfileNames.isDockerfile(p.substring(p.lastIndexOf('/') + 1)));
    if (paths.isEmpty()) {
      // no compose/workflow/Makefile/.gitignore reading (nor Jackson) for a project without Dockerfiles
      return new DockerProject(List.of());
    }
    DeclaredContexts declared = DeclaredContexts.find(index, ctx.config());
    List<Entry> out = new ArrayList<>();
    Map<String, ContextFiles> namedCache = new HashMap<>();
    BuildOutputs buildOutputs = new BuildOutputs(gitIgnore(index));
    for (String path : paths) {
      String text;
      try {
        text = new String(Files.readAllBytes(index.resolve(path)), StandardCharsets.UTF_8);
      } catch (IOException e) {
        out.add(new Entry(path, Optional.empty(), Optional.empty(), Optional.of(String.valueOf(e.getMessage())),
            Optional.empty()));
        continue;
      }
      Optional<BuildContext> declaredContext = declared.forDockerfile(path);
      Dockerfile df;
      try {
        df = Dockerfiles.parse(text, declaredContext.map(BuildContext::buildArgs).orElse(Map.of()), images);
      } catch (DockerfileSyntaxException e) {
        out.add(new Entry(path, Optional.empty(), Optional.of(e), Optional.empty(), Optional.empty()));
        continue;
      }
      BuildContext bc = declaredContext.orElseGet(() -> infer(index, path, df));
      String[] ignoreError = new String[1];
      DockerIgnore ignore = dockerignoreFor(index, path, bc.dir(), ignoreError);
      ContextFiles files = contextFiles(index, bc.dir(), ignore);
      DockerBuild build = new DockerBuild(path, df, bc, files,
          dir -> namedCache.computeIfAbsent(dir, d -> contextFiles(index, d, DockerIgnore.none())), buildOutputs);
      out.add(new Entry(path, Optional.of(build), Optional.empty(), Optional.empty(),
          Optional.ofNullable(ignoreError[0])));
    }
    return new DockerProject(out);
  }

  /** The tree's .gitignore files; one that cannot be read counts as empty (it only quiets GMD418). */
  static GitIgnore gitIgnore(FileIndex index) {
    Map<String, String> texts = new HashMap<>();
    for (String path : index.matching(p -> p.equals(".gitignore") || p.endsWith("/.gitignore"))) {
      try {
        texts.put(FileIndex.parentOf(path), Files.readString(index.resolve(path), StandardCharsets.UTF_8));
      } catch (IOException | java.io.UncheckedIOException e) {
        // not ours to report: a .gitignore the doctor cannot read only makes GMD418 stricter
      }
    }
    return texts.isEmpty() ? GitIgnore.none() : GitIgnore.of(texts);
  }

  /** {@code <Dockerfile>.dockerignore} beside the Dockerfile wins over the context's {@code .dockerignore}. */
  static DockerIgnore dockerignoreFor(FileIndex index, String dockerfile, String contextDir, String[] error) {
    String specific = dockerfile + ".dockerignore";
    String general = contextDir.isEmpty() ? ".dockerignore" : contextDir + "/.dockerignore";
    for (String candidate : List.of(specific, general)) {
      if (index.contains(candidate)) {
        try {
          return DockerIgnore.parse(candidate, Files.readString(index.resolve(candidate), StandardCharsets.UTF_8));
        } catch (DockerIgnore.SyntaxError e) {
          error[0] = candidate + ":" + e.line() + ": " + e.getMessage();
          return DockerIgnore.none();
        } catch (IOException | java.io.UncheckedIOException e) {
          error[0] = candidate + ": " + e.getMessage();
          return DockerIgnore.none();
        }
      }
    }
    return DockerIgnore.none();
  }

  /** The files of a context directory, plus a {@code .git} at its root that the scan's walk skips. */
  static ContextFiles contextFiles(FileIndex index, String dir, DockerIgnore ignore) {
    List<String> files = new ArrayList<>();
    int cut = dir.isEmpty() ? 0 : dir.length() + 1;
    for (String f : index.under(dir)) {
      files.add(f.substring(cut));
    }
    Path git = index.resolve(dir.isEmpty() ? ".git" : dir + "/.git");
    if (Files.isDirectory(git)) {
      for (String name : List.of("HEAD", "config")) {
        if (Files.exists(git.resolve(name))) {
          files.add(".git/" + name);
        }
      }
    } else if (Files.isRegularFile(git)) {
      files.add(".git");
    }
    return new ContextFiles(dir, files, ignore, index.resolve(dir.isEmpty() ? "." : dir).normalize());
  }

  /**
   * The nearest directory, from the Dockerfile's own up to the scan root, in which all its
   * COPY/ADD/bind-mount sources exist, and the relative directories its RUNs enter or build;
   * when none has them all, the one with the most evidence: the sources and directories that
   * exist there, plus the sources that name the Dockerfile's own directory as seen from
   * there ({@code COPY clients/fluent-bit/fluent-bit.conf} in clients/fluent-bit/Dockerfile is
   * written for the scan root, even when the file is absent).
   */
  static BuildContext infer(FileIndex index, String dockerfile, Dockerfile df) {
    List<String> sources = new ArrayList<>();
    java.util.Set<String> dirHints = new java.util.LinkedHashSet<>();
    for (Stage s : df.stages()) {
      for (Stage.Step step : s.steps()) {
        Instruction ins = step.instruction();
        List<String> raw = new ArrayList<>();
        if (ins instanceof Instruction.Copy c && c.from().isEmpty()) {
          raw.addAll(c.sources());
        } else if (ins instanceof Instruction.Add a) {
          raw.addAll(a.sources());
        } else if (ins instanceof Instruction.Run r) {
          if (r.shellForm()) {
            directoryHints(RunScript.analyze(r.script()), dirHints);
          }
          for (Mount m : r.mounts()) {
            if (m.type().equals("bind") && m.from().isEmpty() && !m.source().isEmpty()) {
              raw.add(m.source());
            }
          }
        }
        for (String r : raw) {
          String e = step.before().expand(r);
          if (e.isEmpty() || !step.before().resolves(r) || e.contains("://") || e.startsWith("git@")) {
            continue;
          }
          sources.add(ContextFiles.normalize(e));
        }
      }
    }
    String dockerfileDir = FileIndex.parentOf(dockerfile);
    String dir = dockerfileDir;
    String best = dir;
    int bestCount = -1;
    while (true) {
      ContextFiles files = contextFiles(index, dir, DockerIgnore.none());
      int found = 0;
      for (String s : sources) {
        boolean wildcard = s.contains("*") || s.contains("?") || s.contains("[");
        if (wildcard ? !files.glob(s).isEmpty() : files.exists(s)) {
          found++;
        }
      }
      int hinted = 0;
      for (String h : dirHints) {
        if (files.isDir(h)) {
          hinted++;
        }
      }
      if (found == sources.size() && hinted == dirHints.size()) {
        best = dir;
        break;
      }
      int evidence = found + hinted + namingTheDockerfileDir(sources, dockerfileDir, dir);
      if (evidence > bestCount) {
        bestCount = evidence;
        best = dir;
      }
      if (dir.isEmpty()) {
        break;
      }
      dir = FileIndex.parentOf(dir);
    }
    return new BuildContext(best, BuildContext.Origin.INFERRED, "", Map.of());
  }

  /**
   * Relative directories a RUN goes into or builds ({@code cd interop/xds/server},
   * {@code go build ./cmd/logql-analyzer/}): written for the context, so they exist in it.
   */
  private static void directoryHints(RunScript script, java.util.Set<String> out) {
    for (ShellCommand c : script.commands()) {
      if (c.baseName().equals("cd") && c.argValues().size() == 1) {
        addHint(c.argValues().get(0), out);
      }
    }
    for (GoInvocation g : script.goCommands()) {
      for (String a : g.args()) {
        if (a.startsWith("./")) {
          addHint(a, out);
        }
      }
    }
  }

  private static void addHint(String path, java.util.Set<String> out) {
    String p = path.endsWith("/...") ? path.substring(0, path.length() - 4) : path;
    if (p.isEmpty() || p.startsWith("/") || p.startsWith("~") || p.startsWith("-") || p.contains("$")
        || p.contains("*")) {
      return;
    }
    String rel = ContextFiles.normalize(p);
    if (!rel.equals(".") && !p.startsWith("..") && !rel.endsWith(".go")) {
      out.add(rel);
    }
  }

  /** How many sources start with the Dockerfile's directory as seen from a candidate context above it. */
  private static int namingTheDockerfileDir(List<String> sources, String dockerfileDir, String candidate) {
    if (candidate.equals(dockerfileDir)) {
      return 0;
    }
    String below = candidate.isEmpty() ? dockerfileDir : dockerfileDir.substring(candidate.length() + 1);
    int n = 0;
    for (String s : sources) {
      if (s.startsWith(below + "/")) {
        n++;
      }
    }
    return n;
  }
}
