package dev.gomoddoctor.goenv.credentials;

import java.util.List;
import java.util.Optional;

/**
 * A parsed {@code .netrc}.
 *
 * @param machines the complete {@code machine} entries exactly as the go command keeps them
 *     (machine, login and password all present; golang/go {@code cmd/go/internal/auth/netrc.go})
 * @param defaultEntry the {@code default} entry, which the go command ignores but git (through
 *     libcurl) uses for any host it has no {@code machine} entry for
 */
public record Netrc(List<Entry> machines, Optional<Entry> defaultEntry) {

  public Netrc {
    machines = List.copyOf(machines);
  }

  public static Netrc empty() {
    return new Netrc(List.of(), Optional.empty());
  }

  /**
   * One entry. {@code password} is the secret: never print it, compare it or pass it to the
   * redactor only.
   *
   * @param line the 1-based line of the {@code machine} or {@code default} token
   */
  public record Entry(String machine, String login, String password, int line) {
    @Override
    public String toString() {
      // a record's default toString would print the password into logs and assertion messages
      return "Entry[machine=" + machine + ", login=" + login + ", line=" + line + "]";
    }
  }

  /** The entry the go command uses for {@code host}: the first complete machine entry naming it. */
  public Optional<Entry> goEntryFor(String host) {
    return machines.stream().filter(e -> e.machine().equals(host)).findFirst();
  }

  /** The entry git/libcurl uses for {@code host}: its machine entry, else a complete default. */
  public Optional<Entry> gitEntryFor(String host) {
    Optional<Entry> m = goEntryFor(host);
    if (m.isPresent()) {
      return m;
    }
    return defaultEntry.filter(d -> !d.login().isEmpty() && !d.password().isEmpty());
  }

  /** Every password in the file, so that redaction can remove them from any output. */
  public List<String> secrets() {
    List<String> out = new java.util.ArrayList<>();
    for (Entry e : machines) {
      out.add(e.password());
    }
    defaultEntry.ifPresent(d -> {
      if (!d.password().isEmpty()) {
        out.add(d.password());
      }
    });
    return out;
  }
}
