package dev.gomoddoctor.docker;

import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.GoDockerAnalysis;
import dev.gomoddoctor.docker.rules.BuildMutatesModuleFiles;
import dev.gomoddoctor.docker.rules.CacheMountTargetMismatch;
import dev.gomoddoctor.docker.rules.CgoBinaryOnIncompatibleRuntime;
import dev.gomoddoctor.docker.rules.CgoWithoutCCompiler;
import dev.gomoddoctor.docker.rules.CrossCompilePlatformMismatch;
import dev.gomoddoctor.docker.rules.DownloadLayerNotCached;
import dev.gomoddoctor.docker.rules.GitMissingForDirectFetch;
import dev.gomoddoctor.docker.rules.GolangImageTooOld;
import dev.gomoddoctor.docker.rules.HostAndStageEnvDiverge;
import dev.gomoddoctor.docker.rules.NonRootUserCannotWriteCache;
import dev.gomoddoctor.docker.rules.CopyFromUnknownStage;
import dev.gomoddoctor.docker.rules.GolangImageUnpinned;
import dev.gomoddoctor.docker.rules.InsecureSettingInDockerfile;
import dev.gomoddoctor.docker.rules.SecretInBuildArgOrEnv;
import dev.gomoddoctor.docker.rules.ToolchainInFinalImage;
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

  /** The Go-aware rules, run over each Dockerfile's facts. */
  private static List<DockerfileRule> goRules() {
    return List.of(
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
    return List.copyOf(goRules());
  }

  @Override
  public void check(ScanContext ctx, FindingSink sink) {
    GoDockerAnalysis.run(ctx, goRules(), sink);
  }
}
