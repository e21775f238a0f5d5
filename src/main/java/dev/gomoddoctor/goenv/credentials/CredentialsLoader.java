package dev.gomoddoctor.goenv.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads the credential files of the scanned environment, using only the environment
 * map of the scan (never the doctor's own process environment), so tests and Dockerfile stages
 * can supply their own HOME, NETRC and GIT_CONFIG_* values.
 */
public final class CredentialsLoader {
  /** git refuses deeper include chains too; this also stops include cycles. */
  private static final int MAX_INCLUDE_DEPTH = 10;

  private final Map<String, String> env;
  private final Path systemGitConfig;
  private final Path systemKnownHosts;
  private final List<String> unreadable = new ArrayList<>();

  private CredentialsLoader(Map<String, String> env, Path systemGitConfig, Path systemKnownHosts) {
    this.env = env;
    this.systemGitConfig = systemGitConfig;
    this.systemKnownHosts = systemKnownHosts;
  }

  /** Reads the machine's credential files for a scan of {@code root}. */
  public static Credentials load(Map<String, String> env, Path root) {
    return load(env, root, Path.of("/etc/gitconfig"), Path.of("/etc/ssh/ssh_known_hosts"));
  }

  public static Credentials load(Map<String, String> env, Path root, Path systemGitConfig, Path systemKnownHosts) {
    return new CredentialsLoader(env, systemGitConfig, systemKnownHosts).read(root);
  }

  private Credentials read(Path root) {
    NetrcFile netrc = readNetrc();
    List<GitConfigEntry> git = new ArrayList<>();
    if (!nonEmpty("GIT_CONFIG_NOSYSTEM")) {
      Path system = get("GIT_CONFIG_SYSTEM").map(Path::of).orElse(systemGitConfig);
      readGitConfig(system, git, 0);
    }
    Optional<String> globalOverride = get("GIT_CONFIG_GLOBAL");
    if (globalOverride.isPresent()) {
      readGitConfig(Path.of(globalOverride.get()), git, 0);
    } else {
      xdgConfigHome().ifPresent(x -> readGitConfig(x.resolve("git").resolve("config"), git, 0));
      home().ifPresent(h -> readGitConfig(h.resolve(".gitconfig"), git, 0));
    }
    git.addAll(environmentConfig());
    List<GitConfigEntry> repo = new ArrayList<>();
    repoGitConfig(root).ifPresent(p -> readGitConfig(p, repo, 0));
    List<StoredCredential> stored = new ArrayList<>();
    home().ifPresent(h -> readStore(h.resolve(".git-credentials"), stored));
    xdgConfigHome().ifPresent(x -> readStore(x.resolve("git").resolve("credentials"), stored));
    KnownHosts known = KnownHosts.empty();
    if (home().isPresent()) {
      known = known.plus(readKnownHosts(home().get().resolve(".ssh").resolve("known_hosts")));
      known = known.plus(readKnownHosts(home().get().resolve(".ssh").resolve("known_hosts2")));
    }
    known = known.plus(readKnownHosts(systemKnownHosts));
    return new Credentials(netrc, git, repo, stored, known, unreadable);
  }

  /** {@code $NETRC} if set and non-empty, else {@code $HOME/.netrc} (Go's netrcPath on Unix). */
  private NetrcFile readNetrc() {
    Optional<Path> path = get("NETRC").map(Path::of).or(() -> home().map(h -> h.resolve(".netrc")));
    if (path.isEmpty() || !Files.isRegularFile(path.get())) {
      return NetrcFile.absent(path);
    }
    Optional<Set<PosixFilePermission>> perms;
    try {
      perms = Optional.of(Files.getPosixFilePermissions(path.get()));
    } catch (IOException | UnsupportedOperationException e) {
      perms = Optional.empty();
    }
    try {
      String text = Files.readString(path.get(), StandardCharsets.ISO_8859_1);
      return new NetrcFile(path, true, perms, NetrcParser.parse(text), Optional.empty());
    } catch (IOException e) {
      unreadable.add(path.get() + " (" + e.getClass().getSimpleName() + ")");
      return new NetrcFile(path, true, perms, Netrc.empty(), Optional.of(String.valueOf(e.getMessage())));
    }
  }

  private void readGitConfig(Path file, List<GitConfigEntry> out, int depth) {
    if (depth > MAX_INCLUDE_DEPTH || !Files.isRegularFile(file)) {
      return;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      unreadable.add(file + " (" + e.getClass().getSimpleName() + ")");
      return;
    }
    for (GitConfigEntry e : GitConfigParser.parse(file.toString(), text)) {
      if (e.is("include", "path") && e.subsection().isEmpty() && !e.value().isEmpty()) {
        // include.path: relative to the including file, "~/" is the home directory
        readGitConfig(resolveInclude(file, e.value()), out, depth + 1);
      } else {
        out.add(e);
      }
    }
  }

  private Path resolveInclude(Path including, String value) {
    if (value.startsWith("~/") && home().isPresent()) {
      return home().get().resolve(value.substring(2));
    }
    Path p = Path.of(value);
    return p.isAbsolute() ? p : including.toAbsolutePath().getParent().resolve(p);
  }

  /** git's GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n (used by CI systems). */
  private List<GitConfigEntry> environmentConfig() {
    List<GitConfigEntry> out = new ArrayList<>();
    int count;
    try {
      count = Integer.parseInt(env.getOrDefault("GIT_CONFIG_COUNT", "0").strip());
    } catch (NumberFormatException e) {
      return out;
    }
    for (int i = 0; i < count && i < 10_000; i++) {
      String key = env.get("GIT_CONFIG_KEY_" + i);
      String value = env.getOrDefault("GIT_CONFIG_VALUE_" + i, "");
      if (key == null) {
        continue;
      }
      int first = key.indexOf('.');
      int last = key.lastIndexOf('.');
      if (first <= 0 || last == key.length() - 1) {
        continue;
      }
      String section = key.substring(0, first).toLowerCase(java.util.Locale.ROOT);
      Optional<String> sub = first == last ? Optional.empty() : Optional.of(key.substring(first + 1, last));
      String name = key.substring(last + 1).toLowerCase(java.util.Locale.ROOT);
      out.add(new GitConfigEntry("GIT_CONFIG_KEY_" + i, 0, section, sub, name, value));
    }
    return out;
  }

  private void readStore(Path file, List<StoredCredential> out) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      unreadable.add(file + " (" + e.getClass().getSimpleName() + ")");
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      Optional<Url> u = Url.parse(lines.get(i).strip());
      if (u.isPresent() && !u.get().userInfo().isEmpty()) {
        String ui = u.get().userInfo();
        String secret = ui.contains(":") ? ui.substring(ui.indexOf(':') + 1) : ui;
        out.add(new StoredCredential(file.toString(), i + 1, u.get().scheme(), u.get().host(), u.get().path(),
            java.net.URLDecoder.decode(secret, StandardCharsets.UTF_8)));
        if (secret.contains("%")) {
          // the file stores it percent-encoded: redact both spellings
          out.add(new StoredCredential(file.toString(), i + 1, u.get().scheme(), u.get().host(), u.get().path(),
              secret));
        }
      }
    }
  }

  private KnownHosts readKnownHosts(Path file) {
    if (!Files.isRegularFile(file)) {
      return KnownHosts.empty();
    }
    try {
      return KnownHosts.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return KnownHosts.empty(); // ssh skips unreadable known_hosts files too
    }
  }

  /** The .git/config of the checkout containing root (a .git directory at root or above). */
  private static Optional<Path> repoGitConfig(Path root) {
    for (Path dir = root.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path git = dir.resolve(".git");
      if (Files.isDirectory(git)) {
        return Optional.of(git.resolve("config"));
      }
      if (Files.isRegularFile(git)) {
        return Optional.empty(); // a worktree's config lives in the common dir; not needed here
      }
    }
    return Optional.empty();
  }

  private Optional<Path> home() {
    return get("HOME").map(Path::of);
  }

  private Optional<Path> xdgConfigHome() {
    Optional<Path> xdg = get("XDG_CONFIG_HOME").map(Path::of).filter(Path::isAbsolute);
    return xdg.or(() -> home().map(h -> h.resolve(".config")));
  }

  private Optional<String> get(String key) {
    String v = env.get(key);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  private boolean nonEmpty(String key) {
    return get(key).isPresent();
  }
}
