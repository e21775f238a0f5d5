package dev.gomoddoctor.goenv.parser;

import dev.gomoddoctor.goenv.model.SumDb;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses GOSUMDB: {@code off}, a known name, or a verifier key {@code name+hash+key}, each
 * optionally followed by white space and a URL. Validates the key as x/mod's
 * {@code note.NewVerifier} does (8 hex digits that equal the first four bytes of
 * sha256(name + "\n" + key), base64 key bytes starting with algorithm 1 and 32 key bytes).
 */
public final class SumDbParser {
  private SumDbParser() {}

  public static final String SUM_GOLANG_ORG_KEY =
      "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";
  private static final Map<String, String> KNOWN = Map.of("sum.golang.org", SUM_GOLANG_ORG_KEY);

  public static SumDb parse(String gosumdb) {
    String value = gosumdb;
    if (value.equals("sum.golang.google.cn")) {
      value = "sum.golang.org https://sum.golang.google.cn";
    }
    if (value.equals("off")) {
      return new SumDb(true, "", "", Optional.empty(), "");
    }
    List<String> fields = new java.util.ArrayList<>(GoStrings.fields(value));
    if (!fields.isEmpty() && KNOWN.containsKey(fields.get(0))) {
      fields.set(0, KNOWN.get(fields.get(0)));
    }
    if (fields.isEmpty()) {
      return invalid("missing GOSUMDB");
    }
    if (fields.size() > 2) {
      return invalid("invalid GOSUMDB: too many fields");
    }
    String key = fields.get(0);
    String verifierError = verifierError(key);
    if (!verifierError.isEmpty()) {
      return invalid("invalid GOSUMDB: " + verifierError);
    }
    String name = key.substring(0, key.indexOf('+'));
    GoUrl.Result direct = GoUrl.parse("https://" + name);
    if (!direct.ok() || name.endsWith("/") || direct.url().get().host().isEmpty()
        || direct.url().get().hasUser() || !direct.url().get().query().isEmpty() || direct.url().get().forceQuery()
        || !direct.url().get().fragment().isEmpty() || direct.url().get().path().contains("%")) {
      return invalid("invalid sumdb name (must be host[/path]): " + name);
    }
    Optional<String> url = Optional.empty();
    if (fields.size() == 2) {
      GoUrl.Result u = GoUrl.parse(fields.get(1));
      if (!u.ok()) {
        return invalid("invalid GOSUMDB URL: " + u.error());
      }
      url = Optional.of(fields.get(1));
    }
    return new SumDb(false, name, key, url, "");
  }

  private static SumDb invalid(String error) {
    return new SumDb(false, "", "", Optional.empty(), error);
  }

  /** note.NewVerifier's error text, "" for a good key. */
  public static String verifierError(String vkey) {
    int p1 = vkey.indexOf('+');
    String name = p1 < 0 ? vkey : vkey.substring(0, p1);
    String rest = p1 < 0 ? "" : vkey.substring(p1 + 1);
    int p2 = rest.indexOf('+');
    String hash16 = p2 < 0 ? rest : rest.substring(0, p2);
    String key64 = p2 < 0 ? "" : rest.substring(p2 + 1);
    byte[] key;
    try {
      key = Base64.getDecoder().decode(key64);
      if (!key64.isEmpty() && key64.length() % 4 != 0) {
        key = null; // Go's StdEncoding requires padding
      }
    } catch (IllegalArgumentException e) {
      key = null;
    }
    long hash = -1;
    if (hash16.length() == 8) {
      try {
        hash = Long.parseLong(hash16, 16);
      } catch (NumberFormatException e) {
        hash = -1;
      }
    }
    if (hash < 0 || key == null || !validName(name) || key.length == 0) {
      return "malformed verifier id";
    }
    if (hash != keyHash(name, key)) {
      return "invalid verifier hash";
    }
    if (key[0] != 1) {
      return "unknown verifier algorithm";
    }
    if (key.length - 1 != 32) {
      return "malformed verifier id";
    }
    return "";
  }

  private static boolean validName(String name) {
    if (name.isEmpty() || name.contains("+")) {
      return false;
    }
    return name.codePoints().noneMatch(GoStrings::isSpace);
  }

  private static long keyHash(String name, byte[] key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((name + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(key);
      byte[] d = sha.digest();
      return ((d[0] & 0xffL) << 24) | ((d[1] & 0xffL) << 16) | ((d[2] & 0xffL) << 8) | (d[3] & 0xffL);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
