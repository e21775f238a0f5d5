package dev.gomoddoctor.gomod.model;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code //go:build} expression (or the {@code // +build} lines of older files, converted).
 * Evaluated the way cmd/go's module commands do (imports.AnyTags): every tag may be true or false
 * as suits the file, except {@code ignore}, which is always false.
 */
public sealed interface BuildConstraint {

  record Tag(String name) implements BuildConstraint {}

  record Not(BuildConstraint x) implements BuildConstraint {}

  record And(BuildConstraint x, BuildConstraint y) implements BuildConstraint {}

  record Or(BuildConstraint x, BuildConstraint y) implements BuildConstraint {}

  /** GOOS values, GOARCH values and the other tags the go command sets by itself. */
  Set<String> KNOWN_TAGS = Set.of(
      "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux",
      "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
      "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle",
      "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv",
      "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
      "cgo", "unix", "gc", "gccgo");

  Pattern RELEASE_TAG = Pattern.compile("go1\\.[0-9]+");

  /** True when some choice of tags other than {@code ignore} builds the file (cmd/go AnyTags). */
  default boolean matchesAnyTags() {
    return eval(this, true, false);
  }

  /**
   * True when no combination of GOOS, GOARCH, {@code cgo}, {@code unix}, compiler and
   * {@code go1.N} tags builds the file: only a custom {@code -tags} value does.
   */
  default boolean needsCustomTag() {
    return !eval(this, true, true);
  }

  private static boolean eval(BuildConstraint c, boolean prefer, boolean onlyKnown) {
    if (c instanceof Tag t) {
      if (t.name().equals("ignore")) {
        return false;
      }
      if (onlyKnown && !KNOWN_TAGS.contains(t.name()) && !RELEASE_TAG.matcher(t.name()).matches()) {
        return false;
      }
      return prefer;
    }
    if (c instanceof Not n) {
      return !eval(n.x(), !prefer, onlyKnown);
    }
    if (c instanceof And a) {
      return eval(a.x(), prefer, onlyKnown) && eval(a.y(), prefer, onlyKnown);
    }
    Or o = (Or) c;
    return eval(o.x(), prefer, onlyKnown) || eval(o.y(), prefer, onlyKnown);
  }
}
