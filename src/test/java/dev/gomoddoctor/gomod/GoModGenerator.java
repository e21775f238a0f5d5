package dev.gomoddoctor.gomod;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of go.mod and go.work texts for differential tests against the real go
 * command: valid files built from every directive form Go 1.19 knows (module, go, require,
 * exclude, replace, retract, blocks, comments, quoting, CRLF), and invalid ones made by one
 * mutation each. Newer directives (toolchain, godebug, tool, ignore) and go lines with a patch or
 * prerelease are left out: Go 1.19 does not know them. So are replace targets {@code .} and
 * {@code ..} on their own: x/mod counts them as directories only since after Go 1.19.
 */
final class GoModGenerator {
  private static final String[] PATHS = {
      "example.com/a", "example.com/b/v2", "github.com/Org/Repo", "golang.org/x/mod", "gopkg.in/yaml.v2",
      "gopkg.in/check.v1", "example.com/x/y/z", "k8s.io/api", "example.com/c/v3", "example.com/with~tilde"};
  private static final String[] MODULES = {
      "example.com/m", "github.com/acme/service", "myapp", "example.com/m/v2", "corp.internal/team/tool"};

  private final Random random;

  GoModGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A generated file: its text, and what the generator meant (for failure messages). */
  record Case(String name, String text, boolean mutated) {}

