package dev.gomoddoctor.docker.context;

/**
 * Where a file in a stage came from.
 *
 * @param kind what brought it
 * @param source the build-context path (for {@link Kind#CONTEXT}), the path in the other stage,
 *     the heredoc name, the URL, or the mount source
 * @param from the stage, image or named context of {@code --from}; empty for the build context
 * @param line the COPY/ADD/RUN line that brought it
 * @param ignoredBy the .dockerignore line that keeps it out of the context ({@code .dockerignore:3: go.sum}),
 *     empty when it really is in the stage
 */
public record FileOrigin(Kind kind, String source, String from, int line, String ignoredBy) {

  public enum Kind { CONTEXT, STAGE, HEREDOC, URL, BIND_MOUNT, SECRET }

  /** False when .dockerignore keeps the file out: a COPY of its directory silently lacks it. */
  public boolean present() {
    return ignoredBy.isEmpty();
  }
}
