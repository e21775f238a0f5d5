package dev.gomoddoctor.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Finds and reads {@code .gomod-doctor.yaml}. Jackson is loaded only when a file exists
 * ({@link ConfigYamlParser}), so a scan without one starts faster.
 *
 * <pre>
 * rules:            # per code or name: off | error | warning | note
 *   GMD113: off
 *   go-sum-missing: warning
 * exclude: ["examples/**"]
 * private: ["*.corp.example.com", "github.com/acme/*"]
 * failOn: warning   # error | warning | note | never
 * docker:
 *   - dockerfile: build/Dockerfile
 *     context: .
 * cache:
 *   minFreeMiB: 2048
 * online:
 *   timeoutMillis: 3000
 * </pre>
 */
public final class ConfigLoader {
  public static final String FILE_NAME = ".gomod-doctor.yaml";

  private ConfigLoader() {}

  /** The config at {@code root/.gomod-doctor.yaml}, or the defaults when there is none. */
  public static Config loadFromRoot(Path root, Predicate<String> isKnownRule) throws ConfigException {
    Path file = root.resolve(FILE_NAME);
    return Files.isRegularFile(file) ? load(file, isKnownRule) : Config.defaults();
  }

  /**
   * Reads one configuration file.
   *
   * @param isKnownRule whether a {@code rules:} key names a rule (code or name)
   */
  public static Config load(Path file, Predicate<String> isKnownRule) throws ConfigException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return ConfigYamlParser.parse(file, r, isKnownRule);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ConfigException(file, 0, "no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ConfigException(file, 0, "not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException(file, 0, "cannot read: " + e.getMessage());
    }
  }
}
