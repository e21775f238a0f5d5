package dev.gomoddoctor.goenv.credentials;

import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code .netrc} the go command and git would read ({@code $NETRC}, else
 * {@code $HOME/.netrc}), with its permissions for GMD208.
 *
 * @param path where it is looked for; empty when neither NETRC nor HOME is set
 * @param exists whether a regular file is there
 * @param permissions POSIX permissions of the file (after following links), when known
 * @param readError why an existing file could not be read (Go then ignores it silently)
 */
public record NetrcFile(
    Optional<Path> path,
    boolean exists,
    Optional<Set<PosixFilePermission>> permissions,
    Netrc content,
    Optional<String> readError) {

  public NetrcFile {
    permissions = permissions.map(Set::copyOf);
  }

  public static NetrcFile absent(Optional<Path> path) {
    return new NetrcFile(path, false, Optional.empty(), Netrc.empty(), Optional.empty());
  }

  /** Readable by group or others: the exposure GMD208 reports. */
  public boolean readableByOthers() {
    return permissions.map(p -> p.contains(PosixFilePermission.GROUP_READ)
        || p.contains(PosixFilePermission.OTHERS_READ)).orElse(false);
  }
}
