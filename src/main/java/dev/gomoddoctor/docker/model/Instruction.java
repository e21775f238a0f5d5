package dev.gomoddoctor.docker.model;

import java.util.List;
import java.util.Locale;

/**
 * One typed Dockerfile instruction, as BuildKit's instructions package reads an {@link AstNode}.
 * Arguments are kept as written (before ARG/ENV expansion); {@link StageState#expand} expands
 * them with the values in force at that point of the stage.
 */
public sealed interface Instruction
    permits Instruction.From, Instruction.Run, Instruction.Copy, Instruction.Add, Instruction.Env,
        Instruction.Arg, Instruction.User, Instruction.Workdir, Instruction.Cmd, Instruction.Entrypoint,
        Instruction.Shell, Instruction.Label, Instruction.Expose, Instruction.Volume,
        Instruction.Healthcheck, Instruction.StopSignal, Instruction.Maintainer, Instruction.Onbuild {

  AstNode node();

  /** The keyword in upper case ({@code RUN}). */
  default String keyword() {
    return node().keyword().toUpperCase(Locale.ROOT);
  }

  /** First physical line (1-based). */
  default int line() {
    return node().startLine();
  }

  /** Last physical line, including continuation lines and heredoc bodies. */
  default int endLine() {
    return node().endLine();
  }

  /** A {@code key=value} pair of ENV or LABEL, value as written (quotes kept). */
  record KeyValue(String key, String value) {}

  /** An ARG name with its default as written, or null when it has none. */
  record ArgDef(String key, String defaultValue) {
    public boolean hasDefault() {
      return defaultValue != null;
    }
  }

  /**
   * {@code FROM [--platform=p] image [AS name]}.
   *
   * @param image the base as written ({@code golang:${GO_VERSION}-alpine}, a stage name, or {@code scratch})
   * @param stageName the name after AS, lower-cased as BuildKit does; empty when unnamed
   * @param platform the {@code --platform} value as written; empty when absent
   */
  record From(AstNode node, String image, String stageName, String platform) implements Instruction {}

  /**
   * {@code RUN}. {@code command} is the exec-form array, or one element holding the shell-form
   * text (continuations joined). Heredoc bodies are in {@code heredocs}.
   */
  record Run(AstNode node, List<String> command, boolean shellForm, List<Heredoc> heredocs, List<Mount> mounts,
      String network, String security, List<String> devices) implements Instruction {
    public Run {
      command = List.copyOf(command);
      heredocs = List.copyOf(heredocs);
      mounts = List.copyOf(mounts);
      devices = List.copyOf(devices);
    }

    /**
     * The text a shell would run: the shell-form line, and for {@code RUN <<EOF} each heredoc's
     * body (chomped for {@code <<-}) after it, separated by newlines.
     */
    public String script() {
      StringBuilder sb = new StringBuilder(String.join(" ", command));
      for (Heredoc h : heredocs) {
        sb.append('\n').append(h.effectiveContent());
      }
      return sb.toString();
    }
  }

  /**
   * {@code COPY}. Sources are the context (or {@code --from}) paths as written; heredoc sources
   * ({@code COPY <<EOF /dst}) are in {@code inlineSources}.
   */
  record Copy(AstNode node, List<String> sources, String dest, List<Heredoc> inlineSources, String from,
      String chown, String chmod, boolean link, boolean parents, List<String> excludes) implements Instruction {
    public Copy {
      sources = List.copyOf(sources);
      inlineSources = List.copyOf(inlineSources);
      excludes = List.copyOf(excludes);
    }
  }

  /** {@code ADD}; sources may be URLs or git repositories. */
  record Add(AstNode node, List<String> sources, String dest, List<Heredoc> inlineSources, String chown,
      String chmod, boolean link, boolean keepGitDir, String checksum, List<String> excludes, String unpack)
      implements Instruction {
    public Add {
      sources = List.copyOf(sources);
      inlineSources = List.copyOf(inlineSources);
      excludes = List.copyOf(excludes);
    }
  }

  record Env(AstNode node, List<KeyValue> pairs) implements Instruction {
    public Env {
      pairs = List.copyOf(pairs);
    }
  }

  record Arg(AstNode node, List<ArgDef> args) implements Instruction {
    public Arg {
      args = List.copyOf(args);
    }
  }

  /** {@code USER user[:group]} as written. */
  record User(AstNode node, String user) implements Instruction {}

  /** {@code WORKDIR path} as written (may be relative or hold variables). */
  record Workdir(AstNode node, String path) implements Instruction {}

  record Cmd(AstNode node, List<String> command, boolean shellForm) implements Instruction {
    public Cmd {
      command = List.copyOf(command);
    }
  }

  record Entrypoint(AstNode node, List<String> command, boolean shellForm) implements Instruction {
    public Entrypoint {
      command = List.copyOf(command);
    }
  }

  record Shell(AstNode node, List<String> shell) implements Instruction {
    public Shell {
      shell = List.copyOf(shell);
    }
  }

  record Label(AstNode node, List<KeyValue> pairs) implements Instruction {
    public Label {
      pairs = List.copyOf(pairs);
    }
  }

  record Expose(AstNode node, List<String> ports) implements Instruction {
    public Expose {
      ports = List.copyOf(ports);
    }
  }

  record Volume(AstNode node, List<String> volumes) implements Instruction {
    public Volume {
      volumes = List.copyOf(volumes);
    }
  }

  /** {@code HEALTHCHECK NONE} ({@code test = [NONE]}) or {@code CMD ...} ({@code [CMD|CMD-SHELL, ...]}). */
  record Healthcheck(AstNode node, List<String> test) implements Instruction {
    public Healthcheck {
      test = List.copyOf(test);
    }
  }

  record StopSignal(AstNode node, String signal) implements Instruction {}

  record Maintainer(AstNode node, String maintainer) implements Instruction {}

  /** {@code ONBUILD <instruction>}; the trigger is parsed too. */
  record Onbuild(AstNode node, String expression, Instruction trigger) implements Instruction {}
}
