package dev.gomoddoctor.docker.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of a stage just before one of its instructions runs.
 *
 * @param workdir the effective WORKDIR (absolute)
 * @param user the USER as written (name or uid, with optional {@code :group}), "" for the image's
 *     default (root for every image gomod-doctor knows)
 * @param vars ENV and ARG values the instruction sees, over the image's defaults
 * @param envSet names set by an ENV instruction in this stage or an ancestor stage
 * @param argSet names declared by an ARG in this stage
 * @param gitInstalled git installed by an earlier RUN of this stage (or an ancestor stage)
 * @param ccInstalled a C compiler installed earlier
 * @param goEnvWrites values written by earlier {@code go env -w} (the GOENV file)
 * @param safeDirectory {@code git config … safe.directory} set earlier
 * @param users users created earlier ({@code useradd}/{@code adduser}) → their home, "" when
 *     created without one
 * @param rootDirs directories an earlier root step created (mkdir, root go commands)
 * @param ownedDirs directories an earlier step gave to a user ({@code chown}, {@code chmod 777},
 *     {@code COPY --chown}) → the owner ("*" for world-writable)
 */
public record StageState(
    String workdir,
    String user,
    Map<String, String> vars,
    Set<String> envSet,
    Set<String> argSet,
    boolean gitInstalled,
    boolean ccInstalled,
    boolean glibcCompat,
    Map<String, String> goEnvWrites,
    boolean safeDirectory,
    Map<String, String> users,
    Set<String> rootDirs,
    Map<String, String> ownedDirs) {

  public StageState {
    vars = Collections.unmodifiableMap(new LinkedHashMap<>(vars));
    envSet = Set.copyOf(envSet);
    argSet = Set.copyOf(argSet);
    goEnvWrites = Collections.unmodifiableMap(new LinkedHashMap<>(goEnvWrites));
    users = Collections.unmodifiableMap(new LinkedHashMap<>(users));
    rootDirs = Set.copyOf(rootDirs);
    ownedDirs = Collections.unmodifiableMap(new LinkedHashMap<>(ownedDirs));
  }

  public Optional<String> var(String name) {
    return Optional.ofNullable(vars.get(name));
  }

  /** The user name or uid without the group. */
  public String userName() {
    int c = user.indexOf(':');
    return c < 0 ? user : user.substring(0, c);
  }

  /** True for the default user, {@code root} and uid 0. */
  public boolean isRoot() {
    String u = userName();
    return u.isEmpty() || u.equals("root") || u.equals("0");
  }
}
