package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.docker.shell.RunScript;
import java.util.List;
import java.util.Optional;

/**
 * One instruction of a stage with the state before and after it.
 *
 * @param keyword lower-case instruction ({@code run}, {@code copy}, {@code env}, …)
 * @param line first line of the instruction (1-based)
 * @param flags the instruction's flags as written ({@code --mount=…}, {@code --from=…})
 * @param args the expanded arguments (for ENV/ARG: names and values alternately)
 * @param raw the arguments as the parser split them, unexpanded
 * @param source the instruction as written (continuations joined) and its here-document bodies
 * @param run for RUN: its analysed script (shell form, shell-run here-documents and exec form)
 * @param mounts for RUN: its {@code --mount}s
 * @param copy for COPY/ADD
 */
public record Step(
    int index,
    String keyword,
    int line,
    int column,
    StageState before,
    StageState after,
    List<String> flags,
    List<String> args,
    List<String> raw,
    String source,
    Optional<RunScript> run,
    List<Mount> mounts,
    Optional<CopyInfo> copy) {

  public Step {
    flags = List.copyOf(flags);
    args = List.copyOf(args);
    raw = List.copyOf(raw);
    mounts = List.copyOf(mounts);
  }

  public boolean isRun() {
    return keyword.equals("run");
  }

  public boolean isCopy() {
    return copy.isPresent();
  }

  /** The first line of the script's command at {@code offset} lines into the RUN. */
  public int lineOf(int offset) {
    return line + offset;
  }

  public List<Mount> cacheMounts() {
    return mounts.stream().filter(Mount::isCache).toList();
  }
}
