package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.docker.DockerProject;
import dev.gomoddoctor.docker.DockerfileNames;
import dev.gomoddoctor.docker.context.DockerBuild;
import dev.gomoddoctor.docker.model.Dockerfile;
import dev.gomoddoctor.docker.parser.Dockerfiles;
import dev.gomoddoctor.docker.parser.DockerfileSyntaxException;
import dev.gomoddoctor.scan.FileIndex;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the Go-aware Dockerfile rules: for every Dockerfile of the scan that parses, builds its
 * facts once and hands them to each rule. Files that do not parse are left to GMD400.
 */
public final class GoDockerAnalysis {
  private GoDockerAnalysis() {}

  /** Every Dockerfile of the scan, built into facts (parse failures are skipped). */
  public static List<DockerfileFacts> facts(ScanContext ctx) {
    List<DockerfileFacts> out = new ArrayList<>();
    for (String path : ctx.files().files()) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (!DockerfileNames.isDockerfile(name)) {
        continue;
      }
      String text;
      try {
        text = new String(Files.readAllBytes(ctx.files().resolve(path)), StandardCharsets.UTF_8);
      } catch (IOException e) {
        continue; // the parser's side reports unreadable Dockerfiles
      }
      facts(ctx, path, text).ifPresent(out::add);
    }
    return out;
  }

  /** Facts of one Dockerfile given its text; empty when it does not parse. */
  public static Optional<DockerfileFacts> facts(ScanContext ctx, String path, String text) {
    Optional<DockerBuild> build = DockerProject.of(ctx).builds().stream()
        .filter(b -> b.dockerfilePath().equals(path))
        .findFirst();
    // the --build-arg values a compose file, workflow or the config builds this Dockerfile with
    Map<String, String> buildArgs = build.map(b -> b.context().buildArgs()).orElse(Map.of());
    Dockerfile model;
    try {
      model = Dockerfiles.parse(text, buildArgs, FactsBuilder.IMAGE_DEFAULTS);
    } catch (DockerfileSyntaxException e) {
      return Optional.empty(); // GMD400's business
    }
    List<StageFacts> stages = FactsBuilder.stages(text, model);
    if (stages.isEmpty()) {
      return Optional.empty();
    }
    String dir = FileIndex.parentOf(path);
    Optional<BuiltModule> module = Modules.forDockerfile(ctx, dir);
    return Optional.of(DockerfileFacts.of(path, dir, stages, module, Set.of(), stageFiles(build), ctx));
  }

  /** The build-context model's answers for this Dockerfile (docker.context), or UNKNOWN without one. */
  private static StageFiles stageFiles(Optional<DockerBuild> build) {
    return build
        .<StageFiles>map(b -> new StageFiles() {
          @Override
          public dev.gomoddoctor.docker.image.Presence at(int stageIndex, int stepIndex, String absolutePath) {
            return switch (b.presence(stageIndex, stepIndex, absolutePath)) {
              case PRESENT -> dev.gomoddoctor.docker.image.Presence.YES;
              // excluded by .dockerignore is as absent for the go command as never copied
              case ABSENT, IGNORED -> dev.gomoddoctor.docker.image.Presence.NO;
              case UNKNOWN -> dev.gomoddoctor.docker.image.Presence.UNKNOWN;
            };
          }

          @Override
          public Optional<String> sourceOf(int stageIndex, int stepIndex, String absolutePath) {
            return b.contextSourceOf(stageIndex, stepIndex, absolutePath);
          }
        })
        .orElse(StageFiles.UNKNOWN);
  }

  public static void run(ScanContext ctx, List<DockerfileRule> rules, FindingSink sink) {
    List<DockerfileRule> enabled = rules.stream().filter(sink::isEnabled).toList();
    if (enabled.isEmpty()) {
      return;
    }
    for (DockerfileFacts f : facts(ctx)) {
      for (DockerfileRule r : enabled) {
        r.check(f, sink);
      }
    }
  }
}
