package dev.gomoddoctor.docker.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One simple command of a RUN script, in execution order, with what the shell state is when it
 * runs.
 *
 * @param name the program (after wrappers such as {@code env}, {@code sudo}, {@code time})
 * @param args the words after the program
 * @param inlineEnv assignments written before the command or given to {@code env}
 * @param shellEnv variables set earlier in the script ({@code export A=b}, {@code A=b;}) that the
 *     command sees; inline ones are not included
 * @param dir the directory {@code cd} moved to, relative to the RUN's WORKDIR (or absolute);
 *     empty when no {@code cd} ran; {@code null}-free: an unknown target is {@link #dirKnown} false
 * @param dirKnown false after a {@code cd} whose target could not be resolved
 * @param line 0-based line of the command within the script
 */
public record ShellCommand(
    String name,
    List<Word> args,
    Map<String, String> inlineEnv,
    Map<String, String> shellEnv,
    Optional<String> dir,
    boolean dirKnown,
    List<Redirect> redirects,
    int line) {

  public ShellCommand {
    args = List.copyOf(args);
    inlineEnv = Map.copyOf(inlineEnv);
    shellEnv = Map.copyOf(shellEnv);
    redirects = List.copyOf(redirects);
  }

  /** Argument values as strings. */
  public List<String> argValues() {
    return args.stream().map(Word::value).toList();
  }

  /** The value a variable has for this command: inline first, then the script's own. */
  public Optional<String> env(String name) {
    String v = inlineEnv.get(name);
    if (v == null) {
      v = shellEnv.get(name);
    }
    return Optional.ofNullable(v);
  }

  /** Every variable set by the script for this command (script's own overlaid by inline). */
  public Map<String, String> scriptEnv() {
    Map<String, String> m = new java.util.LinkedHashMap<>(shellEnv);
    m.putAll(inlineEnv);
    return m;
  }

  /** The program's base name: {@code go} for {@code /usr/local/go/bin/go}. */
  public String baseName() {
    int s = name.lastIndexOf('/');
    return s < 0 ? name : name.substring(s + 1);
  }
}
