package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.DockerProject;
import dev.gomoddoctor.docker.context.CopySource;
import dev.gomoddoctor.docker.context.DockerBuild;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;

/** GMD418: a COPY/ADD or bind-mount source that does not exist in the build context. */
@RuleInfo(
    code = "GMD418",
    name = "copy-of-missing-file",
    severity = Severity.ERROR,
    summary = "a COPY/ADD or bind-mount source that does not exist in the build context",
    tags = {"docker"},
    help = """
        A `COPY`/`ADD` source, or the `source` of a `RUN --mount=type=bind`, names a path that is
        not in the build context, so BuildKit fails before the step runs. The build context is the
        one `.gomod-doctor.yaml`, a compose file or a CI workflow's `docker build -f X CTX` declares,
        else the nearest directory from the Dockerfile's own up to the scan root in which the
        Dockerfile's sources exist.

        The common Go case is **go.sum**: a module without dependencies has no go.sum, so
        `COPY go.mod go.sum ./` and the `docker init` template's
        `RUN --mount=type=bind,source=go.sum,target=go.sum` fail on it.

        **Docker says:** `failed to compute cache key: failed to calculate checksum of ref …: "/go.sum": not found`
        (`COPY`), or `failed to compute cache key: … not found` for a bind mount.

        **Fix:** copy what exists, or use a wildcard that tolerates the missing file:

        ```dockerfile
        COPY go.* ./
        RUN go mod download
        ```

        For a bind mount, drop the go.sum mount or mount the whole directory
        (`--mount=type=bind,target=.`).

        **Quiet:** sources present in the context; wildcard sources that match at least one file
        (`COPY go.* ./`); sources of `COPY --from=<stage|image|named context>`; sources whose
        variables have no known value; **build outputs**, absent paths that the project's build
        writes before `docker build` (goreleaser, `make docker`, promu): paths that a .gitignore of
        the tree ignores (`bin/`, `dist/`, `.build/`), per-platform paths that name a platform
        build argument or an ARG whose value is a GOOS/GOARCH (`COPY bin/app-${TARGETARCH} /app`,
        `COPY .build/${OS}-${ARCH}/app /bin/`), and any absent source of a Dockerfile that a
        `.goreleaser.yaml` `dockers:` entry builds (goreleaser puts its artifacts in that
        context). A file that exists but is excluded by .dockerignore is GMD402.
        """)
public final class CopyOfMissingFile implements DockerProjectRule {

  @Override
  public void check(DockerProject project, FindingSink sink) {
    for (DockerBuild b : project.builds()) {
      for (CopySource s : b.copySources()) {
        if (s.resolution() != CopySource.Resolution.MISSING) {
          continue;
        }
        String what = s.isBindMount() ? "RUN --mount=type=bind source" : s.instruction().keyword() + " source";
        String name = s.expanded().equals(s.raw()) ? "\"" + s.raw() + "\"" : "\"" + s.raw() + "\" (\"" + s.expanded() + "\")";
        String message = what + " " + name + " does not exist in the " + b.context().describe()
            + " (stage " + s.stage().displayName() + ")";
        sink.report(this, Location.line(b.dockerfilePath(), s.instruction().line()), message, hint(s));
      }
    }
  }

  private static String hint(CopySource s) {
    String base = s.expanded().replaceAll("^\\./", "");
    if (base.equals("go.sum")) {
      return s.isBindMount()
          ? "a module without dependencies has no go.sum: drop this bind mount, or run `go mod tidy` and commit go.sum"
          : "a module without dependencies has no go.sum: use `COPY go.* ./` so the COPY works with or without it";
    }
    return "create " + s.expanded() + " in the build context, fix the path, or point .gomod-doctor.yaml `docker:` at the "
        + "right context";
  }
}
