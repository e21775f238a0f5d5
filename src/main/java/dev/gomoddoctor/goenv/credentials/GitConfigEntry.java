package dev.gomoddoctor.goenv.credentials;

import java.util.Optional;

/**
 * One {@code name = value} line of a git config file.
 *
 * @param source the file it came from (or {@code GIT_CONFIG_KEY_n} for environment settings)
 * @param line 1-based line, 0 when it came from the environment
 * @param section lower-cased section name, e.g. {@code url}, {@code credential}
 * @param subsection the case-sensitive quoted part ({@code [url "https://x/"]}), if any
 * @param name lower-cased variable name, e.g. {@code insteadof}
 * @param value the unquoted value; empty for a bare boolean name
 */
public record GitConfigEntry(
    String source, int line, String section, Optional<String> subsection, String name, String value) {

  /** {@code section[.subsection].name} as {@code git config --get} spells it (name lower-cased). */
  public String key() {
    return section + subsection.map(s -> "." + s).orElse("") + "." + name;
  }

  public boolean is(String section, String name) {
    return this.section.equals(section) && this.name.equals(name);
  }

  @Override
  public String toString() {
    // values can hold tokens (extraheader, url bases with user-info): keep them out of logs
    return "GitConfigEntry[" + source + ":" + line + " " + key() + "]";
  }
}
