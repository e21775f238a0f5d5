package dev.gomoddoctor.cache;

import dev.gomoddoctor.cache.perm.PermissionModel;
import dev.gomoddoctor.config.Config;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.scan.ScanContext;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the cache rules look at in one scan: the effective Go paths, the permission model for the
 * target user, where findings without a file of their own attach, and (computed on first use)
 * the listing of the module cache.
 */
public final class CacheFacts {
  private final ScanContext ctx;
  private final CacheEnv env;
  private final PermissionModel perms;
  private ModuleCacheListing listing;

  public CacheFacts(ScanContext ctx, CacheEnv env, PermissionModel perms) {
    this.ctx = ctx;
    this.env = env;
    this.perms = perms;
  }

  public ScanContext context() {
    return ctx;
  }

  public CacheEnv env() {
    return env;
  }

  public PermissionModel perms() {
    return perms;
  }

  public Config config() {
    return ctx.config();
  }

  /** The scan root, absolute and normalized. */
  public Path root() {
    return ctx.root().toAbsolutePath().normalize();
  }

  /**
   * Where findings about the environment attach: the module's go.mod, line 1 (the root one, else
   * the first found, else go.work, else the scan root).
   */
  public Location anchor() {
    return Location.line(anchorPath(ctx), 1);
  }

  static String anchorPath(ScanContext ctx) {
    if (ctx.files().contains("go.mod")) {
      return "go.mod";
    }
    return ctx.files().named("go.mod").stream().findFirst()
        .or(() -> ctx.files().contains("go.work") ? Optional.of("go.work") : Optional.empty())
        .orElse(".");
  }

  /**
   * Where a finding about one setting attaches: the env file line it was set on when it came
   * from a file inside the scan root, else the anchor.
   */
  public Location locationOf(CacheEnv.Setting s) {
    if (!s.file().isEmpty() && s.line() > 0) {
      Path f = Path.of(s.file()).toAbsolutePath().normalize();
      if (f.startsWith(root())) {
        return Location.line(ctx.relativize(f), s.line());
      }
    }
    return anchor();
  }

  /** The effective GOMODCACHE as an absolute path, when Go would use one. */
  public Optional<Path> modCache() {
    return absolute(env.value("GOMODCACHE"));
  }

  /** The effective GOCACHE as an absolute path, when Go would use one (not "off"). */
  public Optional<Path> buildCache() {
    return absolute(env.value("GOCACHE"));
  }

  /** The module cache listing, walked once on first use. */
  public synchronized ModuleCacheListing moduleCache() {
    if (listing == null) {
      listing = modCache().map(ModuleCacheListing::walk).orElseGet(() -> ModuleCacheListing.empty(Path.of("/")));
    }
    return listing;
  }

  static Optional<Path> absolute(String v) {
    if (v.isEmpty() || !v.startsWith("/")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(v).normalize());
  }
}
