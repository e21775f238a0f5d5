package dev.gomoddoctor.goenv;

import dev.gomoddoctor.goenv.model.EnvProblem;
import dev.gomoddoctor.goenv.model.EnvSource;
import dev.gomoddoctor.goenv.model.EnvValue;
import dev.gomoddoctor.goenv.parser.GoQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code gomod-doctor env} prints: every setting with its value and where it came from, as
 * text or JSON, with secrets redacted.
 */
public final class EnvListing {
  private EnvListing() {}

  /** The keys to list: the given ones, or every module-related key this toolchain knows. */
  public static List<String> keys(GoEnv env, List<String> requested) {
    if (!requested.isEmpty()) {
      return requested;
    }
    return GoEnvResolver.keys().stream().filter(env::knows).toList();
  }

  public static String text(GoEnv env, List<String> keys, Redactor redactor) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(toolchainLine(env)).append('\n');
    List<String[]> rows = new ArrayList<>();
    int width = 0;
    for (String k : keys) {
      EnvValue v = env.value(k).orElse(new EnvValue(k, "", EnvSource.byDefault("unknown to this toolchain"), ""));
      String left = k + "=" + shellQuote(redactor.redact(v.value()));
      String right = v.source().display() + (v.error().isEmpty() ? "" : "; " + redactor.redact(v.error()));
      rows.add(new String[] {left, right});
      width = Math.max(width, left.length());
    }
    for (String[] r : rows) {
      sb.append(r[0]).append(" ".repeat(width - r[0].length() + 2)).append("# ").append(r[1]).append('\n');
    }
    if (!env.problems().isEmpty()) {
      sb.append("# GOENV file problems (Go ignores these silently):\n");
      for (EnvProblem p : env.problems()) {
        sb.append("#   ").append(p.file()).append(p.line() > 0 ? ":" + p.line() : "").append(": ")
            .append(describe(p, redactor)).append('\n');
      }
    }
    return sb.toString();
  }

  public static String json(GoEnv env, List<String> keys, Redactor redactor) {
    StringBuilder sb = new StringBuilder("{\n");
    GoToolchain t = env.toolchain();
    sb.append("  \"toolchain\": {")
        .append("\"version\": ").append(str(t.versionName()))
        .append(", \"goroot\": ").append(str(t.goroot().orElse("")))
        .append(", \"go\": ").append(str(t.goBinary().orElse("")))
        .append(", \"assumed\": ").append(env.assumedVersion())
        .append("},\n");
    sb.append("  \"env\": {");
    String sep = "\n";
    for (String k : keys) {
      sb.append(sep);
      sep = ",\n";
      EnvValue v = env.value(k).orElse(null);
      sb.append("    ").append(str(k)).append(": ");
      if (v == null) {
        sb.append("null");
        continue;
      }
      EnvSource s = v.source();
      sb.append("{\"value\": ").append(str(redactor.redact(v.value())))
          .append(", \"source\": ").append(str(s.display()))
          .append(", \"kind\": ").append(str(s.kind().name().toLowerCase(java.util.Locale.ROOT)));
      if (!s.path().isEmpty()) {
        sb.append(", \"file\": ").append(str(s.path())).append(", \"line\": ").append(s.line());
      }
      if (!v.error().isEmpty()) {
        sb.append(", \"error\": ").append(str(redactor.redact(v.error())));
      }
      sb.append('}');
    }
    sb.append("\n  },\n  \"problems\": [");
    sep = "\n";
    for (EnvProblem p : env.problems()) {
      sb.append(sep);
      sep = ",\n";
      sb.append("    {\"file\": ").append(str(p.file())).append(", \"line\": ").append(p.line())
          .append(", \"kind\": ").append(str(p.kind().name().toLowerCase(java.util.Locale.ROOT)))
          .append(", \"key\": ").append(str(p.key()))
          .append(", \"message\": ").append(str(describe(p, redactor))).append('}');
    }
    sb.append(env.problems().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return sb.toString();
  }

  static String toolchainLine(GoEnv env) {
    GoToolchain t = env.toolchain();
    if (env.assumedVersion()) {
      return "no go toolchain found; values computed as " + GoEnv.ASSUMED_GO + " with the standard go.env would";
    }
    return t.versionName() + " at " + t.goroot().orElse("?") + t.goBinary().map(b -> " (go: " + b + ")").orElse("");
  }

  /** One problem in words, for the listing and GMD209. */
  public static String describe(EnvProblem p, Redactor redactor) {
    return switch (p.kind()) {
      case IGNORED_LINE -> "line ignored by Go: " + GoQuote.quote(redactor.redact(p.detail()));
      case STRAY_BYTES -> p.key() + " keeps the trailing bytes of " + GoQuote.quote(redactor.redact(p.detail()));
      case DUPLICATE_KEY -> p.key() + " is set again (first on line " + p.detail() + "); the last one wins";
      case UNREADABLE -> "cannot be read (" + p.detail() + "); Go ignores it";
    };
  }

  /** Like go env on Unix: single quotes; Go quoting when the value holds control characters. */
  static String shellQuote(String v) {
    if (v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return GoQuote.quote(v);
    }
    return "'" + v.replace("'", "'\\''") + "'";
  }

  static String str(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
