package dev.gomoddoctor.docker;

import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.GoDockerAnalysis;
import dev.gomoddoctor.docker.rules.BuildMutatesModuleFiles;
import dev.gomoddoctor.docker.rules.CacheMountTargetMismatch;
import dev.gomoddoctor.docker.rules.CgoBinaryOnIncompatibleRuntime;
import dev.gomoddoctor.docker.rules.CgoWithoutCCompiler;
import dev.gomoddoctor.docker.rules.CopyFromUnknownStage;
import dev.gomoddoctor.docker.rules.CopyOfMissingFile;
import dev.gomoddoctor.docker.rules.CrossCompilePlatformMismatch;
import dev.gomoddoctor.docker.rules.DownloadLayerNotCached;
import dev.gomoddoctor.docker.rules.GitMissingForDirectFetch;
import dev.gomoddoctor.docker.rules.GoModNotInStage;
import dev.gomoddoctor.docker.rules.GoSumNotCopied;
import dev.gomoddoctor.docker.rules.GoWorkInStageIncomplete;
import dev.gomoddoctor.docker.rules.VcsStampingFailsInStage;
import dev.gomoddoctor.docker.rules.ReplaceOutsideBuildContext;
import dev.gomoddoctor.docker.rules.GolangImageTooOld;
import dev.gomoddoctor.docker.rules.GolangImageUnpinned;
import dev.gomoddoctor.docker.rules.HostAndStageEnvDiverge;
import dev.gomoddoctor.docker.rules.InsecureSettingInDockerfile;
import dev.gomoddoctor.docker.rules.NonRootUserCannotWriteCache;
import dev.gomoddoctor.docker.rules.SecretInBuildArgOrEnv;
import dev.gomoddoctor.docker.rules.ToolchainInFinalImage;
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

  /** The Go-aware rules, run over each Dockerfile's facts (docker.facts). */
  private static List<DockerfileRule> goRules() {
    return List.of(
        new GoModNotInStage(),
        new GoSumNotCopied(),
        new ReplaceOutsideBuildContext(),
        new GoWorkInStageIncomplete(),
        new VcsStampingFailsInStage(),
        new DownloadLayerNotCached(),
        new GolangImageTooOld(),
        new GolangImageUnpinned(),
        new CgoBinaryOnIncompatibleRuntime(),
        new GitMissingForDirectFetch(),
        new NonRootUserCannotWriteCache(),
        new SecretInBuildArgOrEnv(),
        new CacheMountTargetMismatch(),
        new CopyFromUnknownStage(),
        new CrossCompilePlatformMismatch(),
        new InsecureSettingInDockerfile(),
        new BuildMutatesModuleFiles(),
        new ToolchainInFinalImage(),
        new CgoWithoutCCompiler(),
        new HostAndStageEnvDiverge());
  }

  @Override
  public List<Rule> rules() {
    List<Rule> all = new ArrayList<>(projectRules());
    all.addAll(goRules());
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
    GoDockerAnalysis.run(ctx, goRules(), sink);
  }
}
