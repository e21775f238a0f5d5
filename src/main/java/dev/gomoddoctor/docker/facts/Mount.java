package dev.gomoddoctor.docker.facts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code RUN --mount=…} as BuildKit reads it: comma-separated {@code key=value} fields (CSV
 * quoting allowed), {@code type} defaulting to {@code bind}, {@code target|dst|destination},
 * {@code source|src}, and for cache mounts {@code id} (defaults to the target), {@code uid},
 * {@code gid} (default 0) and {@code mode} (default 0755).
 */
public record Mount(String type, Map<String, String> fields) {

  public Mount {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** Parses the value of a {@code --mount} flag (without {@code --mount=}). */
  public static Mount parse(String value) {
    Map<String, String> f = new LinkedHashMap<>();
    for (String part : splitCsv(value)) {
      int eq = part.indexOf('=');
      String k = (eq < 0 ? part : part.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
      String v = eq < 0 ? "true" : part.substring(eq + 1).trim();
      switch (k) {
        case "dst", "destination" -> k = "target";
        case "src" -> k = "source";
        case "ro" -> k = "readonly";
        case "rw" -> k = "readwrite";
        default -> { }
      }
      f.put(k, v);
    }
    return new Mount(f.getOrDefault("type", "bind").toLowerCase(Locale.ROOT), f);
  }

  private static java.util.List<String> splitCsv(String s) {
    java.util.List<String> out = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        q = !q;
      } else if (c == ',' && !q) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  public Optional<String> target() {
    return get("target");
  }

  public boolean isCache() {
    return type.equals("cache");
  }

  public boolean isSecret() {
    return type.equals("secret");
  }

  public boolean isBind() {
    return type.equals("bind");
  }

  /** The cache id: the {@code id} field, else the target as written. */
  public String cacheId() {
    return get("id").or(this::target).orElse("");
  }

  /** The mount as written, for messages and hints. */
  public String text() {
    StringBuilder sb = new StringBuilder("--mount=");
    boolean first = true;
    for (Map.Entry<String, String> e : fields.entrySet()) {
      sb.append(first ? "" : ",").append(e.getKey()).append('=').append(e.getValue());
      first = false;
    }
    return sb.toString();
  }
}
