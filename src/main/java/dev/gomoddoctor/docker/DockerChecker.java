package dev.gomoddoctor.docker;

import dev.gomoddoctor.docker.rules.CopyOfMissingFile;
import dev.gomoddoctor.docker.rules.DockerProjectRule;
import dev.gomoddoctor.docker.rules.DockerfileSyntax;
import dev.gomoddoctor.docker.rules.DockerignoreHidesNeededFile;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks Dockerfiles and their build contexts. */
public final class DockerChecker implements Checker {

  @Override
  public String name() {
    return "docker";
  }

  /** Rules over the parsed Dockerfiles and their build contexts (parser, .dockerignore, COPY sources). */
  private static List<DockerProjectRule> projectRules() {
    return List.of(new DockerfileSyntax(), new DockerignoreHidesNeededFile(), new CopyOfMissingFile());
  }

  @Override
  public List<Rule> rules() {
    List<Rule> all = new ArrayList<>(projectRules());
    return List.copyOf(all);
  }

  @Override
  public Optional<String> skipReason(ScanContext ctx) {
    boolean any = ctx.files().files().stream()
        .anyMatch(p -> DockerfileNames.isDockerfile(p.substring(p.lastIndexOf('/') + 1)));
    return any ? Optional.empty() : Optional.of("no Dockerfile");
  }

  @Override
  public void check(ScanContext ctx, FindingSink sink) {
    List<DockerProjectRule> enabled = projectRules().stream().filter(sink::isEnabled).toList();
    if (!enabled.isEmpty()) {
      DockerProject project = DockerProject.of(ctx);
      for (DockerProjectRule r : enabled) {
        r.check(project, sink);
      }
    }
  }
}
