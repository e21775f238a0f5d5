package dev.gomoddoctor.cli;

import dev.gomoddoctor.report.render.OutputFormat;
import java.util.Optional;

/**
 * One {@code --output} of {@code scan}: {@code FILE} (in the {@code --format} format),
 * {@code FORMAT=FILE}, or {@code FORMAT=-} for standard output.
 *
 * @param format empty when the option named only a file
 */
record OutputTarget(Optional<OutputFormat> format, String file) {

  static OutputTarget parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq > 0) {
      Optional<OutputFormat> f = OutputFormat.parse(spec.substring(0, eq));
      if (f.isPresent()) {
        String file = spec.substring(eq + 1);
        if (file.isEmpty()) {
          throw new IllegalArgumentException("--output " + spec + ": missing file name (use - for stdout)");
        }
        return new OutputTarget(f, file);
      }
    }
    return new OutputTarget(Optional.empty(), spec);
  }

  boolean isStdout() {
    return file.equals("-");
  }

  OutputFormat formatOr(OutputFormat fallback) {
    return format.orElse(fallback);
  }
}
