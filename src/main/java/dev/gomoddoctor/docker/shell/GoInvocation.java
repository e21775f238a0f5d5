package dev.gomoddoctor.docker.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code go} command found in a RUN, with its subcommand, flags and arguments parsed the way
 * cmd/go parses them.
 *
 * @param command the shell command it came from (directory, env, line)
 * @param sub the subcommand ({@code build}, {@code mod}, {@code work}, …), empty for a bare {@code go}
 * @param sub2 the second word for {@code go mod …}/{@code go work …}/{@code go tool …}, else empty
 * @param flags every flag, name without dashes → value ({@code "true"} for a bare boolean flag);
 *     a repeated flag keeps its last value
 * @param args positional arguments (packages, files, {@code pkg@version}); for {@code go run}
 *     only the program's files/package, not its own arguments
 * @param xx true when run through tonistiigi/xx's {@code xx-go} wrapper (sets GOOS/GOARCH for the
 *     target platform)
 */
public record GoInvocation(
    ShellCommand command, String sub, String sub2, Map<String, String> flags, List<String> args, boolean xx) {

  public GoInvocation {
    flags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    args = List.copyOf(args);
  }

  /** cmd/go flags that take a value, so the next word is not a package. */
  private static final Set<String> VALUE_FLAGS = Set.of(
      "C", "o", "mod", "modfile", "tags", "ldflags", "gcflags", "asmflags", "buildmode", "p", "pkgdir",
      "overlay", "pgo", "compiler", "gccgoflags", "installsuffix", "toolexec", "exec", "covermode",
      "coverpkg", "coverprofile", "run", "bench", "count", "timeout", "cpu", "parallel", "f", "skip",
      "benchtime", "cpuprofile", "memprofile", "blockprofile", "mutexprofile", "outputdir", "shuffle",
      "fuzz", "fuzztime", "fuzzminimizetime", "vettool", "reuse", "go", "compat", "replace",
      "dropreplace", "require", "droprequire", "exclude", "dropexclude", "retract", "dropretract",
      "module", "godebug", "dropgodebug", "tool", "droptool", "toolchain", "use", "dropuse",
      "memprofilerate", "blockprofilerate", "mutexprofilefraction", "trace", "list");

  private static final Set<String> WITH_SUB2 = Set.of("mod", "work", "tool");

  /** Parses the command if it runs {@code go} (any path ending in {@code /go}) or {@code xx-go}. */
  public static Optional<GoInvocation> of(ShellCommand c) {
    String base = c.baseName();
    boolean xx = base.equals("xx-go");
    if (!base.equals("go") && !xx) {
      return Optional.empty();
    }
    List<String> words = c.argValues();
    Map<String, String> flags = new LinkedHashMap<>();
    List<String> args = new ArrayList<>();
    String sub = "";
    String sub2 = "";
    int i = 0;
    // go -C dir build …: -C must come first
    while (i < words.size() && words.get(i).startsWith("-")) {
      i = flag(words, i, flags);
    }
    if (i < words.size()) {
      sub = words.get(i++);
    }
    if (WITH_SUB2.contains(sub)) {
      while (i < words.size() && words.get(i).startsWith("-")) {
        i = flag(words, i, flags);
      }
      if (i < words.size()) {
        sub2 = words.get(i++);
      }
    }
    boolean run = sub.equals("run");
    boolean envCmd = sub.equals("env");
    while (i < words.size()) {
      String w = words.get(i);
      if (w.equals("--") || w.equals("-args")) {
        break;
      }
      if (w.startsWith("-") && w.length() > 1 && !envCmd) {
        i = flag(words, i, flags);
        continue;
      }
      if (envCmd && w.startsWith("-")) {
        flags.put(w.replaceFirst("^-+", ""), "true");
        i++;
        continue;
      }
      args.add(w);
      i++;
      if (run && !w.endsWith(".go")) {
        break;
      }
      if (run && w.endsWith(".go") && i < words.size() && !words.get(i).endsWith(".go")) {
        break;
      }
    }
    return Optional.of(new GoInvocation(c, sub, sub2, flags, args, xx));
  }

  private static int flag(List<String> words, int i, Map<String, String> flags) {
    String w = words.get(i).replaceFirst("^--?", "");
    int eq = w.indexOf('=');
    if (eq >= 0) {
      flags.put(w.substring(0, eq), w.substring(eq + 1));
      return i + 1;
    }
    if (VALUE_FLAGS.contains(w) && i + 1 < words.size()) {
      flags.put(w, words.get(i + 1));
      return i + 2;
    }
    flags.put(w, "true");
    return i + 1;
  }

  /** {@code build}, {@code mod download}, … as the user typed it. */
  public String name() {
    return sub2.isEmpty() ? sub : sub + " " + sub2;
  }

  /** The command as written, for messages. */
  public String text() {
    StringBuilder sb = new StringBuilder(command.name());
    for (Word w : command.args()) {
      sb.append(' ').append(w.raw());
    }
    String s = sb.toString();
    return s.length() > 120 ? s.substring(0, 117) + "..." : s;
  }

  public Optional<String> flag(String name) {
    return Optional.ofNullable(flags.get(name));
  }

  public boolean hasFlag(String name) {
    return flags.containsKey(name);
  }

  public int line() {
    return command.line();
  }

  /** Arguments of the form {@code path@version}. */
  public boolean allArgsVersioned() {
    return !args.isEmpty() && args.stream().allMatch(a -> a.contains("@"));
  }

  /** Only {@code .go} files named (e.g. {@code go run main.go}). */
  public boolean onlyGoFiles() {
    return !args.isEmpty() && args.stream().allMatch(a -> a.endsWith(".go"));
  }

  /** {@code build|test|vet|list|run|install} load packages and honour {@code -mod}/vendor mode. */
  public boolean isPackageLoading() {
    return Set.of("build", "test", "vet", "list", "run", "install", "generate").contains(sub);
  }

  /**
   * True when Go needs a main module (a go.mod found from the working directory) for this
   * command, per GMD401's list: quiet for {@code pkg@version} forms, {@code go mod init},
   * {@code go version|env|help|doc|tool|clean}, {@code go work init}.
   */
  public boolean needsMainModule() {
    switch (sub) {
      case "build", "test", "vet", "list", "run", "install", "generate" -> {
        if (allArgsVersioned() && (sub.equals("install") || sub.equals("run") || sub.equals("list"))) {
          return false;
        }
        return !(sub.equals("list") && hasFlag("m") && allArgsVersioned());
      }
      case "get" -> {
        return true;
      }
      case "mod" -> {
        return switch (sub2) {
          case "download" -> args.isEmpty() || !allArgsVersioned();
          case "tidy", "vendor", "verify", "graph", "why", "edit" -> true;
          default -> false;
        };
      }
      default -> {
        return false;
      }
    }
  }

  /** Commands that fetch modules when they are missing from the module cache. */
  public boolean downloadsModules() {
    if (isPackageLoading() || sub.equals("get")) {
      return true;
    }
    return sub.equals("mod") && Set.of("download", "tidy", "vendor", "graph", "why").contains(sub2);
  }

  /** {@code go build}/{@code go install} (not {@code pkg@version}): produces a binary from this module. */
  public boolean buildsBinary() {
    return (sub.equals("build") || sub.equals("install")) && !allArgsVersioned();
  }

  /** {@code go mod tidy}, {@code go get}, {@code go mod edit} (without -json/-print), {@code -mod=mod}. */
  public boolean mutatesModuleFiles() {
    if (sub.equals("get")) {
      return true;
    }
    if (sub.equals("mod") && sub2.equals("tidy")) {
      return !hasFlag("diff");
    }
    if (sub.equals("mod") && sub2.equals("edit")) {
      return !hasFlag("json") && !hasFlag("print");
    }
    return isPackageLoading() && "mod".equals(flags.get("mod"));
  }

  /** Build tags from {@code -tags a,b} or the legacy space-separated form. */
  public List<String> tags() {
    String t = flags.getOrDefault("tags", "");
    return List.of(t.split("[ ,]+")).stream().filter(s -> !s.isEmpty()).toList();
  }

  /** {@code go env -w A=b C=d}: the assignments written to the GOENV file. */
  public Map<String, String> envWrites() {
    Map<String, String> m = new LinkedHashMap<>();
    if (sub.equals("env") && hasFlag("w")) {
      for (String a : args) {
        int eq = a.indexOf('=');
        if (eq > 0) {
          m.put(a.substring(0, eq), a.substring(eq + 1));
        }
      }
    }
    return m;
  }
}
