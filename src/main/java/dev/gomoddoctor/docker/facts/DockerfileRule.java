package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.FindingSink;

/** A Go-aware Dockerfile rule: asks questions of one Dockerfile's facts and reports findings. */
public interface DockerfileRule extends Rule {

  void check(DockerfileFacts facts, FindingSink sink);
}
