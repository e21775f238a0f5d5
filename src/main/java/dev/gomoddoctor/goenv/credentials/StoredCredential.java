package dev.gomoddoctor.goenv.credentials;

/**
 * One line of git's credential store file ({@code ~/.git-credentials}): a URL with user-info.
 * Only where it applies is kept; the secret is kept for redaction alone.
 */
public record StoredCredential(String source, int line, String scheme, String host, String path, String secret) {
  @Override
  public String toString() {
    return "StoredCredential[" + source + ":" + line + " " + scheme + "://" + host + "/" + path + "]";
  }
}
