package dev.gomoddoctor.docker.context;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gomoddoctor.scan.FileIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The YAML side of {@link DeclaredContexts}: goreleaser configs, compose files and GitHub workflows. */
final class YamlDeclarations {
  private YamlDeclarations() {}

  static void read(FileIndex files, List<String> goreleaserFiles, List<String> composeFiles, List<String> workflowFiles,
      Map<String, BuildContext> goreleaser, Map<String, BuildContext> compose, Map<String, BuildContext> workflows) {
    // build-arg values as written: GO_VERSION: 1.20 must stay "1.20", not the double 1.2
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    for (String f : goreleaserFiles) {
      JsonNode root = tree(yaml, files, f);
      if (root != null) {
        readGoreleaser(f, root, goreleaser);
      }
    }
    for (String f : composeFiles) {
      JsonNode root = tree(yaml, files, f);
      if (root != null) {
        readCompose(f, root, compose);
      }
    }
    for (String f : workflowFiles) {
      JsonNode root = tree(yaml, files, f);
      if (root != null) {
        String repoRoot = f.contains(".github/") ? f.substring(0, f.indexOf(".github/")) : "";
        readWorkflow(f, DeclaredContexts.rel(repoRoot), root, workflows);
      }
    }
  }

  /** The parsed file, or null when it cannot be read or is not YAML (it is skipped). */
  private static JsonNode tree(ObjectMapper yaml, FileIndex files, String f) {
    try {
      return yaml.readTree(Files.readString(files.resolve(f)));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * goreleaser's {@code dockers} and {@code dockers_v2} entries: each builds its {@code dockerfile}
   * (default {@code Dockerfile}, relative to the config's directory) in a context goreleaser
   * assembles from the built artifacts and {@code extra_files}.
   */
  private static void readGoreleaser(String file, JsonNode root, Map<String, BuildContext> out) {
    String base = FileIndex.parentOf(file);
    for (String key : List.of("dockers", "dockers_v2")) {
      JsonNode entries = root.get(key);
      if (entries == null || !entries.isArray()) {
        continue;
      }
      for (JsonNode e : entries) {
        String dockerfile = e.hasNonNull("dockerfile") ? e.get("dockerfile").asText() : "Dockerfile";
        if (dockerfile.contains("{{")) {
          continue;
        }
        Map<String, String> args = new HashMap<>();
        // dockers: build_flag_templates [--build-arg=K=V]; dockers_v2: build_args {K: V}
        JsonNode flags = e.get("build_flag_templates");
        if (flags != null && flags.isArray()) {
          for (JsonNode f : flags) {
            String flag = f.asText();
            if (flag.startsWith("--build-arg=")) {
              DeclaredContexts.putBuildArg(flag.substring("--build-arg=".length()), args);
            }
          }
        }
        readArgs(e.get("build_args"), args);
        out.putIfAbsent(DeclaredContexts.join(base, dockerfile),
            new BuildContext(base, BuildContext.Origin.GORELEASER, file, Map.of(), args));
      }
    }
  }

  private static void readCompose(String file, JsonNode root, Map<String, BuildContext> out) {
    JsonNode services = root.get("services");
    if (services == null || !services.isObject()) {
      return;
    }
    String base = FileIndex.parentOf(file);
    for (Iterator<JsonNode> it = services.elements(); it.hasNext(); ) {
      JsonNode build = it.next().get("build");
      if (build == null) {
        continue;
      }
      String context = ".";
      String dockerfile = "Dockerfile";
      Map<String, String> named = new HashMap<>();
      Map<String, String> args = new HashMap<>();
      if (build.isTextual()) {
        context = build.asText();
      } else if (build.isObject()) {
        if (build.hasNonNull("context")) {
          context = build.get("context").asText();
        }
        if (build.hasNonNull("dockerfile")) {
          dockerfile = build.get("dockerfile").asText();
        }
        readArgs(build.get("args"), args);
        JsonNode extra = build.get("additional_contexts");
        if (extra != null && extra.isObject()) {
          extra.fields().forEachRemaining(e -> named.put(e.getKey(), e.getValue().asText()));
        } else if (extra != null && extra.isArray()) {
          extra.forEach(e -> {
            String[] kv = e.asText().split("=", 2);
            if (kv.length == 2) {
              named.put(kv[0], kv[1]);
            }
          });
        }
      } else {
        continue;
      }
      if (context.contains("://") || context.contains("${") || dockerfile.contains("${")) {
        continue;
      }
      String ctx = DeclaredContexts.join(base, context);
      Map<String, String> namedRel = new HashMap<>();
      named.forEach((k, v) -> {
        if (!v.contains("://") && !v.startsWith("docker-image:") && !v.startsWith("service:")) {
          namedRel.put(k, DeclaredContexts.join(base, v));
        }
      });
      out.putIfAbsent(DeclaredContexts.join(ctx, dockerfile),
          new BuildContext(ctx, BuildContext.Origin.COMPOSE, file, namedRel, args));
    }
  }

  private static void readWorkflow(String file, String repoRoot, JsonNode root, Map<String, BuildContext> out) {
    JsonNode jobs = root.get("jobs");
    if (jobs == null || !jobs.isObject()) {
      return;
    }
    for (Iterator<JsonNode> it = jobs.elements(); it.hasNext(); ) {
      JsonNode job = it.next();
      JsonNode steps = job.get("steps");
      if (steps == null || !steps.isArray()) {
        continue;
      }
      String jobDir = textAt(job, "defaults", "run", "working-directory");
      for (JsonNode step : steps) {
        String cwd = step.hasNonNull("working-directory") ? step.get("working-directory").asText() : jobDir;
        String base = cwd == null || cwd.contains("${{") ? repoRoot : DeclaredContexts.join(repoRoot, cwd);
        if (step.hasNonNull("uses") && step.get("uses").asText().startsWith("docker/build-push-action")) {
          JsonNode with = step.get("with");
          String context = with != null && with.hasNonNull("context") ? with.get("context").asText() : ".";
          String dockerfile = with != null && with.hasNonNull("file") ? with.get("file").asText() : null;
          if (context.contains("${{") || context.contains("://") || (dockerfile != null && dockerfile.contains("${{"))) {
            continue;
          }
          String ctx = DeclaredContexts.join(repoRoot, context);
          String df = dockerfile == null ? DeclaredContexts.join(ctx, "Dockerfile") : DeclaredContexts.join(repoRoot, dockerfile);
          Map<String, String> args = new HashMap<>();
          if (with != null && with.hasNonNull("build-args")) {
            // a newline- (or comma-) separated list of NAME=value
            for (String line : with.get("build-args").asText().split("[\n,]")) {
              DeclaredContexts.putBuildArg(line.trim(), args);
            }
          }
          out.putIfAbsent(df, new BuildContext(ctx, BuildContext.Origin.WORKFLOW, file, Map.of(), args));
        }
        if (step.hasNonNull("run")) {
          DeclaredContexts.readDockerBuildCommands(file, base, step.get("run").asText(), out);
        }
      }
    }
  }

  /** Build args as a mapping ({@code NAME: value}) or a list ({@code - NAME=value}). */
  private static void readArgs(JsonNode node, Map<String, String> out) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getValue().isValueNode() && !e.getValue().isNull()) {
          DeclaredContexts.putBuildArg(e.getKey() + "=" + e.getValue().asText(), out);
        }
      });
    } else if (node.isArray()) {
      node.forEach(e -> DeclaredContexts.putBuildArg(e.asText(), out));
    }
  }

  private static String textAt(JsonNode n, String... path) {
    JsonNode c = n;
    for (String p : path) {
      if (c == null) {
        return null;
      }
      c = c.get(p);
    }
    return c == null || c.isNull() ? null : c.asText();
  }

}
