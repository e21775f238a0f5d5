package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.docker.DockerProject;
import dev.gomoddoctor.docker.context.DockerBuild;
import dev.gomoddoctor.docker.model.Dockerfile;
import dev.gomoddoctor.scan.FileIndex;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the Go-aware Dockerfile rules: for every Dockerfile of the scan that parses, builds its
 * facts once and hands them to each rule. Files that do not parse are left to GMD400.
 */
public final class GoDockerAnalysis {
  private GoDockerAnalysis() {}

  /**
   * Every Dockerfile of the scan that parses, built into facts. The parsed model (expanded with
   * the build args its declaration gives) is {@link DockerProject}'s; only the text is read again,
   * for the RUN scripts' physical lines. Parse failures are GMD400's, unreadable files GMD900's.
   */
  public static List<DockerfileFacts> facts(ScanContext ctx) {
    List<DockerfileFacts> out = new ArrayList<>();
    for (DockerBuild build : DockerProject.of(ctx).builds()) {
      String path = build.dockerfilePath();
      String text;
      try {
        text = new String(Files.readAllBytes(ctx.files().resolve(path)), StandardCharsets.UTF_8);
      } catch (IOException e) {
        continue;
      }
      facts(ctx, build, text).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<DockerfileFacts> facts(ScanContext ctx, DockerBuild build, String text) {
    List<StageFacts> stages = FactsBuilder.stages(text, build.dockerfile());
    if (stages.isEmpty()) {
      return Optional.empty();
    }
    String path = build.dockerfilePath();
    String dir = FileIndex.parentOf(path);
    Optional<BuiltModule> module = Modules.forDockerfile(ctx, dir);
    return Optional.of(DockerfileFacts.of(path, dir, stages, module, Set.of(), stageFiles(build), ctx));
  }

  /** The build-context model's answers for this Dockerfile (docker.context). */
  private static StageFiles stageFiles(DockerBuild b) {
    return new StageFiles() {
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
    };
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
