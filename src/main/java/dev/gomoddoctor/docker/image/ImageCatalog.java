package dev.gomoddoctor.docker.image;

import dev.gomoddoctor.docker.model.ImageDefaults;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Knowledge of common base images by name: the official golang image (docker-library/golang's
 * {@code Dockerfile-linux.template}), alpine, debian, ubuntu, buildpack-deps, busybox, distroless,
 * chainguard, Red Hat UBI and scratch. Anything else is {@link BaseImage#unknown}: rules stay
 * quiet on unknown images rather than guess.
 */
public final class ImageCatalog {
  private ImageCatalog() {}

  /** GOPATH of the official image; /go, /go/src and /go/bin are created mode 1777. */
  public static final String GOLANG_GOPATH = "/go";

  /**
   * What the stage model needs of a base image, from this catalogue: the golang image's WORKDIR
   * (/go) and ENV (GOPATH, PATH, GOTOOLCHAIN, GOLANG_VERSION); {@code /}, root and no ENV otherwise.
   */
  public static final ImageDefaults DEFAULTS = ref -> {
    BaseImage b = describe(ref);
    return new ImageDefaults.Image(b.isGolang() ? GOLANG_GOPATH : "/", "", b.env());
  };

  private static final Pattern DEBIAN_NUM = Pattern.compile("(\\d+)(?:\\.\\d+)*(?:-slim)?");
  private static final Pattern UBUNTU_NUM = Pattern.compile("(\\d\\d\\.\\d\\d)(?:-.*)?");
  private static final Pattern DISTROLESS_SUFFIX = Pattern.compile("(static|base|base-nossl|cc)(?:-debian(\\d+))?");

  /** Describes the image named by {@code from} (already ARG-expanded); {@code scratch} is special. */
  public static BaseImage describe(String from) {
    if (from == null) {
      return BaseImage.unknown(Optional.empty());
    }
    if (from.equals("scratch")) {
      return new BaseImage(Optional.empty(), "scratch", Libc.NONE, Optional.empty(), false, Presence.NO,
          Presence.NO, Optional.empty(), Map.of());
    }
    Optional<ImageRef> parsed = ImageRef.parse(from);
    if (parsed.isEmpty()) {
      return BaseImage.unknown(Optional.empty());
    }
    return describe(parsed.get());
  }

  public static BaseImage describe(ImageRef ref) {
    Optional<String> official = ref.officialName();
    String tag = ref.tag().orElse(ref.hasDigest() ? "" : "latest").toLowerCase(Locale.ROOT);
    if (official.isPresent()) {
      return switch (official.get()) {
        case "golang" -> golang(ref);
        case "alpine" -> new BaseImage(Optional.of(ref), "alpine", Libc.MUSL, Optional.empty(), false,
            Presence.NO, Presence.NO, Optional.empty(), Map.of());
        case "debian" -> debian(ref, tag);
        case "ubuntu" -> ubuntu(ref, tag);
        case "buildpack-deps" -> buildpackDeps(ref, tag);
        case "busybox" -> busybox(ref, tag);
        default -> BaseImage.unknown(Optional.of(ref));
      };
    }
    String repo = ref.repository();
    String registry = ref.registry();
    if (registry.equals("gcr.io") && repo.startsWith("distroless/")) {
      return distroless(ref, repo.substring("distroless/".length()));
    }
    if (registry.equals("cgr.dev") && repo.startsWith("chainguard/")) {
      String name = repo.substring("chainguard/".length());
      if (name.equals("static")) {
        return staticImage(ref, "chainguard-static");
      }
      if (name.equals("glibc-dynamic") || name.equals("wolfi-base")) {
        return new BaseImage(Optional.of(ref), "chainguard-glibc", Libc.GLIBC, Optional.empty(), false,
            Presence.NO, Presence.NO, Optional.empty(), Map.of());
      }
    }
    if (registry.equals("registry.access.redhat.com") || registry.equals("registry.redhat.io")) {
      Matcher m = Pattern.compile("ubi(\\d+)(?:/.*)?|ubi(\\d+)-.*").matcher(repo);
      if (m.matches()) {
        String major = m.group(1) != null ? m.group(1) : m.group(2);
        int glibc = switch (major) {
          case "8" -> 228;
          case "9" -> 234;
          case "10" -> 239;
          default -> 0;
        };
        Optional<DebianSuite> pseudo = glibc == 0 ? Optional.empty()
            : Optional.of(new DebianSuite("ubi" + major, "ubi", glibc));
        return new BaseImage(Optional.of(ref), "ubi" + major, Libc.GLIBC, pseudo, false, Presence.NO,
            Presence.NO, Optional.empty(), Map.of());
      }
    }
    if (registry.equals("quay.io") && repo.startsWith("prometheus/busybox")) {
      // Prometheus' busybox images are built from the glibc variant
      return new BaseImage(Optional.of(ref), "busybox-glibc", Libc.GLIBC, Optional.empty(), false,
          Presence.NO, Presence.NO, Optional.empty(), Map.of());
    }
    return BaseImage.unknown(Optional.of(ref));
  }

  /** The official golang image: env from the template, tools from the variant. */
  private static BaseImage golang(ImageRef ref) {
    Optional<String> tagText = ref.tag().or(() -> ref.hasDigest() ? Optional.empty() : Optional.of("latest"));
    Optional<GolangTag> tag = tagText.flatMap(GolangTag::parse);
    GolangTag.Variant variant = tag.map(GolangTag::variant).orElse(GolangTag.Variant.DEBIAN);
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GOPATH", GOLANG_GOPATH);
    env.put("PATH", "/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    if (setsToolchainLocal(tag)) {
      env.put("GOTOOLCHAIN", "local");
    }
    tag.flatMap(GolangTag::goVersion).ifPresent(v -> env.put("GOLANG_VERSION", v));
    if (variant == GolangTag.Variant.WINDOWS) {
      return new BaseImage(Optional.of(ref), "golang", Libc.UNKNOWN, Optional.empty(), false,
          Presence.UNKNOWN, Presence.UNKNOWN, tag, env);
    }
    if (variant == GolangTag.Variant.ALPINE) {
      return new BaseImage(Optional.of(ref), "golang", Libc.MUSL, Optional.empty(), false,
          Presence.NO, Presence.NO, tag, env);
    }
    Optional<DebianSuite> suite = tag.flatMap(GolangTag::debianSuiteLowerBound);
    boolean lowerBound = tag.map(t -> !t.suiteIsExplicit()).orElse(true);
    return new BaseImage(Optional.of(ref), "golang", Libc.GLIBC, suite, lowerBound, Presence.YES,
        Presence.YES, tag, env);
  }

  /**
   * Official images set GOTOOLCHAIN=local since 2023-09-15: every tag of Go ≥ 1.21 except the
   * original 1.21.0 push (and its release candidates), which got it from go.env as {@code auto}.
   * Before 1.21 Go never switches toolchains, so the value does not matter; call it local.
   * A digest without a tag cannot be dated: assume the current template.
   */
  private static boolean setsToolchainLocal(Optional<GolangTag> tag) {
    if (tag.isEmpty()) {
      return true;
    }
    Optional<String> v = tag.get().goVersion();
    if (v.isEmpty()) {
      return true;
    }
    String s = v.get();
    return !(s.equals("1.21.0") || s.startsWith("1.21rc"));
  }

  private static BaseImage debian(ImageRef ref, String tag) {
    Optional<DebianSuite> suite = Optional.empty();
    String word = tag.endsWith("-slim") ? tag.substring(0, tag.length() - 5) : tag;
    int dash = word.indexOf('-');
    if (dash > 0) {
      word = word.substring(0, dash);
    }
    suite = DebianSuite.byName(word);
    Matcher m = DEBIAN_NUM.matcher(tag);
    if (suite.isEmpty() && m.matches()) {
      suite = DebianSuite.debianNumber(Integer.parseInt(m.group(1)));
    }
    return new BaseImage(Optional.of(ref), "debian", Libc.GLIBC, suite, false, Presence.NO, Presence.NO,
        Optional.empty(), Map.of());
  }

  private static BaseImage ubuntu(ImageRef ref, String tag) {
    Optional<DebianSuite> suite = DebianSuite.byName(tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag);
    Matcher m = UBUNTU_NUM.matcher(tag);
    if (suite.isEmpty() && m.matches()) {
      suite = DebianSuite.ubuntuNumber(m.group(1));
    }
    return new BaseImage(Optional.of(ref), "ubuntu", Libc.GLIBC, suite, false, Presence.NO, Presence.NO,
        Optional.empty(), Map.of());
  }

  /** buildpack-deps:{suite} has gcc and git; {suite}-scm has git; {suite}-curl has neither. */
  private static BaseImage buildpackDeps(ImageRef ref, String tag) {
    String[] parts = tag.split("-", 2);
    Optional<DebianSuite> suite = DebianSuite.byName(parts[0]);
    String flavour = parts.length > 1 ? parts[1] : "";
    Presence git = flavour.equals("curl") ? Presence.NO : Presence.YES;
    Presence cc = flavour.isEmpty() ? Presence.YES : Presence.NO;
    return new BaseImage(Optional.of(ref), "buildpack-deps", Libc.GLIBC, suite, false, git, cc,
        Optional.empty(), Map.of());
  }

  private static BaseImage busybox(ImageRef ref, String tag) {
    Libc libc = tag.contains("musl") ? Libc.MUSL : tag.contains("uclibc") ? Libc.UCLIBC
        : tag.contains("glibc") ? Libc.GLIBC : Libc.UNKNOWN;
    return new BaseImage(Optional.of(ref), "busybox", libc, Optional.empty(), false, Presence.NO, Presence.NO,
        Optional.empty(), Map.of());
  }

  private static BaseImage distroless(ImageRef ref, String name) {
    Matcher m = DISTROLESS_SUFFIX.matcher(name);
    if (!m.matches()) {
      return BaseImage.unknown(Optional.of(ref));
    }
    if (m.group(1).equals("static")) {
      return staticImage(ref, "distroless-static");
    }
    Optional<DebianSuite> suite = m.group(2) == null ? Optional.empty()
        : DebianSuite.debianNumber(Integer.parseInt(m.group(2)));
    return new BaseImage(Optional.of(ref), "distroless-" + m.group(1), Libc.GLIBC, suite, false, Presence.NO,
        Presence.NO, Optional.empty(), Map.of());
  }

  private static BaseImage staticImage(ImageRef ref, String family) {
    return new BaseImage(Optional.of(ref), family, Libc.NONE, Optional.empty(), false, Presence.NO, Presence.NO,
        Optional.empty(), Map.of());
  }
}
