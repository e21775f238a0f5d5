package dev.gomoddoctor.docker.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole file as BuildKit's parser returns it: directives, the escape token in force, the
 * instructions in order, and its warnings (e.g. empty continuation lines).
 */
public record DockerfileAst(List<Directive> directives, char escapeToken, List<AstNode> nodes, List<String> warnings) {

  public DockerfileAst {
    directives = List.copyOf(directives);
    nodes = List.copyOf(nodes);
    warnings = List.copyOf(warnings);
  }

  public Optional<Directive> directive(String name) {
    return directives.stream().filter(d -> d.name().equals(name)).findFirst();
  }
}
