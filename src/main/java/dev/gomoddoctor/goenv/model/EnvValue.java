package dev.gomoddoctor.goenv.model;

/**
 * One effective Go setting.
 *
 * @param value the value the go command uses (raw: a trailing carriage return from an env file is kept)
 * @param error why Go could not compute a proper value (e.g. GOCACHE's "GOCACHE is not defined and
 *     neither $XDG_CACHE_HOME nor $HOME are defined"), else ""
 */
public record EnvValue(String key, String value, EnvSource source, String error) {

  public EnvValue {
    value = value == null ? "" : value;
    error = error == null ? "" : error;
  }

  public boolean isSet() {
    return !value.isEmpty();
  }
}
