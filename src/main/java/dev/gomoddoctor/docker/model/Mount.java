package dev.gomoddoctor.docker.model;

import java.util.Map;

/**
 * One {@code RUN --mount=...} as BuildKit reads it ({@code type=cache,target=/go/pkg/mod,...}).
 * Values are as written (expand them with {@link StageState#expand}).
 *
 * @param type bind (the default), cache, tmpfs, secret or ssh
 * @param target where it is mounted ({@code target}, {@code dst}, {@code destination}); empty if absent
 * @param source {@code source}/{@code src}; empty if absent
 * @param from the stage, image or named context of a bind/cache mount; empty for the build context
 * @param options every key as written, lower-cased keys, for the less common ones (uid, gid,
 *     mode, id, sharing, required, env, size)
 */
public record Mount(String type, String target, String source, String from, boolean readOnly,
    Map<String, String> options) {

  public Mount {
    options = Map.copyOf(options);
  }

  public String option(String key) {
    return options.getOrDefault(key, "");
  }
}
