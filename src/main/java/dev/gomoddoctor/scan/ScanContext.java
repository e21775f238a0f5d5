package dev.gomoddoctor.scan;

import dev.gomoddoctor.config.Config;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything a checker may look at: the scan root, the one shared walk of its files, the
 * configuration, the user's options and the facts other checkers computed.
 */
public record ScanContext(Path root, FileIndex files, Config config, ScanOptions options, SharedFacts facts) {

  public Map<String, String> environment() {
    return options.environment();
  }

  /** Absolute path of a file given relative to the root with {@code /} separators. */
  public Path resolve(String relativePath) {
    return root.resolve(relativePath);
  }

  /** Path relative to the root with {@code /} separators, as findings use. */
  public String relativize(Path path) {
    return FileIndex.toRelative(root, path);
  }
}
