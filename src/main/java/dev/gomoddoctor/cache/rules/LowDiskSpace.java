package dev.gomoddoctor.cache.rules;

import dev.gomoddoctor.cache.CacheFacts;
import dev.gomoddoctor.cache.CacheRule;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

@RuleInfo(code = "GMD304", name = "low-disk-space", severity = Severity.WARNING,
    summary = "little free space where the caches live",
    tags = {"cache"},
    help = """
        Module downloads are extracted in full and the build cache grows with every build; a
        nearly full filesystem makes them fail half-way, which also leaves partial downloads
        behind (GMD306).

        Go prints: downloads or builds fail with `no space left on device`.

        **Fix:** free space (`go clean -cache`, `go clean -modcache`, which also deals with the
        module cache's read-only directories), or move GOCACHE/GOMODCACHE to a larger filesystem.
        The threshold is `minFreeMiB` in `.gomod-doctor.yaml` (default 1024 MiB).

        **Quiet:** filesystems with at least the configured space free; caches whose free space
        cannot be read.
        """)
public final class LowDiskSpace implements CacheRule {

  @Override
  public void check(CacheFacts facts, FindingSink sink) {
    long threshold = facts.config().minFreeMiB() * 1024L * 1024L;
    // one finding per filesystem, naming every cache on it
    Map<String, List<String>> byFs = new LinkedHashMap<>();
    Map<String, Long> free = new LinkedHashMap<>();
    add(facts, "GOMODCACHE", facts.modCache(), byFs, free);
    add(facts, "GOCACHE", facts.buildCache(), byFs, free);
    for (Map.Entry<String, List<String>> e : byFs.entrySet()) {
      long bytes = free.get(e.getKey());
      if (bytes < threshold) {
        sink.report(this, facts.anchor(),
            String.join(" and ", e.getValue()) + ": only " + bytes / (1024 * 1024) + " MiB free on " + e.getKey()
                + " (threshold " + facts.config().minFreeMiB() + " MiB); downloads and builds fail with `no space left on device`",
            "free space (go clean -cache; go clean -modcache) or move the caches to a larger filesystem");
      }
    }
  }

  private static void add(CacheFacts facts, String key, Optional<Path> dir, Map<String, List<String>> byFs, Map<String, Long> free) {
    if (dir.isEmpty()) {
      return;
    }
    Optional<Path> existing = facts.perms().nearestExisting(dir.get());
    if (existing.isEmpty()) {
      return;
    }
    OptionalLong bytes = facts.perms().facts().usableSpace(existing.get());
    if (bytes.isEmpty()) {
      return;
    }
    Path real = facts.perms().facts().realPath(existing.get()).orElse(existing.get());
    String fs = facts.perms().facts().mounts().mountOf(real).map(m -> m.mountPoint().toString()).orElse(real.toString());
    byFs.computeIfAbsent(fs, k -> new ArrayList<>()).add(key + " " + dir.get());
    free.put(fs, bytes.getAsLong());
  }
}
