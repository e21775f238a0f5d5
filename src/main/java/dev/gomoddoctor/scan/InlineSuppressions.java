package dev.gomoddoctor.scan;

import dev.gomoddoctor.report.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments in the scanned files, for the cases a team has judged and accepted:
 *
 * <pre>
 * # gomod-doctor:ignore GMD406 -- the base image is pinned by digest in CI
 * FROM golang:1.22
 * RUN go build ./...   # gomod-doctor:ignore go-sum-not-copied
 * // gomod-doctor:ignore-file GMD111
 * </pre>
 *
 * A directive names rule codes or names (comma or space separated; text after {@code --} is the
 * reason). Written at the end of a line it covers that line; alone on a comment line it covers
 * the next line that is not a comment or blank; {@code ignore-file} covers the whole file.
 */
public final class InlineSuppressions {
  private static final Pattern DIRECTIVE =
      Pattern.compile("(?:#|//)\\s*gomod-doctor:ignore(-file)?((?:[\\s,]+(?:GMD\\d{3}|[a-z0-9]+(?:-[a-z0-9]+)+))+)");
  /** Files larger than this are not searched for directives (no build file is that large). */
  private static final long MAX_BYTES = 4L << 20;

  private final Path root;
  private final Map<String, FileDirectives> byPath = new HashMap<>();

  public InlineSuppressions(Path root) {
    this.root = root;
  }

  /** The findings that no directive suppresses. */
  public List<Finding> filter(List<Finding> findings) {
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      FileDirectives d = byPath.computeIfAbsent(f.location().path(), this::read);
      if (!d.suppresses(f)) {
        kept.add(f);
      }
    }
    return kept;
  }

  private FileDirectives read(String relativePath) {
    Path p = root.resolve(relativePath).normalize();
    try {
      if (!p.startsWith(root.normalize()) || !Files.isRegularFile(p) || Files.size(p) > MAX_BYTES) {
        return FileDirectives.NONE;
      }
      return FileDirectives.parse(Files.readAllLines(p, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // unreadable or not UTF-8: no directives (the checker that needed it reports the file)
      return FileDirectives.NONE;
    }
  }

  /** Per line, the rules suppressed there; plus the whole-file ones. */
  record FileDirectives(Map<Integer, Set<String>> byLine, Set<String> wholeFile) {
    static final FileDirectives NONE = new FileDirectives(Map.of(), Set.of());

    static FileDirectives parse(List<String> lines) {
      Map<Integer, Set<String>> byLine = new HashMap<>();
      Set<String> wholeFile = new HashSet<>();
      Set<String> pending = new HashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String trimmed = line.strip();
        Matcher m = DIRECTIVE.matcher(line);
        boolean commentOnly = trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("//");
        if (m.find()) {
          Set<String> rules = new HashSet<>(List.of(m.group(2).strip().split("[\\s,]+")));
          if (m.group(1) != null) {
            wholeFile.addAll(rules);
          } else if (commentOnly) {
            pending.addAll(rules);
          } else {
            byLine.computeIfAbsent(i + 1, k -> new HashSet<>()).addAll(rules);
          }
        }
        if (!commentOnly && !pending.isEmpty()) {
          byLine.computeIfAbsent(i + 1, k -> new HashSet<>()).addAll(pending);
          pending.clear();
        }
      }
      return new FileDirectives(byLine, wholeFile);
    }

    boolean suppresses(Finding f) {
      if (matches(wholeFile, f)) {
        return true;
      }
      return f.location().hasLine() && matches(byLine.getOrDefault(f.location().line(), Set.of()), f);
    }

    private static boolean matches(Set<String> rules, Finding f) {
      return rules.contains(f.ruleId()) || rules.contains(f.ruleName());
    }
  }
}
