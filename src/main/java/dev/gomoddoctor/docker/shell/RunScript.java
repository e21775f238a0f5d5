package dev.gomoddoctor.docker.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one RUN's shell text does that matters for Go builds: its go commands, package installs,
 * {@code git config} calls and file writes, in execution order. Pure.
 */
public record RunScript(
    List<ShellCommand> commands,
    List<GoInvocation> goCommands,
    List<PackageInstall> installs,
    List<ShellCommand> gitConfigs,
    List<FileWrite> writes) {

  public RunScript {
    commands = List.copyOf(commands);
    goCommands = List.copyOf(goCommands);
    installs = List.copyOf(installs);
    gitConfigs = List.copyOf(gitConfigs);
    writes = List.copyOf(writes);
  }

  /**
   * A file the script writes: by redirection ({@code > f}, {@code >> f}), {@code tee} or
   * here-document into a file.
   *
   * @param content what is written, as far as known (echo/printf arguments, here-document text)
   * @param contentRefs variables the written content references
   */
  public record FileWrite(ShellCommand command, String path, String content, java.util.Set<String> contentRefs) {}

  public static RunScript analyze(String script) {
    return analyze(script, k -> Optional.empty());
  }

  public static RunScript analyze(String script, Function<String, Optional<String>> env) {
    List<ShellCommand> cmds = ShellParser.parse(script, env);
    List<GoInvocation> go = new ArrayList<>();
    List<PackageInstall> installs = new ArrayList<>();
    List<ShellCommand> git = new ArrayList<>();
    List<FileWrite> writes = new ArrayList<>();
    for (ShellCommand c : cmds) {
      GoInvocation.of(c).ifPresent(go::add);
      PackageInstall.of(c).ifPresent(installs::add);
      if (c.baseName().equals("git") && !c.args().isEmpty() && c.args().get(0).value().equals("config")) {
        git.add(c);
      }
      writes.addAll(writesOf(c));
    }
    return new RunScript(cmds, go, installs, git, writes);
  }

  private static List<FileWrite> writesOf(ShellCommand c) {
    List<FileWrite> out = new ArrayList<>();
    java.util.Set<String> refs = new java.util.LinkedHashSet<>();
    StringBuilder content = new StringBuilder();
    String base = c.baseName();
    if (base.equals("echo") || base.equals("printf") || base.equals("tee")) {
      for (Word w : c.args()) {
        if (!base.equals("tee")) {
          content.append(w.value()).append(' ');
          refs.addAll(w.refs());
        }
      }
    }
    for (Redirect r : c.redirects()) {
      if (r.op().startsWith("<<") && r.body().isPresent()) {
        content.append(r.body().get());
        // a quoted delimiter keeps $VAR literal, but the variable is still what ends up there
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)")
            .matcher(r.body().get());
        while (m.find()) {
          refs.add(m.group(1));
        }
      }
    }
    for (Redirect r : c.redirects()) {
      if (r.writes() && !r.target().value().equals("/dev/null")) {
        out.add(new FileWrite(c, r.target().value(), content.toString(), refs));
      }
    }
    if (base.equals("tee")) {
      for (Word w : c.args()) {
        if (!w.value().startsWith("-")) {
          out.add(new FileWrite(c, w.value(), content.toString(), refs));
        }
      }
    }
    return out;
  }

  public boolean installsGit() {
    return installs.stream().anyMatch(PackageInstall::installsGit);
  }

  public boolean installsCCompiler() {
    return installs.stream().anyMatch(PackageInstall::installsCCompiler);
  }
}
