package dev.gomoddoctor.docker.context;

import dev.gomoddoctor.docker.model.Instruction;
import dev.gomoddoctor.docker.model.Stage;
import java.util.List;

/**
 * One source of a COPY/ADD, or of a {@code RUN --mount=type=bind}, and how it resolved against
 * the build context.
 *
 * @param raw the source as written; {@code expanded} after ARG/ENV expansion
 * @param matches the context paths it brings (files or directories, relative to the context)
 * @param reason for {@link Resolution#IGNORED}: the .dockerignore line that hides it; for
 *     {@link Resolution#BUILD_OUTPUT}: why it is taken for a build output
 */
public record CopySource(Stage stage, int stepIndex, Instruction instruction, String raw, String expanded,
    Resolution resolution, List<String> matches, String reason) {

  public CopySource {
    matches = List.copyOf(matches);
  }

  public enum Resolution {
    /** Exists in the build context (a wildcard matched at least one path). */
    FOUND,
    /** Does not exist in the build context: BuildKit fails with "not found". */
    MISSING,
    /** Exists on disk but .dockerignore leaves it out: BuildKit fails with "not found" too. */
    IGNORED,
    /**
     * Not in the tree, but a path the project's build writes before {@code docker build}: it is
     * git-ignored, or it is per-platform ({@code bin/app-${TARGETARCH}}). BuildKit finds it then.
     */
    BUILD_OUTPUT,
    /** Holds a variable without a known value. */
    UNRESOLVED,
    /** Not from the build context: another stage, an image, a named context, a URL. */
    NOT_CONTEXT
  }

  /** Whether it came from a {@code RUN --mount=type=bind} rather than COPY/ADD. */
  public boolean isBindMount() {
    return instruction instanceof Instruction.Run;
  }
}
