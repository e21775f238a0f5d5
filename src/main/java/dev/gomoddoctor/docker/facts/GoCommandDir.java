package dev.gomoddoctor.docker.facts;

import dev.gomoddoctor.docker.image.Presence;
import dev.gomoddoctor.docker.shell.GoInvocation;
import java.util.Optional;

/**
 * Where a go command inside a RUN runs (WORKDIR, then {@code cd} in the script, then {@code go -C}),
 * and which go.mod it finds from there, asked of the build-context model.
 */
public final class GoCommandDir {
  private GoCommandDir() {}

  /** The absolute directory the command runs in; empty when a {@code cd} target is only known at build time. */
  public static Optional<String> of(Step step, GoInvocation go) {
    String dir = step.before().workdir();
    if (go.command().dir().isPresent()) {
      if (!go.command().dirKnown()) {
        return Optional.empty();
      }
      dir = ImagePaths.resolve(dir, go.command().dir().get());
    } else if (!go.command().dirKnown()) {
      return Optional.empty();
    }
    Optional<String> c = go.flag("C");
    if (c.isPresent()) {
      if (c.get().contains("$")) {
        return Optional.empty();
      }
      dir = ImagePaths.resolve(dir, c.get());
    }
    return Optional.of(ImagePaths.clean(dir));
  }

  /** Commands that cannot create a go.mod or go.sum in the tree they run on. */
  private static final java.util.Set<String> HARMLESS = java.util.Set.of(
      "apk", "apt-get", "apt", "yum", "dnf", "microdnf", "echo", "true", "set", "export", "mkdir", "chmod",
      "chown", "ls", "cd", "rm", "useradd", "adduser", "addgroup", "groupadd", "update-ca-certificates",
      "printf", "test", "[", "which", "env", "pwd");

  /**
   * Whether a step before {@code stepIndex} in the stage (or the stage it is built on) may have
   * created files the build-context model cannot see: a RUN with anything but package installs and
   * simple shell built-ins, or a go command for which {@code goWrites} is true. The model answers
   * "absent" for paths only COPY/ADD/mounts bring, so rules that act on absence ask this first.
   */
  public static boolean earlierStepsMayCreateFiles(StageFacts stage, int stepIndex,
      java.util.function.Predicate<GoInvocation> goWrites) {
    if (stage.parent().isPresent()) {
      return true;
    }
    for (Step st : stage.steps().subList(0, Math.min(stepIndex, stage.steps().size()))) {
      if (st.run().isEmpty()) {
        continue;
      }
      if (st.run().get().goCommands().stream().anyMatch(goWrites)) {
        return true;
      }
      for (dev.gomoddoctor.docker.shell.ShellCommand c : st.run().get().commands()) {
        String name = c.name().substring(c.name().lastIndexOf('/') + 1);
        if (!name.equals("go") && !HARMLESS.contains(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a command before {@code go} in the same RUN may have created files the model cannot
   * see ({@code git clone … && cd x && go build}): anything but a go command or a harmless built-in.
   */
  public static boolean earlierCommandsInRunMayCreateFiles(Step step, GoInvocation go) {
    if (step.run().isEmpty()) {
      return false;
    }
    for (dev.gomoddoctor.docker.shell.ShellCommand c : step.run().get().commands()) {
      if (c == go.command()) {
        return false;
      }
      String name = c.name().substring(c.name().lastIndexOf('/') + 1);
      if (!name.equals("go") && !HARMLESS.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** What the go command finds walking up from {@code dir}: the first go.mod, or why not. */
  public record ModuleLookup(Presence presence, String moduleDir) {}

  /**
   * The go.mod (or a go.work) Go would find from {@code dir}: YES with its directory, NO when the
   * model is sure none is there, UNKNOWN when some ancestor's answer is only known at build time.
   */
  public static ModuleLookup findModule(DockerfileFacts facts, StageFacts stage, Step step, String dir) {
    boolean unknown = false;
    for (String d : selfAndAncestors(dir)) {
      String prefix = d.equals("/") ? "/" : d + "/";
      for (String name : new String[] {"go.mod", "go.work"}) {
        Presence p = facts.files().at(stage.index(), step.index(), prefix + name);
        if (p == Presence.YES) {
          return new ModuleLookup(Presence.YES, d);
        }
        unknown |= p == Presence.UNKNOWN;
      }
    }
    return new ModuleLookup(unknown ? Presence.UNKNOWN : Presence.NO, "");
  }

  /** {@code dir} and each parent up to {@code /}, nearest first: where the go command looks. */
  public static java.util.List<String> selfAndAncestors(String dir) {
    java.util.List<String> out = new java.util.ArrayList<>();
    String d = dir;
    while (true) {
      out.add(d);
      if (d.equals("/")) {
        return out;
      }
      int slash = d.lastIndexOf('/');
      d = slash <= 0 ? "/" : d.substring(0, slash);
    }
  }

}
