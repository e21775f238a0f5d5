package dev.gomoddoctor.docker.model;

import java.util.List;
import java.util.Optional;

/**
 * A parsed Dockerfile: BuildKit's AST, the ARGs before the first FROM, and the stages.
 *
 * @param metaArgs the ARG instructions before the first FROM
 * @param metaArgValues their values after expansion (plus BuildKit's built-in platform args)
 */
public record Dockerfile(DockerfileAst ast, List<Instruction.Arg> metaArgs,
    java.util.Map<String, String> metaArgValues, List<Stage> stages) {

  public Dockerfile {
    metaArgs = List.copyOf(metaArgs);
    metaArgValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metaArgValues));
    stages = List.copyOf(stages);
  }

  /** A stage by AS name (case-insensitive) or index, as {@code --from} and {@code FROM} refer to it. */
  public Optional<Stage> stage(String nameOrIndex) {
    String n = nameOrIndex.toLowerCase(java.util.Locale.ROOT);
    for (Stage s : stages) {
      if (!s.name().isEmpty() && s.name().equals(n)) {
        return Optional.of(s);
      }
    }
    if (n.matches("\\d+")) {
      try {
        int i = Integer.parseInt(n);
        if (i < stages.size()) {
          return Optional.of(stages.get(i));
        }
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  public char escapeToken() {
    return ast.escapeToken();
  }
}
