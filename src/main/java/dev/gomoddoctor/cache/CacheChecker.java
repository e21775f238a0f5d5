package dev.gomoddoctor.cache;

import dev.gomoddoctor.cache.rules.ModcacheCorrupt;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import java.util.List;

/** Checks paths, caches and permissions, and module-cache integrity. */
public final class CacheChecker implements Checker {

  @Override
  public String name() {
    return "cache";
  }

  @Override
  public List<Rule> rules() {
    return List.of(new ModcacheCorrupt());
  }

  @Override
  public void check(ScanContext ctx, FindingSink sink) throws Exception {
    new ModcacheCorrupt().check(ctx, sink);
  }
}
