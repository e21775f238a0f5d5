package dev.gomoddoctor.docker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.docker.DockerChecker;
import dev.gomoddoctor.docker.DockerProject;
import dev.gomoddoctor.report.Finding;
import dev.gomoddoctor.testing.SharedData;
import dev.gomoddoctor.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recall of GMD401, GMD403, GMD412, GMD419 and GMD421 on real Dockerfiles: every corpus repository
 * is copied into a temp directory (with a {@code .git} at its root, as in a checkout), each
 * Dockerfile gets one realistic mutation that introduces exactly the failure a rule describes,
 * and the rule must fire at the Dockerfile line the failure happens on. Where a mutation applies
 * is decided from the Dockerfile text here, independently of the build-context model the rules use.
 * The unmutated copies must give none of these findings. docs/dockerfile-fp-review.md ("Recall on
 * mutated corpus Dockerfiles") records the figures and judges every miss. The corpus is only read.
 */
class DockerRulesCorpusMutationTest {

  private static final List<String> RULES = List.of("GMD401", "GMD403", "GMD412", "GMD419", "GMD421");

  /**
   * The misses judged in docs/dockerfile-fp-review.md: real failures the rules do not report
   * because the shared model cannot see them. Any other miss fails the test; a known miss that
   * starts to fire is printed so it can be removed from here.
   */
  private static final Map<String, String> KNOWN_MISSES = Map.of(
      "GMD401 grafana__loki/cmd/logql-analyzer/Dockerfile", "`make clean &&` before go build may create files",
      "GMD403 ollama__ollama/Dockerfile", "stage built on another stage, and `curl | tar` before the download",
      "GMD421 ollama__ollama/Dockerfile", "stage built on another stage, and `curl | tar` before the download");

  /** Fewer mutated Dockerfiles than this would make the recall figure meaningless. */
  private static final int MIN_MUTATED = 3;

  @TempDir
  Path tmp;

  private int copies;

  /** One mutated Dockerfile: the files to write (scan-root relative) and where the rule must fire. */
  record Mutant(String rule, String repo, String dockerfile, Map<String, String> writes, int line, String what) {}

  @Test
  void rulesFireWhereTheMutationBreaksTheBuild() throws IOException {
    List<Path> roots = SharedData.corpusRepos();
    Map<String, Integer> mutated = new TreeMap<>();
    Map<String, Integer> fired = new TreeMap<>();
    Map<String, List<String>> misses = new TreeMap<>();
    Map<String, List<String>> skipped = new TreeMap<>();
    List<String> baselineFindings = new ArrayList<>();
    List<String> unexplained = new ArrayList<>();
    List<String> knownNowFiring = new ArrayList<>();
    for (Path root : roots) {
      String repo = root.getFileName().toString();
      Map<String, String> files = readRepo(root);
      Path base = checkout(files, Map.of());
      for (Finding f : TestProject.in(base).run(new DockerChecker())) {
        if (RULES.contains(f.ruleId())) {
          baselineFindings.add(repo + "/" + f.location().display() + " " + f.ruleId() + ": " + f.message());
        }
      }
      List<Mutant> mutants = new ArrayList<>();
      for (String path : files.keySet()) {
        if (!isDockerfile(path)) {
          continue;
        }
        TextDockerfile df = TextDockerfile.parse(files.get(path));
        Mutations m = new Mutations(repo, path, df, files);
        m.all().forEach(mutants::add);
        m.skipped.forEach(s -> skipped.computeIfAbsent(s.substring(0, 6), k -> new ArrayList<>())
            .add(repo + "/" + path + ": " + s.substring(7)));
      }
      for (List<Mutant> batch : batches(mutants)) {
        Path dir = checkout(files, mergedWrites(batch));
        List<Finding> found = TestProject.in(dir).run(new DockerChecker());
        for (Mutant mu : batch) {
          mutated.merge(mu.rule(), 1, Integer::sum);
          List<Finding> mine = found.stream()
              .filter(f -> f.ruleId().equals(mu.rule()) && f.location().path().equals(mu.dockerfile()))
              .toList();
          String key = mu.rule() + " " + repo + "/" + mu.dockerfile();
          if (mine.stream().anyMatch(f -> f.location().line() == mu.line())) {
            fired.merge(mu.rule(), 1, Integer::sum);
            if (KNOWN_MISSES.containsKey(key)) {
              knownNowFiring.add(key);
            }
          } else {
            if (!KNOWN_MISSES.containsKey(key)) {
              unexplained.add(key);
            }
            String context = DockerProject.of(TestProject.in(dir).context()).builds().stream()
                .filter(b -> b.dockerfilePath().equals(mu.dockerfile()))
                .map(b -> b.context().describe()).findFirst().orElse("no build");
            misses.computeIfAbsent(mu.rule(), k -> new ArrayList<>()).add(repo + "/" + mu.dockerfile() + ":" + mu.line()
                + " (" + mu.what() + "; " + context + ")" + Optional.ofNullable(KNOWN_MISSES.get(key))
                    .map(r -> " known: " + r).orElse("")
                + (mine.isEmpty() ? "" : " fired elsewhere: " + mine.stream().map(f -> f.location().display()).toList()));
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (String rule : RULES) {
      int n = mutated.getOrDefault(rule, 0);
      int m = fired.getOrDefault(rule, 0);
      out.append(rule).append(": mutated ").append(n).append(" Dockerfiles, rule fired on ").append(m).append('\n');
      for (String miss : misses.getOrDefault(rule, List.of())) {
        out.append("  miss: ").append(miss).append('\n');
      }
      for (String s : skipped.getOrDefault(rule, List.of())) {
        out.append("  not mutated: ").append(s).append('\n');
      }
    }
    baselineFindings.forEach(b -> out.append("unmutated finding: ").append(b).append('\n'));
    knownNowFiring.forEach(k -> out.append("known miss now fires (remove it from KNOWN_MISSES): ").append(k).append('\n'));
    System.out.print(out);

    assertThat(baselineFindings).as("findings of these rules on the unmutated corpus (with .git)").isEmpty();
    assertThat(unexplained).as("misses not judged in docs/dockerfile-fp-review.md\n" + out).isEmpty();
    for (String rule : RULES) {
      assertThat(mutated.getOrDefault(rule, 0)).as(rule + " mutated Dockerfiles").isGreaterThanOrEqualTo(MIN_MUTATED);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the mutations

  /** The mutations of one Dockerfile; {@link #skipped} says where one looked possible but would not break the build. */
  static final class Mutations {
    private static final String GO_LINE = "go 1.22";
    final String repo;
    final String path;
    final TextDockerfile df;
    final Map<String, String> files;
    final List<String> skipped = new ArrayList<>();

    Mutations(String repo, String path, TextDockerfile df, Map<String, String> files) {
      this.repo = repo;
      this.path = path;
      this.df = df;
      this.files = files;
    }

    List<Mutant> all() {
      List<Mutant> out = new ArrayList<>();
      goSumDropped().ifPresent(out::add);
      goModDropped().ifPresent(out::add);
      replaceOutside().ifPresent(out::add);
      nonRootVcs().ifPresent(out::add);
      goWorkCopied().ifPresent(out::add);
      return out;
    }

    /** GMD403: `COPY go.mod go.sum ./` loses go.sum (a separate `COPY go.sum .` is deleted). */
    Optional<Mutant> goSumDropped() {
      for (TextDockerfile.Ins copy : df.instructions()) {
        if (!copy.isContextCopy() || copy.sources().stream().noneMatch(s -> base(s).equals("go.sum") || base(s).equals("go.*"))) {
          continue;
        }
        Optional<GoCmd> first = df.goCommandsAfter(copy).stream()
            .filter(g -> g.isModDownload() || g.writesGoSum() || (g.loadsPackages() && g.decidable())).findFirst();
        if (first.isEmpty()) {
          continue;
        }
        if (first.get().writesGoSum()) {
          skipped.add("GMD403 line " + first.get().line() + ": `go " + first.get().sub() + "` writes go.sum itself"
              + " before anything loads packages");
          return Optional.empty();
        }
        if (df.text().contains("-mod=vendor") || moduleIsVendored()) {
          skipped.add("GMD403 vendor mode: go.sum is not read");
          return Optional.empty();
        }
        if (first.get().isModDownload() && df.wholeContextCopyBetween(copy, df.firstLoadingAfter(first.get()))) {
          skipped.add("GMD403 line " + copy.first() + ": a later whole-context COPY brings go.sum before the first build"
              + " (quiet by the catalogue: the download's own go.sum is replaced by the real one)");
          return Optional.empty();
        }
        String text = dropSource(copy, s -> base(s).equals("go.sum"), "go.mod");
        return Optional.of(new Mutant("GMD403", repo, path, Map.of(path, text), first.get().line(),
            "go.sum dropped from line " + copy.first()));
      }
      return Optional.empty();
    }

    /** GMD401: the COPY of go.mod (with go.sum) is forgotten, or the whole-context COPY lands away from the WORKDIR. */
    Optional<Mutant> goModDropped() {
      for (TextDockerfile.Ins copy : df.instructions()) {
        if (!copy.isContextCopy()) {
          continue;
        }
        boolean explicit = copy.sources().stream().anyMatch(s -> base(s).equals("go.mod") || base(s).equals("go.*"));
        boolean whole = copy.sources().stream().anyMatch(s -> s.equals(".") || s.equals("./"));
        if (!explicit && !whole) {
          continue;
        }
        if (df.stageHasParentStage(copy.stage())) {
          continue; // a stage built on another: what that one created is unknown
        }
        Optional<GoCmd> first = df.goCommandsAfter(copy).stream()
            .filter(g -> g.needsMainModule() && g.decidable()).findFirst();
        if (first.isEmpty() || df.contextCopyBetween(copy, first.get())) {
          continue;
        }
        if (df.runsOtherCommandsBetween(copy, first.get())) {
          skipped.add("GMD401 line " + copy.first() + ": a RUN before the go command may create go.mod");
          continue;
        }
        String text;
        String what;
        if (explicit) {
          text = dropSource(copy, s -> base(s).equals("go.mod") || base(s).equals("go.sum") || base(s).equals("go.*"), null);
          what = "go.mod copy dropped from line " + copy.first();
        } else {
          Optional<String> dir = df.dirOf(first.get());
          if (dir.isEmpty()) {
            skipped.add("GMD401 line " + first.get().line() + ": the go command's directory is only known at build time");
            continue;
          }
          String dest = "/src/";
          if (dir.get().equals("/src") || dir.get().startsWith("/src/")) {
            dest = "/build/";
          }
          text = replaceDest(copy, dest);
          what = "whole-context COPY on line " + copy.first() + " sent to " + dest + " instead of " + dir.get();
        }
        return Optional.of(new Mutant("GMD401", repo, path, Map.of(path, text), first.get().line(), what));
      }
      return Optional.empty();
    }

    /** GMD412: the module the Dockerfile builds replaces a requirement with a sibling checkout outside the repository. */
    Optional<Mutant> replaceOutside() {
      Optional<String> modDir = enclosingModule(parent(path));
      if (modDir.isEmpty()) {
        return Optional.empty();
      }
      Optional<GoCmd> first = df.goCommands().stream()
          .filter(g -> g.needsMainModule() && g.decidable() && !g.text().contains("-mod=vendor")).findFirst();
      if (first.isEmpty()) {
        return Optional.empty();
      }
      if (moduleIsVendored()) {
        skipped.add("GMD412 vendor mode: replaced directories are not read");
        return Optional.empty();
      }
      String goModPath = modDir.get().isEmpty() ? "go.mod" : modDir.get() + "/go.mod";
      String goMod = files.get(goModPath);
      Matcher req = Pattern.compile("(?m)^\\s*(?:require\\s+)?([a-z0-9.-]+\\.[a-z]+/[^\\s]+)\\s+v[0-9][^\\s]*").matcher(goMod);
      String target = req.find() ? req.group(1) : "example.com/lib";
      String up = "../".repeat(modDir.get().isEmpty() ? 1 : modDir.get().split("/").length + 1);
      String dirName = target.substring(target.lastIndexOf('/') + 1);
      String mutated = goMod + (goMod.endsWith("\n") ? "" : "\n") + "\nreplace " + target + " => " + up + dirName + "\n";
      return Optional.of(new Mutant("GMD412", repo, path, Map.of(goModPath, mutated), first.get().line(),
          "replace " + target + " => " + up + dirName + " in " + goModPath));
    }

    /**
     * GMD419: a non-root USER before `go build` in a checkout copied with .git (git in the image),
     * or `-buildvcs=true` where the image has no git.
     */
    Optional<Mutant> nonRootVcs() {
      for (GoCmd g : df.goCommands()) {
        if (!g.buildsBinary() || g.text().contains("-buildvcs=false") || df.text().contains("GOFLAGS=-buildvcs=false")
            || df.text().contains("safe.directory")) {
          continue;
        }
        Optional<TextDockerfile.Ins> whole = df.wholeContextCopyBefore(g);
        if (whole.isEmpty()) {
          continue;
        }
        if (!contextIsCheckoutRoot()) {
          skipped.add("GMD419 line " + g.line() + ": the build context is not known to be the checkout root, where"
              + " .git is");
          return Optional.empty();
        }
        if (gitIgnored()) {
          skipped.add("GMD419 line " + g.line() + ": .dockerignore keeps .git out of the context");
          return Optional.empty();
        }
        if (df.userBefore(g).isPresent()) {
          continue; // already runs as a user of its own
        }
        Optional<Boolean> git = df.hasGit(g.stage(), g);
        if (git.isEmpty()) {
          skipped.add("GMD419 line " + g.line() + ": git in the image " + df.imageOf(g.stage()) + " is not known");
          return Optional.empty();
        }
        if (git.get()) {
          TextDockerfile.Ins run = df.instructionAt(g.line());
          String text = df.insertBefore(run.first(), "USER 1000");
          return Optional.of(new Mutant("GMD419", repo, path, Map.of(path, text), g.line() + 1,
              "USER 1000 before the RUN on line " + run.first()));
        }
        String text = df.replaceOnLine(g.line(), "go " + g.sub(), "go " + g.sub() + " -buildvcs=true");
        return Optional.of(new Mutant("GMD419", repo, path, Map.of(path, text), g.line(),
            "-buildvcs=true on line " + g.line() + " in " + df.imageOf(g.stage())));
      }
      return Optional.empty();
    }

    /**
     * GMD421: the repository adopts a workspace (`go work init && go work use -r .` next to the copied
     * go.mod) and the Dockerfile's `COPY go.mod go.sum ./` gains go.work; the other used modules are not copied.
     */
    Optional<Mutant> goWorkCopied() {
      for (TextDockerfile.Ins copy : df.instructions()) {
        if (!copy.isContextCopy() || copy.sources().stream().noneMatch(s -> base(s).equals("go.mod") || base(s).equals("go.*"))) {
          continue;
        }
        Optional<GoCmd> first = df.goCommandsAfter(copy).stream()
            .filter(g -> g.needsMainModule() && g.decidable()).findFirst();
        if (first.isEmpty() || df.contextCopyBetween(copy, first.get())) {
          continue;
        }
        if (df.text().contains("GOWORK=off")) {
          skipped.add("GMD421 GOWORK=off");
          return Optional.empty();
        }
        String goModSource = copy.sources().stream().filter(s -> base(s).equals("go.mod") || base(s).equals("go.*"))
            .findFirst().get().replace("go.*", "go.mod");
        Optional<String> ctx = contextHolding(goModSource);
        if (ctx.isEmpty()) {
          continue;
        }
        String srcDir = parent(goModSource.startsWith("./") ? goModSource.substring(2) : goModSource);
        String modDir = join(ctx.get(), srcDir);
        String workPath = join(modDir, "go.work");
        Map<String, String> writes = new LinkedHashMap<>();
        List<String> uses = new ArrayList<>();
        uses.add(".");
        if (files.containsKey(workPath)) {
          skipped.add("GMD421 " + workPath + " exists already");
          return Optional.empty();
        }
        for (String f : files.keySet()) {
          if (f.endsWith("/go.mod") && !f.equals(join(modDir, "go.mod")) && (modDir.isEmpty() || f.startsWith(modDir + "/"))
              && !f.contains("/vendor/") && !f.contains("testdata/") && !f.startsWith("vendor/")) {
            uses.add("./" + parent(modDir.isEmpty() ? f : f.substring(modDir.length() + 1)));
          }
        }
        if (uses.size() == 1) {
          uses.add("./tools");
          writes.put(join(modDir, "tools/go.mod"), "module example.com/tools\n\n" + GO_LINE + "\n");
        }
        List<String> missing = uses.stream().filter(u -> !u.equals(".") && !df.copiesBefore(first.get(), u.substring(2)))
            .toList();
        if (missing.isEmpty()) {
          skipped.add("GMD421 line " + copy.first() + ": every module go.work uses is copied");
          return Optional.empty();
        }
        String goLine = goLineOf(files.getOrDefault(join(modDir, "go.mod"), ""));
        writes.put(workPath, goLine + "\n\nuse (\n" + uses.stream().map(u -> "\t" + u + "\n").reduce("", String::concat)
            + ")\n");
        boolean destIsDir = copy.dest().endsWith("/") || copy.dest().equals(".") || copy.sources().size() > 1;
        String text = copy.sources().stream().anyMatch(s -> base(s).equals("go.*"))
            ? df.text()
            : destIsDir
                ? df.replaceOnLine(lineOfSource(copy, goModSource), goModSource, goModSource + " " + join(srcDir, "go.work"))
                // `COPY go.mod go.mod` becomes `COPY go.mod go.work ./` (several sources need a directory)
                : df.replaceLines(copy.first(), copy.last(), copy.keyword() + " " + goModSource + " "
                    + join(srcDir, "go.work") + " " + (parent(copy.dest()).isEmpty() ? "./" : parent(copy.dest()) + "/"));
        writes.put(path, text);
        return Optional.of(new Mutant("GMD421", repo, path, writes, first.get().line(),
            "go.work (use " + String.join(" ", uses) + ") in " + (modDir.isEmpty() ? "." : modDir)
                + " and COPY on line " + copy.first() + "; not copied: " + missing));
      }
      return Optional.empty();
    }

    private int lineOfSource(TextDockerfile.Ins copy, String source) {
      for (int l = copy.first(); l <= copy.last(); l++) {
        if (df.line(l).contains(source)) {
          return l;
        }
      }
      return copy.first();
    }

    /** The directory, from the Dockerfile's up to the repository root, where the source exists (the likely context). */
    private Optional<String> contextHolding(String source) {
      String s = source.startsWith("./") ? source.substring(2) : source.startsWith("/") ? source.substring(1) : source;
      String d = parent(path);
      while (true) {
        if (files.containsKey(join(d, s))) {
          return Optional.of(d);
        }
        if (d.isEmpty()) {
          return Optional.empty();
        }
        d = parent(d);
      }
    }

    private Optional<String> enclosingModule(String dir) {
      String d = dir;
      while (true) {
        if (files.containsKey(join(d, "go.mod"))) {
          return Optional.of(d);
        }
        if (d.isEmpty()) {
          return Optional.empty();
        }
        d = parent(d);
      }
    }

    private boolean moduleIsVendored() {
      return enclosingModule(parent(path)).map(d -> files.containsKey(join(d, "vendor/modules.txt"))).orElse(false);
    }

    /**
     * The Dockerfile is at the repository root, or it names a path (`cd x`, `./x/...` packages,
     * COPY sources) that exists from the root but not from its own directory: it is built with
     * the checkout root as context.
     */
    private boolean contextIsCheckoutRoot() {
      String own = parent(path);
      if (own.isEmpty()) {
        return true;
      }
      List<String> named = new ArrayList<>();
      for (GoCmd g : df.goCommands()) {
        g.args().stream().filter(a -> a.startsWith("./") && a.length() > 2).map(a -> a.substring(2)).forEach(named::add);
      }
      Matcher cd = Pattern.compile("\\bcd\\s+([^\\s/$][^\\s;&]*)").matcher(df.text());
      while (cd.find()) {
        named.add(cd.group(1));
      }
      for (TextDockerfile.Ins x : df.instructions()) {
        if (x.isContextCopy()) {
          x.sources().stream().filter(src -> !src.equals(".") && !src.equals("./") && !src.contains("$"))
              .map(src -> src.startsWith("./") ? src.substring(2) : src).forEach(named::add);
        }
      }
      for (String n : named) {
        String p = n.replaceAll("/+(\\.\\.\\.)?$", "").replaceAll("/\\.\\.\\.$", "");
        if (!p.isEmpty() && existsInRepo(p) && !existsInRepo(join(own, p))) {
          return true;
        }
      }
      return false;
    }

    private boolean existsInRepo(String p) {
      return files.containsKey(p) || files.keySet().stream().anyMatch(f -> f.startsWith(p + "/"));
    }

    private boolean gitIgnored() {
      for (String ignore : List.of(path + ".dockerignore", ".dockerignore", join(parent(path), ".dockerignore"))) {
        String text = files.get(ignore);
        if (text != null && Pattern.compile("(?m)^\\s*(/?\\.git/?|\\*\\*/\\.git|\\*)\\s*$").matcher(text).find()) {
          return true;
        }
      }
      return false;
    }

    /** The Dockerfile with the matching sources removed from a COPY (the COPY blanked when none is left). */
    private String dropSource(TextDockerfile.Ins copy, java.util.function.Predicate<String> drop, String globReplacement) {
      List<String> keep = new ArrayList<>();
      boolean glob = false;
      for (String s : copy.sources()) {
        if (base(s).equals("go.*") && globReplacement != null) {
          keep.add(s.replace("go.*", globReplacement));
          glob = true;
        } else if (!drop.test(s)) {
          keep.add(s);
        }
      }
      if (keep.isEmpty() && !glob) {
        return df.replaceLines(copy.first(), copy.last(), "# (mutation: COPY removed)");
      }
      return df.replaceLines(copy.first(), copy.last(), copy.keyword() + " " + String.join(" ", copy.flags())
          + (copy.flags().isEmpty() ? "" : " ") + String.join(" ", keep) + " " + copy.dest());
    }

    private String replaceDest(TextDockerfile.Ins copy, String dest) {
      return df.replaceLines(copy.first(), copy.last(), copy.keyword() + " " + String.join(" ", copy.flags())
          + (copy.flags().isEmpty() ? "" : " ") + String.join(" ", copy.sources()) + " " + dest);
    }

    private static String goLineOf(String goMod) {
      Matcher m = Pattern.compile("(?m)^go\\s+(\\S+)").matcher(goMod);
      return m.find() ? "go " + m.group(1) : GO_LINE;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // a plain-text view of a Dockerfile: instructions with their lines, go commands with theirs

  /** A go command on one physical line of a RUN. */
  record GoCmd(int line, int stage, int ins, String sub, String text, List<String> args) {
    boolean isModDownload() {
      return sub.equals("mod download") && args.isEmpty();
    }

    boolean writesGoSum() {
      return sub.equals("get") || sub.equals("mod tidy");
    }

    boolean loadsPackages() {
      return List.of("build", "test", "vet", "list", "run", "install", "generate").contains(sub) && !versioned();
    }

    boolean needsMainModule() {
      if (sub.startsWith("mod ")) {
        return !sub.equals("mod download") || args.isEmpty() || args.stream().noneMatch(a -> a.contains("@"));
      }
      return sub.equals("get") || loadsPackages();
    }

    boolean buildsBinary() {
      return (sub.equals("build") || sub.equals("install")) && !versioned();
    }

    boolean versioned() {
      return !args.isEmpty() && args.stream().allMatch(a -> a.contains("@"));
    }

    /** Whether the catalogue decides without Go sources: `go build x.go` needs them (std-only imports are quiet). */
    boolean decidable() {
      if (sub.equals("run")) {
        return args.isEmpty() || !args.get(0).endsWith(".go");
      }
      return args.isEmpty() || !args.stream().allMatch(a -> a.endsWith(".go"));
    }
  }

  record TextDockerfile(List<String> lines, List<Ins> instructions, List<GoCmd> goCommands) {

    record Ins(int first, int last, String keyword, String args, int stage, List<String> flags, List<String> sources,
        String dest) {
      boolean isContextCopy() {
        return (keyword.equals("COPY") || keyword.equals("ADD")) && flags.stream().noneMatch(f -> f.startsWith("--from"))
            && !sources.isEmpty();
      }
    }

    private static final Pattern GO = Pattern.compile(
        "(?<![\\w./$-])go\\s+(?:-C\\s+\\S+\\s+)?(build|install|test|vet|run|list|generate|get|mod\\s+(?:download|tidy|vendor|verify|graph|why))(?![\\w-])([^;&|)]*)");
    private static final java.util.Set<String> VALUE_FLAGS = java.util.Set.of("-o", "-tags", "-ldflags", "-gcflags",
        "-asmflags", "-mod", "-modfile", "-buildmode", "-p", "-pkgdir", "-installsuffix", "--installsuffix", "-overlay",
        "-pgo", "-exec", "-run", "-count", "-timeout", "-coverprofile", "-toolexec", "-compiler", "--ldflags", "-covermode");

    static TextDockerfile parse(String text) {
      List<String> lines = List.of(text.split("\n", -1));
      List<Ins> ins = new ArrayList<>();
      List<GoCmd> gos = new ArrayList<>();
      int stage = -1;
      int i = 0;
      while (i < lines.size()) {
        String t = lines.get(i).trim();
        if (t.isEmpty() || t.startsWith("#")) {
          i++;
          continue;
        }
        int first = i;
        StringBuilder joined = new StringBuilder();
        String cur = lines.get(i);
        Matcher heredoc = Pattern.compile("<<-?[\"']?(\\w+)[\"']?").matcher(cur);
        String terminator = heredoc.find() ? heredoc.group(1) : null;
        while (true) {
          String c = lines.get(i);
          String ct = c.trim();
          boolean cont = c.stripTrailing().endsWith("\\");
          if (!(i > first && ct.startsWith("#"))) {
            joined.append(cont ? c.stripTrailing().substring(0, c.stripTrailing().length() - 1) : c).append(' ');
          }
          if (!cont || i + 1 >= lines.size()) {
            break;
          }
          i++;
        }
        if (terminator != null) {
          while (i + 1 < lines.size() && !lines.get(i).trim().equals(terminator)) {
            i++;
            if (!lines.get(i).trim().equals(terminator)) {
              joined.append(lines.get(i)).append(' ');
            }
          }
        }
        int last = i;
        i++;
        String all = joined.toString().trim();
        int sp = all.indexOf(' ');
        String keyword = (sp < 0 ? all : all.substring(0, sp)).toUpperCase();
        String args = sp < 0 ? "" : all.substring(sp + 1).trim();
        if (keyword.equals("FROM")) {
          stage++;
        }
        List<String> words = new ArrayList<>(List.of(args.split("\\s+")));
        List<String> flags = new ArrayList<>();
        while (!words.isEmpty() && words.get(0).startsWith("--")) {
          flags.add(words.remove(0));
        }
        List<String> sources = List.of();
        String dest = "";
        if ((keyword.equals("COPY") || keyword.equals("ADD")) && !words.isEmpty() && !words.get(0).startsWith("[")
            && !args.contains("<<")) {
          dest = words.get(words.size() - 1);
          sources = words.subList(0, words.size() - 1).stream().map(w -> w.replaceAll("^[\"']|[\"']$", "")).toList();
        }
        ins.add(new Ins(first + 1, last + 1, keyword, args, stage, flags, sources, dest));
        if (keyword.equals("RUN")) {
          for (int l = first; l <= last; l++) {
            Matcher m = GO.matcher(lines.get(l));
            while (m.find()) {
              String before = lines.get(l).substring(0, m.start());
              if (before.matches(".*(-exec|-execdir|xargs)\\s+$")) {
                continue; // run by find/xargs: not a command of the script itself
              }
              String sub = m.group(1).replaceAll("\\s+", " ");
              gos.add(new GoCmd(l + 1, stage, ins.size() - 1, sub, m.group(), argsOf(m.group(2))));
            }
          }
        }
      }
      return new TextDockerfile(lines, ins, gos);
    }

    private static List<String> argsOf(String rest) {
      List<String> out = new ArrayList<>();
      Matcher w = Pattern.compile("'[^']*'|\"[^\"]*\"|\\S+").matcher(rest.replace("\\", " "));
      boolean value = false;
      while (w.find()) {
        String s = w.group();
        if (value) {
          value = false;
        } else if (s.startsWith("-")) {
          value = !s.contains("=") && VALUE_FLAGS.contains(s);
        } else if (s.startsWith(">") || s.equals("2>&1")) {
          break;
        } else {
          out.add(s.replaceAll("^[\"']|[\"']$", ""));
        }
      }
      return out;
    }

    String text() {
      return String.join("\n", lines);
    }

    String line(int oneBased) {
      return lines.get(oneBased - 1);
    }

    Ins instructionAt(int line) {
      return instructions.stream().filter(x -> x.first() <= line && line <= x.last()).findFirst().orElseThrow();
    }

    Ins instructionOf(GoCmd g) {
      return instructions.get(g.ins());
    }

    List<GoCmd> goCommandsAfter(Ins copy) {
      return goCommands.stream().filter(g -> g.stage() == copy.stage() && g.line() > copy.last()).toList();
    }

    /** The first package-loading command after {@code g} in its stage (or g itself when it loads). */
    Optional<GoCmd> firstLoadingAfter(GoCmd g) {
      return goCommands.stream().filter(x -> x.stage() == g.stage() && x.line() > g.line() && x.loadsPackages())
          .findFirst();
    }

    boolean wholeContextCopyBetween(Ins copy, Optional<GoCmd> until) {
      int end = until.map(GoCmd::line).orElse(Integer.MAX_VALUE);
      return instructions.stream().anyMatch(x -> x.stage() == copy.stage() && x.first() > copy.last() && x.first() < end
          && x.isContextCopy() && x.sources().stream().anyMatch(s -> s.equals(".") || s.equals("./")));
    }

    /**
     * Any context COPY/ADD or bind mount between the two that may bring go.mod where g runs: one
     * into the WORKDIR (`.`, `./`) or to an absolute path; `COPY api/ api/` lands in a subdirectory.
     */
    boolean contextCopyBetween(Ins copy, GoCmd g) {
      return instructions.stream().anyMatch(x -> x.stage() == copy.stage() && x.first() > copy.last()
          && x.first() <= g.line() && (x.args().contains("type=bind") || (x.isContextCopy()
              && (x.dest().equals(".") || x.dest().equals("./") || x.dest().startsWith("/")))));
    }

    boolean runsOtherCommandsBetween(Ins copy, GoCmd g) {
      return instructions.stream().anyMatch(x -> x.stage() == copy.stage() && x.first() > copy.last()
          && x.last() < instructionOf(g).first() && x.keyword().equals("RUN")
          && !x.args().matches("(?s)(--mount\\S+\\s+)*(go |apk |apt-get |mkdir ).*"));
    }

    Optional<Ins> wholeContextCopyBefore(GoCmd g) {
      return instructions.stream().filter(x -> x.stage() == g.stage() && x.last() < g.line() && x.isContextCopy()
          && x.sources().stream().anyMatch(s -> s.equals(".") || s.equals("./"))).findFirst();
    }

    /** Whether a COPY before g in its stage brings {@code dir} (or the whole context). */
    boolean copiesBefore(GoCmd g, String dir) {
      return instructions.stream().anyMatch(x -> x.stage() == g.stage() && x.last() < g.line() && x.isContextCopy()
          && x.sources().stream().map(s -> s.startsWith("./") ? s.substring(2) : s)
              .anyMatch(s -> s.equals(".") || s.isEmpty() || s.equals(dir) || s.startsWith(dir + "/")));
    }

    Optional<Ins> userBefore(GoCmd g) {
      return instructions.stream().filter(x -> x.stage() == g.stage() && x.last() < g.line() && x.keyword().equals("USER"))
          .findFirst();
    }

    boolean stageHasParentStage(int stage) {
      String image = imageOf(stage);
      return instructions.stream().filter(x -> x.keyword().equals("FROM") && x.stage() < stage)
          .anyMatch(x -> x.args().toLowerCase().endsWith(" as " + image.toLowerCase()));
    }

    String imageOf(int stage) {
      Ins from = instructions.stream().filter(x -> x.keyword().equals("FROM") && x.stage() == stage).findFirst()
          .orElseThrow();
      List<String> w = new ArrayList<>(List.of(from.args().split("\\s+")));
      w.removeIf(s -> s.startsWith("--"));
      return w.get(0);
    }

    /** Git in the stage's image: Debian golang images have it, alpine ones only after `apk add git`. */
    Optional<Boolean> hasGit(int stage, GoCmd g) {
      String image = imageOf(stage);
      boolean apkGit = instructions.stream().anyMatch(x -> x.stage() == stage && x.last() < g.line()
          && x.keyword().equals("RUN") && x.args().matches("(?s).*(apk|apt-get) .*\\bgit\\b.*"));
      if (apkGit) {
        return Optional.of(true);
      }
      if (!image.matches("(docker\\.io/)?(library/)?golang(:.*)?")) {
        return Optional.empty();
      }
      return Optional.of(!image.contains("alpine"));
    }

    /** The absolute directory g runs in (WORKDIR, then a leading `cd`), when no variable is involved. */
    Optional<String> dirOf(GoCmd g) {
      String dir = "/";
      for (Ins x : instructions) {
        if (x.stage() == g.stage() && x.keyword().equals("WORKDIR") && x.last() < g.line()) {
          dir = resolve(dir, x.args());
        }
      }
      Matcher cd = Pattern.compile("\\bcd\\s+(\\S+)\\s*&&").matcher(instructionOf(g).args());
      if (cd.find()) {
        dir = resolve(dir, cd.group(1));
      }
      return dir.contains("$") ? Optional.empty() : Optional.of(dir);
    }

    private static String resolve(String dir, String p) {
      String r = p.startsWith("/") ? p : (dir.endsWith("/") ? dir : dir + "/") + p;
      return java.nio.file.Path.of(r).normalize().toString();
    }

    String replaceLines(int first, int last, String replacement) {
      List<String> out = new ArrayList<>(lines);
      out.set(first - 1, replacement);
      for (int l = first + 1; l <= last; l++) {
        out.set(l - 1, "");
      }
      return String.join("\n", out);
    }

    String replaceOnLine(int line, String from, String to) {
      List<String> out = new ArrayList<>(lines);
      out.set(line - 1, out.get(line - 1).replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
      return String.join("\n", out);
    }

    String insertBefore(int line, String text) {
      List<String> out = new ArrayList<>(lines);
      out.add(line - 1, text);
      return String.join("\n", out);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // copies of the corpus

  private static Map<String, String> readRepo(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }

  /** A fresh copy of the repository as a checkout (a .git at its root), with {@code writes} applied. */
  private Path checkout(Map<String, String> files, Map<String, String> writes) {
    Path dir = tmp.resolve("copy" + (copies++));
    Map<String, String> all = new TreeMap<>(files);
    all.putAll(writes);
    all.put(".git/HEAD", "ref: refs/heads/main\n");
    all.put(".git/config", "[core]\n\trepositoryformatversion = 0\n");
    try {
      for (Map.Entry<String, String> e : all.entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue(), StandardCharsets.ISO_8859_1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** Mutants grouped so that no two in a group write the same file differently (one scan per group). */
  private static List<List<Mutant>> batches(List<Mutant> mutants) {
    List<List<Mutant>> out = new ArrayList<>();
    for (Mutant m : mutants) {
      List<Mutant> home = null;
      for (List<Mutant> b : out) {
        if (b.get(0).rule().equals(m.rule()) && compatible(mergedWrites(b), m.writes())) {
          home = b;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        out.add(home);
      }
      home.add(m);
    }
    return out;
  }

  private static boolean compatible(Map<String, String> a, Map<String, String> b) {
    return b.entrySet().stream().allMatch(e -> !a.containsKey(e.getKey()) || a.get(e.getKey()).equals(e.getValue()));
  }

  private static Map<String, String> mergedWrites(List<Mutant> batch) {
    Map<String, String> w = new TreeMap<>();
    batch.forEach(m -> w.putAll(m.writes()));
    return w;
  }

  private static boolean isDockerfile(String path) {
    // the scan never walks vendor/ or testdata/ (FileIndex), so their Dockerfiles are not scanned
    if (path.startsWith("vendor/") || path.contains("/vendor/") || path.startsWith("testdata/")
        || path.contains("/testdata/")) {
      return false;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    return (name.equals("Dockerfile") || name.startsWith("Dockerfile.") || name.startsWith("Dockerfile-")
        || name.endsWith(".Dockerfile") || name.equals("Containerfile") || name.endsWith(".dockerfile"))
        && !name.endsWith(".dockerignore");
  }

  private static String base(String p) {
    return p.substring(p.lastIndexOf('/') + 1);
  }

  private static String parent(String p) {
    int i = p.lastIndexOf('/');
    return i < 0 ? "" : p.substring(0, i);
  }

  private static String join(String dir, String rel) {
    if (rel.isEmpty() || rel.equals(".")) {
      return dir;
    }
    return dir.isEmpty() ? rel : dir + "/" + rel;
  }
}
