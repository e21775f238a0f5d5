package dev.gomoddoctor.cache.verify;

import dev.gomoddoctor.cache.verify.Mismatch.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Verifies module versions in a module cache: what {@code go mod verify} does (zip and extracted
 * tree against the {@code .ziphash}; golang/go {@code modcmd/verify.go}), plus what it does not:
 * the content hash and the cached {@code .mod} against the project's go.sum lines, which is what
 * a build would compare and fail on ("checksum mismatch"). Modules are verified in parallel on a
 * bounded pool; each file is streamed, so memory stays constant per file.
 */
public final class CacheVerifier {
  /** The hash Go once wrote for empty go.mod files; Go drops such go.sum lines, so do we. */
  static final String EMPTY_GO_MOD_BUG_HASH = "h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=";
  private static final int MAX_LISTED_FILES = 10;

  private final CacheLayout layout;
  private final int threads;

  /** Called after each module, from worker threads. */
  @FunctionalInterface
  public interface Progress {
    void update(int done, int total);

    Progress NONE = (done, total) -> {};
  }

  public CacheVerifier(Path modcache, int threads) {
    this.layout = new CacheLayout(modcache);
    this.threads = Math.max(1, threads);
  }

  /** As many threads as Go's {@code go mod verify} uses (GOMAXPROCS). */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  public CacheLayout layout() {
    return layout;
  }

