package dev.gomoddoctor.docker;

import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import java.util.List;

/** Checks Dockerfiles and their build contexts. */
public final class DockerChecker implements Checker {

  @Override
  public String name() {
    return "docker";
  }

  @Override
  public List<Rule> rules() {
    return List.of();
  }

  @Override
  public void check(ScanContext ctx, FindingSink sink) {
    // rules are added by the docker checker's own issue
  }
}
