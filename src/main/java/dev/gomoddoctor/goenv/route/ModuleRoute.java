package dev.gomoddoctor.goenv.route;

/**
 * One requirement of one scanned go.mod and how the go command would get it.
 *
 * @param goMod the go.mod that requires it (relative path; findings attach to its line 1)
 * @param requiredPath the path as required (before a module-path replacement)
 * @param route the route of the module actually fetched (after replacement)
 * @param status whether it is fetched at all
 * @param completeInCache the module cache already holds it completely (no fetch needed offline)
 */
public record ModuleRoute(String goMod, String requiredPath, Route route, Status status, boolean completeInCache) {

  public enum Status {
    /** fetched through the route (unless already in the module cache) */
    FETCHED,
    /** vendor mode: builds read vendor/ and never fetch */
    VENDORED,
    /** replaced by a directory: never fetched or checksummed */
    FILESYSTEM_REPLACEMENT,
    /** a main (or workspace) module, not a dependency */
    MAIN_MODULE
  }

  /** The path that is fetched (after replacement). */
  public String path() {
    return route.module();
  }

  public String version() {
    return route.version();
  }

  public boolean fetched() {
    return status == Status.FETCHED;
  }

  /** Fetched and not already complete in the module cache: a build here needs the network. */
  public boolean needsDownload() {
    return status == Status.FETCHED && !completeInCache;
  }

  /** {@code path@version}, with the required path when a replacement changed it. */
  public String display() {
    String pv = route.module() + "@" + route.version();
    return requiredPath.equals(route.module()) ? pv : requiredPath + " (replaced by " + pv + ")";
  }
}
