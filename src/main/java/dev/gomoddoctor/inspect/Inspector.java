package dev.gomoddoctor.inspect;

import java.util.List;

/**
 * Shows how the doctor understood one kind of file ({@code gomod-doctor inspect FILE}). Each
 * file kind (go.mod, go.work, Dockerfile, ...) has one inspector next to its parser; they are
 * listed in {@link Inspectors}.
 */
public interface Inspector {

  /** The names {@code --type} accepts for this kind, the first one canonical (e.g. {@code go.mod}). */
  List<String> typeNames();

  /** True when a file of this name is of this kind (used when {@code --type} is not given). */
  boolean recognizes(String fileName);

  /**
   * Parses {@code text} and describes it.
   *
   * @param displayName the file name as the user gave it; errors are positioned with it
   */
  Inspection inspect(String displayName, String text);

  /** The {@code --format} values this kind supports; {@code text} and {@code json} for most. */
  default List<String> formats() {
    return List.of("text", "json");
  }

  /** Like {@link #inspect(String, String)}, for kinds whose result depends on the format (Dockerfile {@code ast}). */
  default Inspection inspect(String displayName, String text, String format) {
    return inspect(displayName, text);
  }
}
