package dev.gomoddoctor.docker.context;

import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.docker.model.PosixPath;
import dev.gomoddoctor.scan.FileIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Build contexts that the project declares, keyed by Dockerfile path (relative to the scan root):
 * {@code .gomod-doctor.yaml} {@code docker:} entries, then goreleaser's {@code dockers:}, then
 * compose files' {@code build:}, then CI
 * workflows' {@code docker build -f X CTX} and {@code docker/build-push-action} steps. The first
 * declaration of a Dockerfile wins within the same kind; kinds are applied in that precedence,
 * Makefile recipes' {@code docker build} commands last.
 */
public final class DeclaredContexts {
  private static final Pattern COMPOSE_NAME = Pattern.compile("(docker-)?compose([.-][^/]*)?\\.ya?ml");
  private static final Pattern GORELEASER_NAME = Pattern.compile("\\.?goreleaser\\.ya?ml");
  private static final Pattern MAKEFILE_NAME = Pattern.compile("(GNUmakefile|[Mm]akefile|.+\\.mk)");
  private static final Pattern WORKFLOW = Pattern.compile("(.*/)?\\.github/workflows/[^/]+\\.ya?ml");
  private static final java.util.Set<String> VALUE_FLAGS = java.util.Set.of("-t", "--tag", "--build-arg", "--platform",
      "--target", "--label", "--cache-from", "--cache-to", "-o", "--output", "--secret", "--ssh", "--progress",
      "--network", "--iidfile", "--metadata-file", "--builder", "--allow", "--attest", "--annotation", "--shm-size",
      "--ulimit", "--add-host", "--cgroup-parent", "--isolation", "-m", "--memory", "--cpu-shares", "--cpuset-cpus",
      "--call", "--sbom", "--provenance", "--build-context", "-f", "--file");

  private final Map<String, BuildContext> byDockerfile;

  private DeclaredContexts(Map<String, BuildContext> byDockerfile) {
    this.byDockerfile = Map.copyOf(byDockerfile);
  }

  public java.util.Optional<BuildContext> forDockerfile(String dockerfile) {
    return java.util.Optional.ofNullable(byDockerfile.get(dockerfile));
  }

  public Map<String, BuildContext> all() {
    return byDockerfile;
  }

  /** Reads the declarations; unreadable or malformed compose/workflow files are skipped. */
  public static DeclaredContexts find(FileIndex files, Config config) {
    Map<String, BuildContext> out = new LinkedHashMap<>();
    String configName = config.source().map(p -> p.getFileName().toString()).orElse(".gomod-doctor.yaml");
    for (Config.DockerTarget t : config.docker()) {
      String df = rel(t.dockerfile());
      String ctx = rel(t.context() == null || t.context().isEmpty() ? FileIndex.parentOf(df) : t.context());
      out.putIfAbsent(df, new BuildContext(ctx, BuildContext.Origin.CONFIG, configName, Map.of(), t.args()));
    }
    Map<String, BuildContext> goreleaser = new LinkedHashMap<>();
    Map<String, BuildContext> compose = new LinkedHashMap<>();
    Map<String, BuildContext> workflows = new LinkedHashMap<>();
    List<String> goreleaserFiles = new ArrayList<>();
    List<String> composeFiles = new ArrayList<>();
    List<String> workflowFiles = new ArrayList<>();
    Map<String, BuildContext> makefiles = new LinkedHashMap<>();
    for (String f : files.files()) {
      String name = f.substring(f.lastIndexOf('/') + 1);
      if (MAKEFILE_NAME.matcher(name).matches()) {
        readMakefile(files, f, makefiles);
      } else if (GORELEASER_NAME.matcher(name).matches()) {
        goreleaserFiles.add(f);
      } else if (COMPOSE_NAME.matcher(name).matches()) {
        composeFiles.add(f);
      } else if (WORKFLOW.matcher(f).matches()) {
        workflowFiles.add(f);
      }
    }
    if (!goreleaserFiles.isEmpty() || !composeFiles.isEmpty() || !workflowFiles.isEmpty()) {
      // Jackson is loaded only when there is YAML to read (start-up time of plain text scans)
      YamlDeclarations.read(files, goreleaserFiles, composeFiles, workflowFiles, goreleaser, compose, workflows);
    }
    goreleaser.forEach(out::putIfAbsent);
    compose.forEach(out::putIfAbsent);
    workflows.forEach(out::putIfAbsent);
    makefiles.forEach(out::putIfAbsent);
    return new DeclaredContexts(out);
  }