  List<Case> goModCases(int count) {
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> lines = validGoMod();
      boolean mutate = random.nextInt(100) < 45;
      String what = "valid";
      if (mutate) {
        what = mutate(lines);
      }
      String eol = random.nextInt(10) == 0 ? "\r\n" : "\n";
      String text = String.join(eol, lines) + (random.nextInt(8) == 0 ? "" : eol);
      cases.add(new Case("case" + i + " (" + what + ")", text, mutate));
    }
    return cases;
  }

  List<Case> goWorkCases(int count) {
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> lines = new ArrayList<>();
      if (random.nextBoolean()) {
        lines.add("go 1." + (18 + random.nextInt(2)));
      }
      int uses = random.nextInt(4);
      if (random.nextBoolean() && uses > 0) {
        lines.add("use (");
        for (int u = 0; u < uses; u++) {
          lines.add("\t" + dir() + maybeComment());
        }
        lines.add(")");
      } else {
        for (int u = 0; u < uses; u++) {
          lines.add("use " + dir());
        }
      }
      for (int r = random.nextInt(3); r > 0; r--) {
        lines.add(replaceLine(true));
      }
      boolean mutate = random.nextInt(100) < 40;
      String what = "valid";
      if (mutate) {
        int at = random.nextInt(lines.size() + 1);
        String[] bad = {"use", "use a b", "foo bar", "module x", "require a v1.0.0", "go 1.x", "go (", "use (",
            "replace a => b", "use \"unterminated", "use `x`", "toolchain (\n)", "use /* c */ ./x"};
        String b = bad[random.nextInt(bad.length)];
        lines.add(at, b);
        what = "inserted '" + b + "'";
      }
      cases.add(new Case("work" + i + " (" + what + ")", String.join("\n", lines) + "\n", mutate));
    }
    return cases;
  }

  private List<String> validGoMod() {
    List<String> lines = new ArrayList<>();
    if (random.nextInt(6) == 0) {
      lines.add("// Comment at the top.");
      lines.add("");
    }
    if (random.nextInt(20) != 0) {
      if (random.nextInt(5) == 0) {
        lines.add("// Deprecated: use " + pick(MODULES) + " instead.");
      }
      String m = pick(MODULES);
      if (random.nextInt(12) == 0) {
        lines.add("module (");
        lines.add("\t" + quoteMaybe(m));
        lines.add(")");
      } else {
        lines.add("module " + quoteMaybe(m) + (random.nextInt(8) == 0 ? " // Deprecated: gone" : ""));
      }
    }
    if (random.nextInt(5) != 0) {
      lines.add("");
      lines.add("go 1." + (11 + random.nextInt(9)) + (random.nextInt(10) == 0 ? " // the go line" : ""));
    }
    int sections = 1 + random.nextInt(5);
    for (int s = 0; s < sections; s++) {
      lines.add("");
      switch (random.nextInt(5)) {
        case 0, 1 -> requires(lines);
        case 2 -> {
          if (random.nextBoolean()) {
            lines.add("exclude " + moduleVersion());
          } else {
            lines.add("exclude (");
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
              lines.add("\t" + moduleVersion());
            }
            lines.add(")");
          }
        }
        case 3 -> {
          if (random.nextBoolean()) {
            lines.add(replaceLine(false));
          } else {
            lines.add("replace (");
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
              lines.add("\t" + replaceLine(false).substring("replace ".length()));
            }
            lines.add(")");
          }
        }
        default -> retracts(lines);
      }
    }
    if (random.nextInt(6) == 0) {
      lines.add("");
      lines.add("// trailing comment");
    }
    return lines;
  }

  private void requires(List<String> lines) {
    int n = 1 + random.nextInt(6);
    if (n == 1 && random.nextBoolean()) {
      lines.add("require " + moduleVersion() + indirect());
      return;
    }
    lines.add("require (" + (random.nextInt(10) == 0 ? " // block comment" : ""));
    for (int i = 0; i < n; i++) {
      if (random.nextInt(8) == 0) {
        lines.add("\t// about the next one");
      }
      if (random.nextInt(10) == 0) {
        lines.add("");
      }
      lines.add((random.nextInt(10) == 0 ? "    " : "\t") + moduleVersion() + indirect());
    }
    lines.add(")");
  }

  private void retracts(List<String> lines) {
    if (random.nextBoolean()) {
      lines.add("retract " + interval() + (random.nextBoolean() ? " // " + pick(new String[] {"oops", "bad <build> & more",
          "Published accidentally."}) : ""));
    } else {
      if (random.nextBoolean()) {
        lines.add("// Retracted for reasons.");
      }
      lines.add("retract (");
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        if (random.nextInt(3) == 0) {
          lines.add("\t// rationale line");
        }
        lines.add("\t" + interval());
      }
      lines.add(")");
    }
  }

  private String interval() {
    String v1 = "v1." + random.nextInt(5) + "." + random.nextInt(5);
    if (random.nextBoolean()) {
      return quoteMaybe(v1);
    }
    return "[" + v1 + ", " + quoteMaybe("v1." + (5 + random.nextInt(5)) + ".0") + "]";
  }

  private String moduleVersion() {
    String path = pick(PATHS);
    return quoteMaybe(path) + " " + versionFor(path);
  }

  private String versionFor(String path) {
    String major = path.endsWith("/v2") ? "2" : path.endsWith("/v3") ? "3" : path.endsWith(".v2") ? "2" : "1";
    if (path.startsWith("gopkg.in/check") && random.nextInt(3) == 0) {
      return "v0.0.0-20161208181325-20d25e280405";
    }
    return switch (random.nextInt(8)) {
      case 0 -> "v" + major + "." + random.nextInt(3); // non-canonical: Go fills in .0
      case 1 -> "v" + major + ".0.0-20230101120000-abcdefabcdef";
      case 2 -> "v" + major + ".2.4-0.20230101120000-abcdefabcdef";
      case 3 -> major.equals("1") ? "v4.1.0+incompatible" : "v" + major + ".1.0";
      case 4 -> quoteMaybe("v" + major + ".3.0-rc.1");
      case 5 -> "v" + major + ".1.2+build.5";
      default -> "v" + (major.equals("1") && random.nextBoolean() ? "0" : major) + "." + random.nextInt(20) + "."
          + random.nextInt(20);
    };
  }

  private String replaceLine(boolean work) {
    String old = pick(PATHS);
    String left = quoteMaybe(old) + (random.nextBoolean() ? " " + versionFor(old) : "");
    String right = random.nextBoolean() ? dir() : quoteMaybe(pick(PATHS).replaceAll("/v[23]$", "").replace(".v2", ".v1"))
        + " v1.0." + random.nextInt(9);
    return "replace " + left + " => " + right + (random.nextInt(6) == 0 ? " // local copy" : "");
  }

  private String dir() {
    return pick(new String[] {"./a", "../b", "/abs/path", "./with space", "../x/y", "C:/win", "./", "../"})
        .transform(d -> d.contains(" ") ? "\"" + d + "\"" : quoteMaybe(d));
  }

  private String indirect() {
    return switch (random.nextInt(8)) {
      case 0, 1 -> " // indirect";
      case 2 -> " // indirect; needed by tests";
      case 3 -> " //indirect";
      case 4 -> " // not indirect";
      default -> "";
    };
  }

  private String maybeComment() {
    return random.nextInt(5) == 0 ? " // module" : "";
  }

  private String quoteMaybe(String s) {
    return random.nextInt(6) == 0 ? "\"" + s + "\"" : s;
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  /** Breaks the file in one of the ways users (and tools) break go.mod files; returns what it did. */
  private String mutate(List<String> lines) {
    int at = random.nextInt(lines.size() + 1);
    String[] inserted = {
        "requires example.com/a v1.0.0", "require example.com/a master", "require example.com/a v1.2.3.4",
        "require example.com/b/v2 v1.0.0", "require example.com/a v2.0.0", "require example.com/a",
        "require example.com/a v1.0.0 extra", "exclude example.com/a latest", "replace example.com/a => other.com/b",
        "replace example.com/a => ./dir v1.0.0", "replace example.com/a v1.0.0 => example.com/b@v1.0.0",
        "replace example.com/a =>", "retract [v1.0.0 v1.1.0]", "retract v1.0.0 v1.0.1", "retract [v1.0.0,",
        "retract (v1.0.0, v1.1.0]", "go 1.x", "go v1.19", "go 1", "go 1.19 1.20", "module a b", "go (\n)",
        "exclude (\n\texample.com/a bad\n)", "require example.com/a `v1.0.0`", "require 'example.com/a' v1.0.0",
        "require \"example.com/\\q\" v1.0.0", "require example.com/a v1.0.0 /* no */", "/* block comment */",
        "require \"example.com/a v1.0.0", "foo (\n\tbar\n)", "require (\n\texample.com/a v1.0.0\n) trailing",
        "require x/v1 v1.0.0", "replace example.com/a/v1 => ./a", "require gopkg.in/yaml v1.0.0",
        "require example.com/a v1.0.0 // indirect\nrequire example.com/a \u0001", "require\u00a0example.com/a v1.0.0",
        "require example.com/a v01.0.0", "replace \"\" => ./a", "go 1.19\ngo 1.18"};
    switch (random.nextInt(10)) {
      case 0 -> {
        // drop a closing paren: unterminated block (or nothing to drop)
        for (int i = lines.size() - 1; i >= 0; i--) {
          if (lines.get(i).equals(")")) {
            lines.remove(i);
            return "removed ')' at line " + (i + 1);
          }
        }
        lines.add(at, "require (");
        return "unclosed require (";
      }
      case 1 -> {
        lines.add(at, "\t" + inserted[random.nextInt(inserted.length)]);
        return "indented insert at " + (at + 1);
      }
      default -> {
        String s = inserted[random.nextInt(inserted.length)];
        lines.add(at, s);
        return "inserted '" + s + "' at " + (at + 1);
      }
    }
  }
}
