package dev.gomoddoctor.cache.verify;

/** A cache file that could not be read (permissions, I/O): the verification is incomplete. */
public record Unreadable(String path, String why) {

  @Override
  public String toString() {
    return path + ": " + why;
  }
}
