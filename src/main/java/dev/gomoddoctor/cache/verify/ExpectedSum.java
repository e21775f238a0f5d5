package dev.gomoddoctor.cache.verify;

/**
 * One go.sum line the cache is compared with.
 *
 * @param version the version without {@code /go.mod}
 * @param goMod true for a {@code vX/go.mod} line (the hash of the go.mod alone)
 * @param file the go.sum (or go.work.sum) path as findings show it, relative to the scan root
 * @param line its 1-based line
 */
public record ExpectedSum(String path, String version, boolean goMod, String hash, String file, int line) {

  public ModuleVersion module() {
    return new ModuleVersion(path, version);
  }
}
