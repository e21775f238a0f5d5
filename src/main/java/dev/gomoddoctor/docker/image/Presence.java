package dev.gomoddoctor.docker.image;

/** Whether an image is known to contain a tool (git, a C compiler): rules fire only on {@link #NO}. */
public enum Presence {
  YES,
  NO,
  UNKNOWN;

  public static Presence of(boolean b) {
    return b ? YES : NO;
  }
}
