package dev.gomoddoctor.docker.context;

/** Whether a path exists in a stage at some point of the build. */
public enum Presence {
  /** Brought in by a COPY/ADD/heredoc/bind mount. */
  PRESENT,
  /** A COPY would have brought it, but .dockerignore leaves it out of the build context. */
  IGNORED,
  /** Nothing brought it (the base image or a RUN may still create it). */
  ABSENT,
  /** Somewhere only known at build time: a COPY from an image, a stage's RUN output, a cache mount. */
  UNKNOWN
}
