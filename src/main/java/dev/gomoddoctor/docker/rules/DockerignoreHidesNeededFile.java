package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.DockerProject;
import dev.gomoddoctor.docker.context.CopySource;
import dev.gomoddoctor.docker.context.DockerBuild;
import dev.gomoddoctor.docker.context.FileOrigin;
import dev.gomoddoctor.docker.context.StageFiles;
import dev.gomoddoctor.docker.model.Stage;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** GMD402: .dockerignore excludes a file that a COPY or the Go build needs. */
@RuleInfo(
    code = "GMD402",
    name = "dockerignore-hides-needed-file",
    severity = Severity.ERROR,
    summary = ".dockerignore excludes a file that a COPY or the build needs",
    tags = {"docker"},
    help = """
        The .dockerignore that applies to the build (`<Dockerfile>.dockerignore` beside the
        Dockerfile, else `.dockerignore` at the root of the build context) leaves out a file
        the build needs:

        - a file a COPY/ADD or bind mount names explicitly: BuildKit fails with "not found";
        - go.mod, go.sum, go.work, go.work.sum or vendor/modules.txt of a module that a directory
          COPY (`COPY . .`) brings in: the COPY succeeds but the stage silently lacks the file,
          and the go command fails later.

        Docker's matching rules apply exactly: `**`, `!` exceptions in order (the last matching
        line wins), leading `/` and `./` cleaned away, a directory pattern excluding everything below it.

        **Docker says:** an explicit COPY fails with
        `failed to compute cache key: failed to calculate checksum of ref …: "/go.sum": not found`;
        after `COPY . .` the go command fails, e.g. `missing go.sum entry for module providing package …`
        or `go: go.mod file not found in current directory or any parent directory`.

        **Fix:** re-include the file after the pattern that hides it:

        ```
        *.sum
        !go.sum
        ```

        **Quiet:** excluded files that no COPY needs; a `!` exception that re-includes the file;
        files that do not exist at all (GMD418).
        """)
public final class DockerignoreHidesNeededFile implements DockerProjectRule {
  private static final Set<String> MODULE_FILES = Set.of("go.mod", "go.sum", "go.work", "go.work.sum");

  @Override
  public void check(DockerProject project, FindingSink sink) {
    for (DockerBuild b : project.builds()) {
      Set<String> reported = new HashSet<>();
      for (CopySource s : b.copySources()) {
        if (s.resolution() != CopySource.Resolution.IGNORED) {
          continue;
        }
        String what = s.isBindMount() ? "RUN --mount=type=bind source" : s.instruction().keyword() + " source";
        reported.add(s.instruction().line() + ":" + s.matches().get(0));
        sink.report(this, Location.line(b.dockerfilePath(), s.instruction().line()),
            what + " \"" + s.raw() + "\" is excluded from the " + b.context().describe() + " by " + s.reason(),
            reinclude(s.matches().get(0)));
      }
      for (Stage stage : b.dockerfile().stages()) {
        StageFiles files = b.filesAfter(stage);
        for (Map.Entry<String, FileOrigin> e : files.all().entrySet()) {
          FileOrigin o = e.getValue();
          if (o.present() || o.kind() != FileOrigin.Kind.CONTEXT) {
            continue;
          }
          String name = o.source().substring(o.source().lastIndexOf('/') + 1);
          boolean vendor = o.source().equals("vendor/modules.txt") || o.source().endsWith("/vendor/modules.txt");
          if (!MODULE_FILES.contains(name) && !vendor) {
            continue;
          }
          if (!needed(files, e.getKey(), name, vendor)) {
            continue;
          }
          if (!reported.add(o.line() + ":" + o.source())) {
            continue;
          }
          sink.report(this, Location.line(b.dockerfilePath(), o.line()),
              o.source() + " is excluded from the " + b.context().describe() + " by " + o.ignoredBy()
                  + ", so the COPY on line " + o.line() + " leaves it out of stage " + stage.displayName() + " ("
                  + e.getKey() + ")",
              reinclude(o.source()));
        }
      }
    }
  }

  /** The module file matters when the rest of its module reached the stage. */
  private static boolean needed(StageFiles files, String absPath, String name, boolean vendor) {
    String dir = absPath.substring(0, absPath.lastIndexOf('/'));
    if (vendor) {
      String moduleDir = dir.substring(0, Math.max(dir.lastIndexOf('/'), 0));
      return files.presence((moduleDir.isEmpty() ? "" : moduleDir) + "/go.mod") == dev.gomoddoctor.docker.context.Presence.PRESENT;
    }
    if (name.equals("go.mod")) {
      return files.under(dir.isEmpty() ? "/" : dir).entrySet().stream()
          .anyMatch(f -> f.getValue().present() && f.getKey().endsWith(".go"));
    }
    if (name.equals("go.sum")) {
      return files.presence(dir + "/go.mod") == dev.gomoddoctor.docker.context.Presence.PRESENT;
    }
    return files.hasFilesUnder(dir.isEmpty() ? "/" : dir);
  }

  private static String reinclude(String contextPath) {
    return "add `!" + contextPath + "` to the .dockerignore after the line that excludes it";
  }
}