  /**
   * Verifies each module (duplicates dropped, order kept) against the cache and {@code sums}.
   * Interrupting the calling thread cancels the remaining work.
   */
  public VerifyResult verify(List<ModuleVersion> modules, List<ExpectedSum> sums, Progress progress)
      throws InterruptedException {
    long t0 = System.nanoTime();
    List<ModuleVersion> unique = new ArrayList<>(new java.util.LinkedHashSet<>(modules));
    Map<ModuleVersion, List<ExpectedSum>> sumsByModule = new HashMap<>();
    for (ExpectedSum s : sums) {
      sumsByModule.computeIfAbsent(s.module(), k -> new ArrayList<>()).add(s);
    }
    AtomicInteger done = new AtomicInteger();
    List<ModuleResult> results = new ArrayList<>(unique.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, unique.size())), r -> {
      Thread t = new Thread(r, "verify");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ModuleResult>> futures = new ArrayList<>(unique.size());
      for (ModuleVersion m : unique) {
        futures.add(pool.submit(() -> {
          ModuleResult r = verifyOne(m, sumsByModule.getOrDefault(m, List.of()));
          progress.update(done.incrementAndGet(), unique.size());
          return r;
        }));
      }
      for (Future<ModuleResult> f : futures) {
        results.add(f.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("verification failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new VerifyResult(layout.modcache(), results, (System.nanoTime() - t0) / 1_000_000);
  }

  /** Verifies one module version; never throws for bad or hostile cache content. */
  public ModuleResult verifyOne(ModuleVersion m, List<ExpectedSum> sums) {
    Optional<CacheLayout.ModuleFiles> maybeFiles = layout.files(m.path(), m.version());
    if (maybeFiles.isEmpty()) {
      // Go cannot place such a path or version in the cache; the module-file rules report it
      return new ModuleResult(m, ModuleResult.Status.NOT_DOWNLOADED, List.of(), List.of());
    }
    CacheLayout.ModuleFiles files = maybeFiles.get();
    List<Mismatch> out = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    boolean anything = false;

    boolean zipExists = Files.isRegularFile(files.zip());
    // Go counts a tree as extracted only when it is a directory, has no .partial and has a .ziphash
    boolean dirComplete = Files.isDirectory(files.dir()) && !Files.exists(files.partial())
        && Files.exists(files.ziphash());
    Optional<String> ziphash = Optional.empty();
    boolean ziphashPresent = false;
    try {
      ziphash = Optional.of(readSmall(files.ziphash(), 4096).strip());
      ziphashPresent = true;
    } catch (NoSuchFileException e) {
      if (zipExists) {
        out.add(new Mismatch(Kind.ZIPHASH_MISSING, m, files.ziphash().toString(),
            m.path() + " " + m.version() + ": missing ziphash: " + files.ziphash()
                + " (the zip is there; Go would re-hash it on next use)", List.of(), Optional.empty()));
      }
    } catch (IOException e) {
      unreadable.add(new Unreadable(files.ziphash().toString(), ZipHasher.describe(e)));
    }
    if (ziphash.isPresent() && !Hash1.isValidSum(ziphash.get())) {
      out.add(new Mismatch(Kind.ZIPHASH_INVALID, m, files.ziphash().toString(),
          m.path() + " " + m.version() + ": .ziphash does not hold an h1: hash (" + abbreviate(ziphash.get())
              + "); go mod verify reports the zip and dir as modified", List.of(), Optional.empty()));
    }

    ZipHasher.ZipHash zip = null;
    if (zipExists && (ziphashPresent || hasZipSum(sums))) {
      anything = true;
      zip = ZipHasher.hash(files.zip(), m.path(), m.version());
      zip.unreadable().ifPresent(w -> unreadable.add(new Unreadable(files.zip().toString(), w)));
      if (!zip.violations().isEmpty()) {
        out.add(new Mismatch(Kind.ZIP_INVALID, m, files.zip().toString(),
            m.path() + " " + m.version() + ": zip breaks Go's module zip rules or is damaged: "
                + String.join("; ", first(zip.violations())), List.of(), Optional.empty()));
      }
    }
    DirHasher.DirHash dir = null;
    if (dirComplete && ziphashPresent) {
      anything = true;
      dir = DirHasher.hash(files.dir(), files.prefix());
      unreadable.addAll(dir.unreadable());
      if (!dir.violations().isEmpty()) {
        out.add(new Mismatch(Kind.DIR_INVALID, m, files.dir().toString(),
            m.path() + " " + m.version() + ": extracted tree holds what Go never extracts: "
                + String.join("; ", first(dir.violations())), List.of(), Optional.empty()));
      }
    }

    Optional<String> zipH1 = zip == null ? Optional.empty() : zip.h1();
    Optional<String> dirH1 = dir == null ? Optional.empty() : dir.h1();
    List<String> differing = zip != null && dir != null && zip.unreadable().isEmpty() && dir.unreadable().isEmpty()
        ? differingFiles(zip.files(), dir.files(), files.prefix()) : List.of();

    if (ziphash.isPresent()) {
      String expected = ziphash.get();
      boolean bothAgree = zipH1.isPresent() && zipH1.equals(dirH1);
      String agreeNote = bothAgree ? "; the zip and the extracted tree agree with each other, so the .ziphash itself may"
          + " have been changed" : "";
      if (zipH1.isPresent() && !zipH1.get().equals(expected)) {
        out.add(new Mismatch(Kind.ZIP_MODIFIED, m, files.zip().toString(),
            m.path() + " " + m.version() + ": zip has been modified (" + files.zip() + "): hashes to " + zipH1.get()
                + ", .ziphash says " + abbreviate(expected) + describeFiles(differing, dirH1.filter(expected::equals).isPresent())
                + agreeNote,
            dirH1.filter(expected::equals).isPresent() ? differing : List.of(), Optional.empty()));
      }
      if (dirH1.isPresent() && !dirH1.get().equals(expected)) {
        boolean zipIsGood = zipH1.filter(expected::equals).isPresent();
        out.add(new Mismatch(Kind.DIR_MODIFIED, m, files.dir().toString(),
            m.path() + " " + m.version() + ": dir has been modified (" + files.dir() + "): hashes to " + dirH1.get()
                + ", .ziphash says " + abbreviate(expected) + describeFiles(differing, zipIsGood) + agreeNote,
            zipIsGood ? differing : List.of(), Optional.empty()));
      }
    }

    // What a build compares with go.sum: the .ziphash when valid, else the zip's own hash.
    Optional<String> content = ziphash.filter(Hash1::isValidSum).or(() -> zipH1);
    if (content.isPresent()) {
      anything = true;
      for (ExpectedSum bad : disagreeing(sums, false, content.get())) {
        String why;
        if (zipH1.filter(bad.hash()::equals).isPresent() || dirH1.filter(bad.hash()::equals).isPresent()) {
          why = "; the cached files still match go.sum, so the .ziphash was changed";
        } else if (zipH1.filter(content.get()::equals).isPresent() || dirH1.filter(content.get()::equals).isPresent()) {
          why = "; the cached files agree with the .ziphash, so the module differs from what go.sum recorded";
        } else {
          why = "";
        }
        out.add(new Mismatch(Kind.GO_SUM_MISMATCH, m, bad.file(),
            "verifying " + m.path() + "@" + m.version() + ": checksum mismatch: downloaded " + content.get()
                + ", " + bad.file() + ":" + bad.line() + " says " + bad.hash() + why, List.of(), Optional.of(bad)));
      }
    }

    if (sums.stream().anyMatch(ExpectedSum::goMod)) {
      try (InputStream in = Files.newInputStream(files.mod())) {
        anything = true;
        Hash1.StreamDigest d = Hash1.digest(in, ZipRules.MAX_GO_MOD);
        if (d.overLimit()) {
          out.add(new Mismatch(Kind.GO_MOD_SUM_MISMATCH, m, files.mod().toString(),
              m.path() + " " + m.version() + ": cached .mod is larger than " + ZipRules.MAX_GO_MOD + " bytes",
              List.of(), Optional.empty()));
        } else {
          String modH1 = Hash1.of(List.of(FileDigest.of("go.mod", d.sha256()))).orElseThrow();
          for (ExpectedSum bad : disagreeing(sums, true, modH1)) {
            out.add(new Mismatch(Kind.GO_MOD_SUM_MISMATCH, m, files.mod().toString(),
                "verifying " + m.path() + "@" + m.version() + "/go.mod: checksum mismatch: " + files.mod()
                    + " hashes to " + modH1 + ", " + bad.file() + ":" + bad.line() + " says " + bad.hash(),
                List.of(), Optional.of(bad)));
          }
        }
      } catch (NoSuchFileException e) {
        // not downloaded: nothing to compare
      } catch (IOException e) {
        unreadable.add(new Unreadable(files.mod().toString(), ZipHasher.describe(e)));
      }
    }

    ModuleResult.Status status;
    if (!out.isEmpty()) {
      status = ModuleResult.Status.MODIFIED;
    } else if (!unreadable.isEmpty()) {
      status = ModuleResult.Status.INCOMPLETE;
    } else if (anything || ziphashPresent) {
      status = ModuleResult.Status.VERIFIED;
    } else {
      status = ModuleResult.Status.NOT_DOWNLOADED;
    }
    return new ModuleResult(m, status, out, unreadable);
  }

  private static boolean hasZipSum(List<ExpectedSum> sums) {
    return sums.stream().anyMatch(s -> !s.goMod());
  }

  /**
   * The go.sum lines a build would fail on. Go walks one file's lines for a module in order: a
   * line with the same hash accepts, the first other {@code h1:} line fails; other algorithms are
   * skipped. Each go.sum file is judged on its own.
   */
  static List<ExpectedSum> disagreeing(List<ExpectedSum> sums, boolean goMod, String actual) {
    Map<String, List<ExpectedSum>> byFile = new LinkedHashMap<>();
    for (ExpectedSum s : sums) {
      if (s.goMod() == goMod && !(goMod && s.hash().equals(EMPTY_GO_MOD_BUG_HASH))) {
        byFile.computeIfAbsent(s.file(), k -> new ArrayList<>()).add(s);
      }
    }
    List<ExpectedSum> out = new ArrayList<>();
    for (List<ExpectedSum> lines : byFile.values()) {
      for (ExpectedSum s : lines) {
        if (s.hash().equals(actual)) {
          break;
        }
        if (s.hash().startsWith("h1:")) {
          out.add(s);
          break;
        }
      }
    }
    return out;
  }

  /** The module files whose content differs between the zip and the extracted tree. */
  static List<String> differingFiles(List<FileDigest> zip, List<FileDigest> dir, String prefix) {
    Map<String, FileDigest> z = new HashMap<>();
    for (FileDigest f : zip) {
      z.put(f.name(), f);
    }
    Map<String, FileDigest> d = new HashMap<>();
    for (FileDigest f : dir) {
      d.put(f.name(), f);
    }
    TreeSet<String> names = new TreeSet<>();
    names.addAll(z.keySet());
    names.addAll(d.keySet());
    List<String> out = new ArrayList<>();
    String strip = prefix + "/";
    for (String n : names) {
      FileDigest a = z.get(n);
      FileDigest b = d.get(n);
      String shown = n.startsWith(strip) ? n.substring(strip.length()) : n;
      if (a == null) {
        out.add(shown + " (only in the extracted tree)");
      } else if (b == null) {
        out.add(shown + " (missing from the extracted tree)");
      } else if (!a.sameContent(b)) {
        out.add(shown);
      }
    }
    return out;
  }

  private static String describeFiles(List<String> differing, boolean otherSideIsGood) {
    if (differing.isEmpty()) {
      return "";
    }
    String list = String.join(", ", first(differing))
        + (differing.size() > MAX_LISTED_FILES ? " and " + (differing.size() - MAX_LISTED_FILES) + " more" : "");
    return otherSideIsGood ? "; differing: " + list : "; zip and tree differ in: " + list;
  }

  private static List<String> first(List<String> all) {
    return all.size() <= MAX_LISTED_FILES ? all : all.subList(0, MAX_LISTED_FILES);
  }

  private static String abbreviate(String s) {
    String oneLine = s.replace("\n", "\\n").replace("\0", "\\0");
    return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
  }

  /** Reads a small text file, refusing to read more than {@code max} bytes of it. */
  static String readSmall(Path p, int max) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      byte[] b = in.readNBytes(max);
      return new String(b, StandardCharsets.UTF_8);
    }
  }
}