  /**
   * {@code docker build} commands in a Makefile's recipes, relative to the Makefile's directory
   * (make runs recipes there). Commands whose context or -f names a make variable are skipped.
   */
  private static void readMakefile(FileIndex files, String makefile, Map<String, BuildContext> out) {
    String text;
    try {
      text = java.nio.file.Files.readString(files.resolve(makefile));
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return; // a Makefile the doctor cannot read only means one declaration fewer
    }
    StringBuilder recipes = new StringBuilder();
    for (String line : text.replace("\\\r\n", " ").replace("\\\n", " ").split("\n")) {
      if (line.startsWith("\t")) {
        recipes.append(line.substring(1).replaceFirst("^[@+-]+", "")).append('\n');
      }
    }
    readDockerBuildCommands(makefile, FileIndex.parentOf(makefile), recipes.toString(), out);
  }

  static String rel(String p) {
    String c = PosixPath.clean("/" + p.replace('\\', '/'));
    return c.equals("/") ? "" : c.substring(1);
  }

  static String join(String base, String p) {
    if (p.startsWith("/")) {
      return rel(p);
    }
    return rel(base.isEmpty() ? p : base + "/" + p);
  }

  /** {@code docker build}, {@code docker buildx build}, {@code docker image build} in a run script. */
  static void readDockerBuildCommands(String file, String base, String script, Map<String, BuildContext> out) {
    String joined = script.replace("\\\r\n", " ").replace("\\\n", " ");
    for (String line : joined.split("\n|&&|\\|\\||;")) {
      List<String> words = shellWords(line);
      int i = words.indexOf("docker");
      if (i < 0) {
        continue;
      }
      int j = i + 1;
      if (j < words.size() && (words.get(j).equals("buildx") || words.get(j).equals("image"))) {
        j++;
      }
      if (j >= words.size() || !words.get(j).equals("build")) {
        continue;
      }
      String dockerfile = null;
      String context = null;
      Map<String, String> named = new HashMap<>();
      Map<String, String> args = new HashMap<>();
      for (int k = j + 1; k < words.size(); k++) {
        String w = words.get(k);
        String value = null;
        String flag = w;
        if (w.startsWith("--") && w.contains("=")) {
          flag = w.substring(0, w.indexOf('='));
          value = w.substring(w.indexOf('=') + 1);
        } else if (w.startsWith("-f") && w.length() > 2 && !w.startsWith("--")) {
          flag = "-f";
          value = w.substring(2);
        } else if (VALUE_FLAGS.contains(w) && k + 1 < words.size()) {
          value = words.get(++k);
        }
        if (flag.equals("-f") || flag.equals("--file")) {
          dockerfile = value;
        } else if (flag.equals("--build-arg") && value != null) {
          putBuildArg(value, args);
        } else if (flag.equals("--build-context") && value != null) {
          String[] kv = value.split("=", 2);
          if (kv.length == 2) {
            named.put(kv[0], kv[1]);
          }
        } else if (!w.startsWith("-")) {
          context = w;
        }
      }
      if (context == null || context.contains("$") || context.contains("://") || context.equals("-")
          || (dockerfile != null && (dockerfile.contains("$") || dockerfile.equals("-")))) {
        continue;
      }
      String ctx = join(base, context);
      String df = dockerfile == null ? join(ctx, "Dockerfile") : join(base, dockerfile);
      Map<String, String> namedRel = new HashMap<>();
      named.forEach((k, v) -> {
        if (!v.contains("://") && !v.startsWith("docker-image:") && !v.contains("$")) {
          namedRel.put(k, join(base, v));
        }
      });
      out.putIfAbsent(df, new BuildContext(ctx, BuildContext.Origin.WORKFLOW, file, namedRel, args));
    }
  }

  /**
   * One {@code NAME=value} build arg. A value taken from the environment ({@code --build-arg NAME})
   * or holding a variable or template ({@code $X}, {@code ${{ }}}, {@code {{ }}}) is unknown here
   * and left out: the Dockerfile's default stands in for it, as when no declaration exists.
   */
  static void putBuildArg(String nameValue, Map<String, String> out) {
    int eq = nameValue.indexOf('=');
    if (eq <= 0) {
      return;
    }
    String value = nameValue.substring(eq + 1);
    if (value.contains("$") || value.contains("{{")) {
      return;
    }
    out.put(nameValue.substring(0, eq).trim(), value);
  }

  /** Simple shell word splitting: quotes group, backslash escapes. */
  static List<String> shellWords(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean in = false;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        in = true;
      } else if (c == '\\' && i + 1 < s.length()) {
        w.append(s.charAt(++i));
        in = true;
      } else if (Character.isWhitespace(c)) {
        if (in) {
          out.add(w.toString());
          w.setLength(0);
          in = false;
        }
      } else {
        w.append(c);
        in = true;
      }
    }
    if (in) {
      out.add(w.toString());
    }
    return out;
  }
}
