package dev.gomoddoctor.gomod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.testing.GoTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds small vendored modules (local filesystem replacements only, no network), mutates
 * vendor/modules.txt and go.mod, and checks that the doctor's GMD107 verdict agrees with
 * {@code go build -mod=vendor} on whether the vendoring is inconsistent.
 */
class VendorDifferentialTest {

  private static final String LIB_MOD = "module example.com/lib\n\ngo 1.13\n";
  private static final String OTHER_MOD = "module example.com/other\n\ngo 1.13\n";

  private static String goMod(String goVersion, String extra) {
    return "module example.com/main\n\n"
        + (goVersion.isEmpty() ? "" : "go " + goVersion + "\n\n")
        + "require (\n\texample.com/lib v1.0.0\n\texample.com/other v1.2.0\n)\n\n"
        + "replace example.com/lib => ./lib\n\n"
        + "replace example.com/other v1.2.0 => ./other\n" + extra;
  }

  @Test
  void agreesWithGoBuild(@TempDir Path tmp) throws Exception {
    GoTool go = GoTool.require();
    Map<String, UnaryOperator<String>> txtMutations = new LinkedHashMap<>();
    txtMutations.put("unchanged", t -> t);
    txtMutations.put("drop explicit of lib", t -> t.replaceFirst("(# example.com/lib v1.0.0 => ./lib\n)## explicit\n", "$1"));
    txtMutations.put("drop all explicit", t -> t.replace("## explicit\n", "").replace("## explicit; go 1.13\n", ""));
    txtMutations.put("lib at other version", t -> t.replace("# example.com/lib v1.0.0", "# example.com/lib v1.0.1"));
    txtMutations.put("other at other version", t -> t.replace("# example.com/other v1.2.0", "# example.com/other v1.3.0"));
    txtMutations.put("lib replacement dropped", t -> t.replace("# example.com/lib v1.0.0 => ./lib", "# example.com/lib v1.0.0"));
    txtMutations.put("lib replaced elsewhere", t -> t.replace("# example.com/lib v1.0.0 => ./lib", "# example.com/lib v1.0.0 => ./lib2"));
    txtMutations.put("other replacement dropped", t -> t.replace("# example.com/other v1.2.0 => ./other", "# example.com/other v1.2.0"));
    txtMutations.put("wildcard line dropped", t -> t.replace("# example.com/lib => ./lib\n", ""));
    txtMutations.put("extra explicit module", t -> t + "# example.com/extra v1.0.0\n## explicit\nexample.com/extra\n");
    txtMutations.put("extra replaced module", t -> t + "# example.com/extra v1.0.0 => ./extra\n");
    txtMutations.put("extra explicit without packages", t -> t + "# example.com/extra v1.0.0\n## explicit\n");
    txtMutations.put("empty file", t -> "");
    txtMutations.put("unknown annotation", t -> t.replace("## explicit", "## explicit; future thing"));
    txtMutations.put("garbage module line", t -> t.replace("# example.com/other v1.2.0", "# example.com/other notaversion"));
    txtMutations.put("package lines removed", t -> t.replaceAll("(?m)^example\\.com/other\n", ""));

    Map<String, String> modVariants = new LinkedHashMap<>();
    modVariants.put("1.17", goMod("1.17", ""));
    modVariants.put("1.14", goMod("1.14", ""));
    modVariants.put("1.13", goMod("1.13", ""));
    modVariants.put("no go line", goMod("", ""));
    modVariants.put("1.17 + extra require", goMod("1.17", "\nrequire example.com/third v0.1.0\n\nreplace example.com/third => ./third\n"));

    int agree = 0;
    int inconsistent = 0;
    List<String> disagreements = new ArrayList<>();
    int n = 0;
    for (var mv : modVariants.entrySet()) {
      Path base = tmp.resolve("base" + (n++));
      String originalTxt = vendoredModule(go, base, mv.getValue());
      for (var tm : txtMutations.entrySet()) {
        Path dir = tmp.resolve("case" + (n++));
        copyTree(base, dir);
        Files.writeString(dir.resolve("vendor/modules.txt"), tm.getValue().apply(originalTxt));
        // odd cases leave GOFLAGS empty: vendor mode then depends on the go line, as in Go
        String goflags = n % 2 == 0 ? "-mod=vendor" : "";
        GoTool.Result r = go.run(dir, Map.of("GOFLAGS", goflags), "build", "-o", tmp.resolve("out").toString(), ".");
        boolean goInconsistent = r.stderr().contains("inconsistent vendoring");
        inconsistent += goInconsistent ? 1 : 0;
        boolean ours = !dev.gomoddoctor.testing.TestProject.in(dir).env("GOFLAGS", goflags)
            .run(new ModuleFilesChecker(), "GMD107").isEmpty();
        if (goInconsistent == ours) {
          agree++;
        } else {
          disagreements.add(mv.getKey() + " / " + tm.getKey() + ": go says " + (goInconsistent ? "inconsistent" : "consistent")
              + " (" + r.stderr().strip() + ")");
        }
      }
    }
    int total = modVariants.size() * txtMutations.size();
    System.out.printf("vendor differential: %d of %d cases agree with go build (%d inconsistent per go)%n",
        agree, total, inconsistent);
    assertThat(disagreements).isEmpty();
  }

  /** Writes the module tree, runs {@code go mod vendor}, returns the modules.txt Go wrote. */
  private static String vendoredModule(GoTool go, Path dir, String gomod) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("go.mod"), gomod);
    Files.writeString(dir.resolve("main.go"),
        "package main\n\nimport (\n\t_ \"example.com/lib\"\n\t_ \"example.com/other\"\n)\n\nfunc main() {}\n");
    for (String[] m : new String[][] {{"lib", LIB_MOD}, {"other", OTHER_MOD}, {"third", "module example.com/third\n\ngo 1.13\n"}}) {
      Files.createDirectories(dir.resolve(m[0]));
      Files.writeString(dir.resolve(m[0]).resolve("go.mod"), m[1]);
      Files.writeString(dir.resolve(m[0]).resolve(m[0] + ".go"), "package " + m[0] + "\n");
    }
    // wildcard replacement with no packages: Go lists it as a trailing "# path => dir" line
    GoTool.Result r = go.run(dir, Map.of("GOFLAGS", "-mod=mod"), "mod", "vendor");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return Files.readString(dir.resolve("vendor/modules.txt"));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
