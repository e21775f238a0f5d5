package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.DockerProject;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.FindingSink;

/**
 * A Dockerfile rule that looks at every Dockerfile of the scan with its build context
 * ({@link DockerProject}: parse results, stages, COPY sources, stage files, .dockerignore).
 */
public interface DockerProjectRule extends Rule {

  void check(DockerProject project, FindingSink sink);
}
