package dev.gomoddoctor.goenv.credentials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every place credentials for module fetches can come from, as read from the scanned machine:
 * {@code .netrc}, git configuration (system, global, {@code GIT_CONFIG_*} variables), git's
 * credential store, ssh known hosts, plus the scanned repository's own {@code .git/config},
 * which the go command's fetches do not see (they run git in bare clones under
 * {@code $GOMODCACHE/cache/vcs}). Computed once per scan as a shared fact.
 *
 * @param gitConfig settings in effect for the go command's git runs, in git's reading order
 * @param repoGitConfig the scanned checkout's {@code .git/config}
 * @param unreadable credential files that exist but could not be read, with why
 */
public record Credentials(
    NetrcFile netrc,
    List<GitConfigEntry> gitConfig,
    List<GitConfigEntry> repoGitConfig,
    List<StoredCredential> storedCredentials,
    KnownHosts knownHosts,
    List<String> unreadable) {

  public Credentials {
    gitConfig = List.copyOf(gitConfig);
    repoGitConfig = List.copyOf(repoGitConfig);
    storedCredentials = List.copyOf(storedCredentials);
    unreadable = List.copyOf(unreadable);
  }

  public static Credentials none() {
    return new Credentials(NetrcFile.absent(Optional.empty()), List.of(), List.of(), List.of(),
        KnownHosts.empty(), List.of());
  }

  /** What the lookup found for one module's direct fetch. */
  public enum Status {
    /** some source supplies credentials (or may: a generic credential helper) */
    PRESENT,
    /** nothing supplies credentials for the host: git cannot prompt, so the fetch fails */
    MISSING,
    /** the fetch is rewritten to ssh, but ssh has no known_hosts entry for the host */
    SSH_HOST_UNKNOWN,
    /** a credential file exists but could not be read: the doctor cannot tell */
    UNKNOWN
  }

  /**
   * @param host the host git will contact (after insteadOf rewriting)
   * @param source where the credential comes from, or what was missing, for messages (no secret)
   * @param repoOnly a credential setting that exists only in the scanned repository's
   *     .git/config, which the go command's own git runs never read
   */
  public record Access(Status status, String host, String url, String source, Optional<String> repoOnly) {}

  /**
   * How the go command's direct fetch of {@code modulePath} over https would authenticate.
   *
   * @param goAuth the effective GOAUTH value ({@code netrc} by default from Go 1.24; before that
   *     the go command always read .netrc)
   */
  public Access directFetch(String modulePath, String goAuth) {
    String url = "https://" + repoGuess(modulePath);
    Optional<Rewrite> rewrite = rewriteFor(url);
    String effective = rewrite.map(r -> r.base() + url.substring(r.prefix().length())).orElse(url);
    Url target = Url.parse(effective).orElse(null);
    Optional<String> repoOnly = repoOnlySetting(url);
    if (target == null) {
      return new Access(Status.PRESENT, hostOf(modulePath), effective,
          "git rewrites the URL (" + rewrite.map(Rewrite::where).orElse("") + ")", repoOnly);
    }
    if (target.isSsh()) {
      if (knownHosts.knows(target.host(), target.port() > 0 ? target.port() : 22)) {
        return new Access(Status.PRESENT, target.host(), Url.redact(effective),
            "git rewrites the URL to ssh (" + rewrite.get().where() + ")", repoOnly);
      }
      return new Access(Status.SSH_HOST_UNKNOWN, target.host(), Url.redact(effective),
          "git rewrites the URL to ssh (" + rewrite.get().where() + ") but no known_hosts entry names "
              + target.host(), repoOnly);
    }
    if (!target.userInfo().isEmpty()) {
      return new Access(Status.PRESENT, target.host(), Url.redact(effective),
          "the insteadOf rewrite puts credentials in the URL (" + rewrite.map(Rewrite::where).orElse("") + ")",
          repoOnly);
    }
    Optional<String> source = sourceFor(target, goAuth);
    if (source.isPresent()) {
      return new Access(Status.PRESENT, target.host(), Url.redact(effective), source.get(), repoOnly);
    }
    if (!unreadable.isEmpty()) {
      return new Access(Status.UNKNOWN, target.host(), Url.redact(effective),
          "could not read " + String.join(", ", unreadable), repoOnly);
    }
    return new Access(Status.MISSING, target.host(), Url.redact(effective),
        "no .netrc entry, git credential helper, credential store entry, http.extraHeader or insteadOf rewrite for "
            + target.host(), repoOnly);
  }

  private Optional<String> sourceFor(Url target, String goAuth) {
    String host = target.host();
    String netrcName = netrc.path().map(p -> p.toString()).orElse(".netrc");
    Optional<Netrc.Entry> n = netrc.content().gitEntryFor(host);
    if (n.isPresent()) {
      return Optional.of(n.get().machine().isEmpty()
          ? netrcName + " default entry (line " + n.get().line() + ")"
          : netrcName + " machine " + host + " (line " + n.get().line() + ")");
    }
    Optional<String> auth = goAuthSource(goAuth);
    if (auth.isPresent()) {
      return auth;
    }
    for (GitConfigEntry e : effectiveHelpers()) {
      if (e.subsection().isEmpty()) {
        return Optional.of("git credential.helper " + where(e));
      }
      Optional<Url> pattern = Url.parse(e.subsection().get());
      if (pattern.isPresent() && pattern.get().covers(target)) {
        return Optional.of("git credential." + e.subsection().get() + "." + e.name() + " " + where(e));
      }
    }
    for (GitConfigEntry e : gitConfig) {
      if (e.is("http", "extraheader") && e.value().toLowerCase(Locale.ROOT).startsWith("authorization:")) {
        boolean applies = e.subsection().isEmpty()
            || Url.parse(e.subsection().get()).map(p -> p.covers(target)).orElse(false);
        if (applies) {
          return Optional.of("git http." + e.subsection().map(s -> s + ".").orElse("") + "extraheader " + where(e));
        }
      }
    }
    for (StoredCredential s : storedCredentials) {
      if (s.host().equalsIgnoreCase(host) && s.scheme().equals(target.scheme())) {
        return Optional.of("git credential store " + s.source() + " (line " + s.line() + ")");
      }
    }
    return Optional.empty();
  }

  /**
   * GOAUTH commands other than {@code netrc} and {@code off} (a custom command, {@code git dir})
   * supply credentials the doctor cannot see; count them as present rather than guess.
   */
  private static Optional<String> goAuthSource(String goAuth) {
    if (goAuth == null || goAuth.isBlank()) {
      return Optional.empty();
    }
    for (String cmd : goAuth.split(";")) {
      String[] words = cmd.strip().split("\\s+");
      if (words.length == 0 || words[0].isEmpty()) {
        continue;
      }
      if (!words[0].equals("netrc") && !words[0].equals("off")) {
        return Optional.of("GOAUTH " + (words[0].equals("git") ? "git" : "command " + words[0]));
      }
    }
    return Optional.empty();
  }

  /** credential.*.helper / username settings still in effect (an empty helper resets the list). */
  private List<GitConfigEntry> effectiveHelpers() {
    List<GitConfigEntry> out = new ArrayList<>();
    for (GitConfigEntry e : gitConfig) {
      if (!e.section().equals("credential")) {
        continue;
      }
      if (e.name().equals("helper")) {
        if (e.value().isEmpty()) {
          out.removeIf(x -> x.name().equals("helper") && x.subsection().equals(e.subsection()));
        } else {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** A url.BASE.insteadOf rule that applies to {@code url}: git picks the longest prefix. */
  public record Rewrite(String base, String prefix, String source, int line) {
    String where() {
      return source + (line > 0 ? ":" + line : "");
    }
  }

  public Optional<Rewrite> rewriteFor(String url) {
    return rewrites(gitConfig).stream()
        .filter(r -> url.startsWith(r.prefix()))
        .max(Comparator.comparingInt(r -> r.prefix().length()));
  }

  private static List<Rewrite> rewrites(List<GitConfigEntry> entries) {
    List<Rewrite> out = new ArrayList<>();
    for (GitConfigEntry e : entries) {
      if (e.is("url", "insteadof") && e.subsection().isPresent() && !e.value().isEmpty()) {
        out.add(new Rewrite(e.subsection().get(), e.value(), e.source(), e.line()));
      }
    }
    return out;
  }

  /** A credential-related setting found only in the scanned repository's .git/config. */
  private Optional<String> repoOnlySetting(String url) {
    for (GitConfigEntry e : repoGitConfig) {
      boolean rewrite = e.is("url", "insteadof") && url.startsWith(e.value()) && !e.value().isEmpty();
      boolean cred = e.section().equals("credential") || e.is("http", "extraheader");
      if (rewrite || cred) {
        return Optional.of(e.key().replaceAll("(?<=://)[^/@]*@", "xxxxx@") + " " + where(e));
      }
    }
    return Optional.empty();
  }

  /**
   * Every secret these files hold (netrc passwords, stored credentials, user-info and tokens in
   * git settings), so a redactor can remove them from any output.
   */
  public List<String> secrets() {
    List<String> out = new ArrayList<>(netrc.content().secrets());
    for (StoredCredential s : storedCredentials) {
      if (!s.secret().isEmpty()) {
        out.add(s.secret());
      }
    }
    List<GitConfigEntry> all = new ArrayList<>(gitConfig);
    all.addAll(repoGitConfig);
    for (GitConfigEntry e : all) {
      e.subsection().flatMap(Url::parse).ifPresent(u -> addUserInfoSecret(u, out));
      Url.parse(e.value()).ifPresent(u -> addUserInfoSecret(u, out));
      if (e.is("http", "extraheader")) {
        int colon = e.value().indexOf(':');
        if (colon >= 0) {
          String[] words = e.value().substring(colon + 1).strip().split("\\s+");
          out.add(words[words.length - 1]);
        }
      }
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  private static void addUserInfoSecret(Url u, List<String> out) {
    String ui = u.userInfo();
    int colon = ui.indexOf(':');
    if (colon >= 0) {
      out.add(ui.substring(colon + 1));
    } else if (!ui.isEmpty() && !u.isSsh()) {
      out.add(ui); // https://TOKEN@host: the token is the user name
    }
  }

  private static String where(GitConfigEntry e) {
    return "(" + e.source() + (e.line() > 0 ? ":" + e.line() : "") + ")";
  }

  /** The host a module path is fetched from: its first element. */
  public static String hostOf(String modulePath) {
    int slash = modulePath.indexOf('/');
    return (slash < 0 ? modulePath : modulePath.substring(0, slash)).toLowerCase(Locale.ROOT);
  }

  /**
   * The repository URL path the go command would clone for well-known hosting layouts: the
   * first three elements on GitHub/GitLab/Bitbucket-like hosts; otherwise the whole path (an
   * origin discovered through {@code ?go-get=1} cannot be known offline).
   */
  static String repoGuess(String modulePath) {
    String[] parts = modulePath.split("/");
    int dotGit = -1;
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].endsWith(".git")) {
        dotGit = i;
        break;
      }
    }
    if (dotGit > 0) {
      return String.join("/", java.util.Arrays.copyOf(parts, dotGit + 1));
    }
    if (parts.length > 3) {
      return String.join("/", java.util.Arrays.copyOf(parts, 3));
    }
    return modulePath;
  }
}
