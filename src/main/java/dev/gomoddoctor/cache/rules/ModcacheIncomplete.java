package dev.gomoddoctor.cache.rules;

import dev.gomoddoctor.cache.CacheFacts;
import dev.gomoddoctor.cache.CacheRule;
import dev.gomoddoctor.cache.ModuleCacheListing;
import dev.gomoddoctor.cache.ModuleCacheListing.VersionFile;
import dev.gomoddoctor.cache.verify.CacheLayout;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@RuleInfo(code = "GMD306", name = "modcache-incomplete", severity = Severity.WARNING,
    summary = "leftovers of interrupted downloads in the module cache",
    tags = {"cache"},
    help = """
        Go treats an extracted module directory `<path>@<version>/` as complete only when it
        exists, there is no `<version>.partial` marker, and `<version>.ziphash` exists in
        `cache/download/<path>/@v/` (the zip itself is not needed; golang/go
        `src/cmd/go/internal/modfetch/cache.go`, DownloadDir). A download killed half-way (CI
        timeout, full disk, Ctrl-C) leaves a `.partial` marker, `<v>.zip<random>.tmp` /
        `<v>.mod<random>.tmp` / `<v>.info<random>.tmp` files, or a zip without its `.ziphash`.
        Go then downloads the module again, which fails offline (`GOPROXY=off`,
        `GOFLAGS=-mod=mod` in an air-gapped build) and in read-only caches.

        Go prints: `go mod verify`: `… missing ziphash: …`; at build time
        `go: downloading example.com/a v1.0.0`, then offline `module lookup disabled by
        GOPROXY=off`.

        **Fix:** `go mod download` (online) completes the entries; or remove the module's
        directory and its `cache/download/<path>/@v/<version>.*` files and download again;
        `go clean -modcache` starts over (it also copes with the 0555 directories, where
        `rm -rf` fails).

        **Quiet:** `.lock` files (created for every downloaded version, never removed); an
        extracted directory with a valid `.ziphash` and no `.zip` (image-slimming scripts delete
        zips; builds and `go mod verify` still work); `.zip` + `.ziphash` with no extracted
        directory (`go get` downloads zips of upgrade candidates without extracting them); a
        complete cache.
        """)
public final class ModcacheIncomplete implements CacheRule {
  /** Findings beyond this many module versions are summed up in one last finding. */
  static final int MAX_FINDINGS = 20;
  /** {@code len("h1:") + 44}: Go's isValidSum. */
  static final int ZIPHASH_SIZE = 47;

  @Override
  public void check(CacheFacts facts, FindingSink sink) {
    if (facts.modCache().isEmpty()) {
      return;
    }
    ModuleCacheListing l = facts.moduleCache();
    Map<String, List<String>> problems = new TreeMap<>();
    Map<String, Map<String, VersionFile>> byDir = new HashMap<>();
    for (VersionFile f : l.versionFiles()) {
      byDir.computeIfAbsent(f.escapedPath(), k -> new HashMap<>()).put(f.name(), f);
    }
    for (VersionFile f : l.versionFiles()) {
      String n = f.name();
      Map<String, VersionFile> siblings = byDir.get(f.escapedPath());
      if (n.endsWith(".partial")) {
        add(problems, f.escapedPath(), n.substring(0, n.length() - ".partial".length()),
            "a .partial marker (" + f.file() + "): extraction was interrupted");
      } else if (n.endsWith(".tmp")) {
        add(problems, f.escapedPath(), versionOfTmp(n), "a temporary download file " + f.file());
      } else if (n.endsWith(".zip")) {
        String v = n.substring(0, n.length() - 4);
        if (!siblings.containsKey(v + ".ziphash")) {
          add(problems, f.escapedPath(), v, "a .zip with no .ziphash (" + f.file() + ")");
        }
      } else if (n.endsWith(".ziphash") && f.size() != ZIPHASH_SIZE) {
        add(problems, f.escapedPath(), n.substring(0, n.length() - 8),
            "a .ziphash of " + f.size() + " bytes instead of " + ZIPHASH_SIZE + " (" + f.file() + ")");
      }
    }
    for (String rel : l.extracted()) {
      int at = rel.lastIndexOf('@');
      String path = rel.substring(0, at);
      String version = rel.substring(at + 1);
      if (path.equals("golang.org/fips140")) {
        continue; // Go's DownloadDir does not require a ziphash for it
      }
      Map<String, VersionFile> siblings = byDir.getOrDefault(path, Map.of());
      if (!siblings.containsKey(version + ".ziphash") && !Files.exists(l.versionFile(path, version + ".ziphash"))) {
        add(problems, path, version, "an extracted directory " + l.root().resolve(rel)
            + " with no .ziphash: Go treats it as missing and downloads it again");
      }
    }
    int n = 0;
    for (Map.Entry<String, List<String>> e : problems.entrySet()) {
      if (++n > MAX_FINDINGS) {
        sink.report(this, facts.anchor(),
            (problems.size() - MAX_FINDINGS) + " more module versions in " + l.root() + " have leftovers of interrupted downloads",
            "go clean -modcache, then go mod download");
        break;
      }
      String modver = e.getKey();
      sink.report(this, facts.anchor(),
          "incomplete download of " + modver + " in the module cache: " + String.join("; ", e.getValue())
              + "; offline builds fail with module lookup disabled by GOPROXY=off",
          "go mod download " + modver + " (online) completes it; or delete its files under "
              + l.root().resolve("cache/download") + " and download again");
    }
  }

  private static void add(Map<String, List<String>> problems, String escPath, String escVersion, String what) {
    problems.computeIfAbsent(CacheLayout.unescape(escPath).orElse(escPath) + "@" + CacheLayout.unescape(escVersion).orElse(escVersion), k -> new ArrayList<>()).add(what);
  }

  /** {@code v1.0.0.zip12345.tmp} -> {@code v1.0.0}: the version precedes .zip/.mod/.info. */
  static String versionOfTmp(String name) {
    for (String ext : List.of(".zip", ".mod", ".info", ".ziphash")) {
      int i = name.lastIndexOf(ext);
      if (i > 0) {
        return name.substring(0, i);
      }
    }
    return name.substring(0, name.length() - 4);
  }



}
