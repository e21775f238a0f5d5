package dev.gomoddoctor.docker.model;

import dev.gomoddoctor.docker.parser.ShellLex;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is in force in a stage just before an instruction runs: WORKDIR, USER, the ENV variables
 * and the ARG values declared so far. {@code workdir} is absolute when known; when the stage has
 * not set one it is the base image's (see {@link ImageDefaults}).
 *
 * @param env ENV variables (inherited from a parent stage or the known base image, then this stage's)
 * @param args ARGs declared in this stage with their values (meta-ARG defaults, built-in platform
 *     args); a declared ARG without any value is absent
 * @param escapeToken the file's escape token, needed to expand words
 */
public record StageState(String workdir, String user, Map<String, String> env, Map<String, String> args,
    char escapeToken) {

  public StageState {
    env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
    args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  /** The variables word expansion sees: ARG values, overridden by ENV (as in BuildKit). */
  public Map<String, String> expansionEnv() {
    Map<String, String> all = new LinkedHashMap<>(args);
    all.putAll(env);
    return all;
  }

  /** Expands one word (quotes removed, {@code $VAR}/{@code ${VAR:-x}} replaced); on a syntax error returns it unchanged. */
  public String expand(String word) {
    try {
      return ShellLex.standard(escapeToken).processWord(word, expansionEnv());
    } catch (ShellLex.ShellSyntaxException e) {
      return word;
    }
  }

  /** Whether every variable the word uses has a value here (an unset one expands to nothing). */
  public boolean resolves(String word) {
    try {
      return ShellLex.standard(escapeToken).process(word, expansionEnv()).unmatched().isEmpty();
    } catch (ShellLex.ShellSyntaxException e) {
      return false;
    }
  }

  /** The effective value of a variable a RUN would see (ENV first, then ARG), or null. */
  public String variable(String name) {
    if (env.containsKey(name)) {
      return env.get(name);
    }
    return args.get(name);
  }

  /** The effective user; empty means the image's user (root for most images). */
  public String userOrRoot() {
    return user.isEmpty() ? "root" : user;
  }
}
