package dev.gomoddoctor.docker.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A package-manager install in a RUN ({@code apk add}, {@code apt-get install}, {@code yum|dnf|
 * microdnf|tdnf install}, {@code zypper install}), with version pins stripped from the names.
 */
public record PackageInstall(ShellCommand command, String manager, List<String> packages) {

  private static final Set<String> GIT = Set.of("git", "git-core", "git-all");
  private static final Set<String> C_COMPILERS =
      Set.of("gcc", "clang", "build-base", "build-essential", "g++", "gcc-c++", "cc", "tcc", "musl-gcc");

  public PackageInstall {
    packages = List.copyOf(packages);
  }

  public static Optional<PackageInstall> of(ShellCommand c) {
    String base = c.baseName();
    List<String> a = c.argValues();
    String manager;
    int from;
    Set<String> valueOpts;
    switch (base) {
      case "apk", "xx-apk" -> {
        if (a.isEmpty() || !a.get(0).equals("add")) {
          return Optional.empty();
        }
        manager = "apk";
        from = 1;
        valueOpts = Set.of("--virtual", "-t", "--repository", "-X", "--root", "-p", "--arch", "--cache-dir");
      }
      case "apt-get", "apt", "xx-apt-get", "xx-apt", "aptitude" -> {
        int idx = indexOfVerb(a, "install");
        if (idx < 0) {
          return Optional.empty();
        }
        manager = "apt";
        from = idx + 1;
        valueOpts = Set.of("-o", "-t", "--target-release", "-c");
      }
      case "yum", "dnf", "microdnf", "tdnf", "zypper" -> {
        int idx = Math.max(indexOfVerb(a, "install"), base.equals("zypper") ? indexOfVerb(a, "in") : -1);
        if (idx < 0) {
          return Optional.empty();
        }
        manager = base.equals("zypper") ? "zypper" : "rpm";
        from = idx + 1;
        valueOpts = Set.of("--setopt", "--releasever", "--installroot", "--repo", "--enablerepo", "--disablerepo");
      }
      default -> {
        return Optional.empty();
      }
    }
    List<String> pkgs = new ArrayList<>();
    for (int i = from; i < a.size(); i++) {
      String w = a.get(i);
      if (w.startsWith("-")) {
        if (valueOpts.contains(w)) {
          i++;
        }
        continue;
      }
      pkgs.add(w.split("[=<>~]", 2)[0]);
    }
    return Optional.of(new PackageInstall(c, manager, pkgs));
  }

  private static int indexOfVerb(List<String> a, String verb) {
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).equals(verb)) {
        return i;
      }
      if (!a.get(i).startsWith("-") && i > 0 && !a.get(i - 1).equals("-o")) {
        return -1;
      }
    }
    return -1;
  }

  public boolean installsGit() {
    return packages.stream().anyMatch(GIT::contains);
  }

  /** gcc/clang/build-base/build-essential, or a cross compiler such as {@code gcc-aarch64-linux-gnu}. */
  public boolean installsCCompiler() {
    return packages.stream().anyMatch(p -> C_COMPILERS.contains(p) || p.matches("(gcc|g\\+\\+|clang)-.*")
        || p.startsWith("crossbuild-essential"));
  }

  /** {@code gcompat}/{@code libc6-compat}: a glibc compatibility layer on Alpine. */
  public boolean installsGlibcCompat() {
    return packages.stream().anyMatch(p -> p.equals("gcompat") || p.equals("libc6-compat"));
  }
}
