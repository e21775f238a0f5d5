package dev.gomoddoctor.docker;

import java.util.Locale;

/** Which file names are Dockerfiles and .dockerignore files. */
public final class DockerfileNames {
  private DockerfileNames() {}

  /** {@code Dockerfile}, {@code Dockerfile.*}, {@code Dockerfile-*}, {@code *.Dockerfile}, {@code Containerfile}. */
  public static boolean isDockerfile(String fileName) {
    if (fileName.endsWith(".dockerignore")) {
      return false;
    }
    return fileName.equals("Dockerfile") || fileName.startsWith("Dockerfile.") || fileName.startsWith("Dockerfile-")
        || fileName.endsWith(".Dockerfile") || fileName.equals("Containerfile")
        || fileName.startsWith("Containerfile.") || fileName.toLowerCase(Locale.ROOT).equals("dockerfile");
  }

  public static boolean isDockerignore(String fileName) {
    return fileName.equals(".dockerignore") || fileName.endsWith(".dockerignore");
  }
}
