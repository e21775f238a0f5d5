package dev.gomoddoctor.docker.image;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What gomod-doctor knows about a base image from its name alone: its C library (and glibc
 * version for Debian/Ubuntu-based images), whether git and a C compiler are included, the
 * environment it sets, and for the official golang image its parsed tag.
 *
 * @param ref the parsed reference, empty when the FROM text could not be resolved
 * @param family a short word for messages: {@code golang}, {@code alpine}, {@code debian},
 *     {@code ubuntu}, {@code distroless-static}, {@code distroless-base}, {@code scratch}, …
 * @param suite the Debian/Ubuntu release, when known; for golang tags without a suite, the oldest
 *     possible one (see {@link #suiteIsLowerBound})
 * @param env environment variables the image sets (for golang: GOPATH, PATH, GOTOOLCHAIN)
 */
public record BaseImage(
    Optional<ImageRef> ref,
    String family,
    Libc libc,
    Optional<DebianSuite> suite,
    boolean suiteIsLowerBound,
    Presence git,
    Presence cCompiler,
    Optional<GolangTag> golang,
    Map<String, String> env) {

  public BaseImage {
    env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
  }

  /** An image nothing is known about (an unresolved ARG, a private image). */
  public static BaseImage unknown(Optional<ImageRef> ref) {
    return new BaseImage(ref, "unknown", Libc.UNKNOWN, Optional.empty(), false, Presence.UNKNOWN,
        Presence.UNKNOWN, Optional.empty(), Map.of());
  }

  public boolean isGolang() {
    return golang.isPresent() || family.equals("golang");
  }

  public boolean isScratch() {
    return family.equals("scratch");
  }

  /** The name as written, for messages. */
  public String display() {
    return ref.map(ImageRef::raw).orElse(family);
  }

  /** glibc version times 100 (236 = 2.36), when known. */
  public Optional<Integer> glibc() {
    return libc == Libc.GLIBC ? suite.map(DebianSuite::glibc) : Optional.empty();
  }
}
