package dev.gomoddoctor.goenv.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GOFLAGS as the go command reads it ({@code base/goflags.go}): split on white space; each word
 * must be {@code -name}, {@code --name}, {@code -name=value} or {@code --name=value}; the name
 * must be a flag of some go subcommand; a flag that takes a value needs {@code =value}.
 *
 * @param words every word, with what Go says about it
 */
public record GoFlags(List<Word> words) {

  /**
   * One word of GOFLAGS.
   *
   * @param name the flag name without dashes ("" for a non-flag)
   * @param value the text after {@code =}, if any
   * @param problem what Go prints about this word ("" when none), e.g.
   *     {@code go: parsing $GOFLAGS: unknown flag -foo}
   */
  public record Word(String text, String name, Optional<String> value, String problem) {}

  /** Flags that take a value in every go subcommand that has them. */
  static final Set<String> VALUE_FLAGS = Set.of(
      "C", "asmflags", "bench", "benchtime", "blockprofile", "blockprofilerate", "buildmode", "compat",
      "compiler", "count", "covermode", "coverpkg", "coverprofile", "cpu", "cpuprofile", "debug-actiongraph",
      "debug-runtime-trace", "debug-trace", "dropexclude", "dropgodebug", "dropignore", "dropreplace",
      "droprequire", "dropretract", "droptool", "dropuse", "exclude", "exec", "fuzz", "fuzzminimizetime",
      "fuzztime", "gccgoflags", "gcflags", "go", "godebug", "ignore", "installsuffix", "ldflags", "list",
      "memprofile", "memprofilerate", "mod", "modfile", "module", "mutexprofile", "mutexprofilefraction", "o",
      "outputdir", "overlay", "p", "parallel", "pgo", "pkgdir", "replace", "require", "retract", "reuse", "run",
      "shuffle", "skip", "tags", "timeout", "tool", "toolchain", "toolexec", "trace", "use", "vettool");

  /** Boolean flags (no value needed; a value must parse as a boolean). */
  static final Set<String> BOOL_FLAGS = Set.of(
      "a", "asan", "benchmem", "cache", "changed", "compiled", "cover", "d", "deps", "diff", "e", "export",
      "failfast", "find", "fix", "fmt", "fullpath", "fuzzcache", "i", "insecure", "linkshared", "m", "modcache",
      "modcacherw", "msan", "n", "print", "r", "race", "retracted", "short", "sync", "t", "test", "testcache",
      "trimpath", "u", "vendor", "versions", "w", "work", "x");

  /** Flags whose kind differs between subcommands ({@code -f} is a format in list, a bool in get). */
  static final Set<String> MIXED_FLAGS = Set.of("f", "json", "v", "buildvcs", "args", "l", "vet");

  public static boolean isKnownFlag(String name) {
    return VALUE_FLAGS.contains(name) || BOOL_FLAGS.contains(name) || MIXED_FLAGS.contains(name);
  }

  public static GoFlags parse(String goflags) {
    List<Word> words = new ArrayList<>();
    for (String f : GoStrings.fields(goflags)) {
      if (!f.startsWith("-") || f.equals("-") || f.equals("--") || f.startsWith("---") || f.startsWith("-=")
          || f.startsWith("--=")) {
        words.add(new Word(f, "", Optional.empty(), "go: parsing $GOFLAGS: non-flag " + GoQuote.quote(f)));
        continue;
      }
      String name = f.substring(1);
      if (name.startsWith("-")) {
        name = name.substring(1);
      }
      Optional<String> value = Optional.empty();
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = Optional.of(name.substring(eq + 1));
        name = name.substring(0, eq);
      }
      words.add(new Word(f, name, value, problemOf(name, value)));
    }
    return new GoFlags(words);
  }

  private static String problemOf(String name, Optional<String> value) {
    if (!isKnownFlag(name)) {
      return "go: parsing $GOFLAGS: unknown flag -" + name;
    }
    if (VALUE_FLAGS.contains(name) && value.isEmpty()) {
      return "go: flag needs an argument: -" + name + " (from $GOFLAGS)";
    }
    if (BOOL_FLAGS.contains(name) && value.isPresent() && !isBool(value.get())) {
      return "go: invalid boolean value " + GoQuote.quote(value.get()) + " for flag -" + name
          + " (from $GOFLAGS): parse error";
    }
    if (name.equals("mod") && value.isPresent() && !value.get().isEmpty()
        && !Set.of("mod", "readonly", "vendor").contains(value.get())) {
      return "-mod=" + value.get() + " not supported (can be '', 'mod', 'readonly', or 'vendor')";
    }
    return "";
  }

  /** strconv.ParseBool's accepted spellings. */
  static boolean isBool(String v) {
    return Set.of("1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False").contains(v);
  }

  /** The value of the last {@code -name=value} word (later words win, as with flags), if any. */
  public Optional<String> valueOf(String name) {
    Optional<String> v = Optional.empty();
    for (Word w : words) {
      if (w.name().equals(name) && w.value().isPresent()) {
        v = w.value();
      }
    }
    return v;
  }

  public boolean has(String name) {
    return words.stream().anyMatch(w -> w.name().equals(name));
  }

  public List<Word> problems() {
    return words.stream().filter(w -> !w.problem().isEmpty()).toList();
  }
}
