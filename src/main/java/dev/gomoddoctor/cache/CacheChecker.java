package dev.gomoddoctor.cache;

import dev.gomoddoctor.cache.perm.FsFacts;
import dev.gomoddoctor.cache.perm.Identity;
import dev.gomoddoctor.cache.perm.LinuxFsFacts;
import dev.gomoddoctor.cache.perm.PermissionModel;
import dev.gomoddoctor.cache.perm.SystemIdentity;
import dev.gomoddoctor.cache.rules.CacheDirNotWritable;
import dev.gomoddoctor.cache.rules.CacheForeignOwner;
import dev.gomoddoctor.cache.rules.CacheLocationUndefined;
import dev.gomoddoctor.cache.rules.GoPathInvalid;
import dev.gomoddoctor.cache.rules.LowDiskSpace;
import dev.gomoddoctor.cache.rules.ModcacheCorrupt;
import dev.gomoddoctor.cache.rules.ModcacheIncomplete;
import dev.gomoddoctor.cache.rules.ModuleFilesReadOnly;
import dev.gomoddoctor.cache.rules.TmpNoexec;
import dev.gomoddoctor.cache.rules.VcsStampingFails;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.Checker;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Checks paths, caches and permissions, and module-cache integrity. */
public final class CacheChecker implements Checker {

  /** Paths, permissions and cache health (GMD300–GMD306, GMD308, GMD309). */
  private final List<CacheRule> cacheRules = List.of(
      new GoPathInvalid(),
      new CacheDirNotWritable(),
      new CacheLocationUndefined(),
      new TmpNoexec(),
      new LowDiskSpace(),
      new CacheForeignOwner(),
      new ModcacheIncomplete(),
      new ModuleFilesReadOnly(),
      new VcsStampingFails());

  /** Module-cache verification (GMD307), only with --verify-cache. */
  private final ModcacheCorrupt modcacheCorrupt = new ModcacheCorrupt();

  private final Function<ScanContext, FsFacts> fsFacts;

  public CacheChecker() {
    this(ctx -> LinuxFsFacts.system());
  }

  /** With injected filesystem facts (tests: a system without mountinfo, a fake ACL). */
  public CacheChecker(Function<ScanContext, FsFacts> fsFacts) {
    this.fsFacts = fsFacts;
  }

  @Override
  public String name() {
    return "cache";
  }

  @Override
  public List<Rule> rules() {
    List<Rule> all = new ArrayList<>(cacheRules);
    all.add(modcacheCorrupt);
    return all;
  }

  @Override
  public Optional<String> skipReason(ScanContext ctx) {
    boolean goProject = ctx.files().contains("go.work") || !ctx.files().named("go.mod").isEmpty()
        || !ctx.files().matching(p -> p.endsWith(".go")).isEmpty();
    return goProject ? Optional.empty() : Optional.of("no Go module or Go files");
  }

  @Override
  public void check(ScanContext ctx, FindingSink sink) throws Exception {
    checkPathsAndPermissions(ctx, sink);
    modcacheCorrupt.check(ctx, sink);
  }

  private void checkPathsAndPermissions(ScanContext ctx, FindingSink sink) {
    if (cacheRules.stream().noneMatch(sink::isEnabled)) {
      return;
    }
    Optional<Identity> who = SystemIdentity.of(ctx.options().user());
    if (who.isEmpty()) {
      return; // no uid to judge for (not a Unix system): say nothing rather than guess
    }
    CacheEnv env = CacheEnv.of(GoEnv.of(ctx), ctx.environment());
    CacheFacts facts = new CacheFacts(ctx, env, new PermissionModel(fsFacts.apply(ctx), who.get()));
    for (CacheRule r : cacheRules) {
      if (sink.isEnabled(r)) {
        r.check(facts, sink);
      }
    }
  }
}
