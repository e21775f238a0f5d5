package dev.gomoddoctor.docker.image;

/** The C library a base image provides, which decides whether a dynamically linked Go binary runs. */
public enum Libc {
  GLIBC,
  MUSL,
  UCLIBC,
  /** No C library at all: scratch, distroless static, chainguard static. */
  NONE,
  UNKNOWN;

  public boolean isKnown() {
    return this != UNKNOWN;
  }
}
