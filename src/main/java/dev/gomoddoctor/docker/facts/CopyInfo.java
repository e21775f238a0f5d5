package dev.gomoddoctor.docker.facts;

import java.util.List;
import java.util.Optional;

/**
 * A COPY or ADD: its sources (ARG/ENV-expanded, as written otherwise), the absolute destination,
 * and where the files come from.
 *
 * @param from the {@code --from} value as written (expanded), empty for the build context
 * @param fromStage the stage it names (by name or index), when it names one
 * @param dest the destination resolved against WORKDIR; ends with {@code /} when it is a directory
 * @param chown the {@code --chown} value, empty when the files stay root-owned
 */
public record CopyInfo(
    boolean add, Optional<String> from, Optional<Integer> fromStage, List<String> sources, String dest,
    Optional<String> chown, boolean heredoc) {

  public CopyInfo {
    sources = List.copyOf(sources);
  }

  public boolean fromContext() {
    return from.isEmpty() && !heredoc;
  }

  /** {@code COPY . .}, {@code COPY ./ /src}, {@code ADD . .}: the whole build context. */
  public boolean copiesWholeContext() {
    return fromContext() && sources.stream().anyMatch(s -> {
      String n = s.replaceAll("/+$", "");
      return n.equals(".") || n.isEmpty() || n.equals("./") || n.equals("*");
    });
  }

  /** True when one source names (or globs) a file with this base name at the context root. */
  public boolean copiesRootFile(String name) {
    return fromContext() && sources.stream().anyMatch(s -> {
      String n = s.startsWith("./") ? s.substring(2) : s;
      n = n.startsWith("/") ? n.substring(1) : n;
      return n.equals(name) || (n.contains("*") && java.nio.file.FileSystems.getDefault()
          .getPathMatcher("glob:" + n).matches(java.nio.file.Path.of(name)));
    });
  }
}
