package dev.gomoddoctor.cache.verify;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Go's rules for the names and sizes inside a module zip (x/mod {@code zip.CheckZip}), as
 * described in go-modules-reference.md section 2.4. A zip that breaks them was never written by
 * {@code go mod download}: Go refuses to extract it, and the doctor refuses to read it further
 * than it safely can.
 */
public final class ZipRules {
  /** {@code codehost.MaxZipFile}: the largest module zip, and the largest total content. */
  public static final long MAX_ZIP_FILE = 500L << 20;
  /** The largest go.mod and LICENSE inside a module zip. */
  public static final long MAX_GO_MOD = 16L << 20;
  public static final long MAX_LICENSE = 16L << 20;

  private static final List<String> BAD_WINDOWS_NAMES = List.of(
      "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
      "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
  private static final String FILE_NAME_PUNCTUATION = "!#$%&()+,-.=@[]^_{}~ ";

  private ZipRules() {}

  /** Decodes a name as Go would see it, or empty when the bytes are not valid UTF-8. */
  public static Optional<String> decodeUtf8(byte[] raw) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** {@code path.Clean(p) == p} for the relative names that reach this check. */
  static boolean isClean(String p) {
    if (p.isEmpty() || p.endsWith("/") || p.startsWith("/")) {
      return p.equals("/");
    }
    for (String elem : p.split("/", -1)) {
      if (elem.isEmpty() || elem.equals(".") || elem.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** x/mod {@code module.CheckFilePath}: the error text, or empty when the path is valid. */
  public static Optional<String> checkFilePath(String p) {
    Optional<String> why = checkPath(p);
    return why.map(w -> "malformed file path \"" + p + "\": " + w);
  }

  private static Optional<String> checkPath(String p) {
    if (p.isEmpty()) {
      return Optional.of("empty string");
    }
    if (p.contains("//")) {
      return Optional.of("double slash");
    }
    if (p.endsWith("/")) {
      return Optional.of("trailing slash");
    }
    for (String elem : p.split("/", -1)) {
      Optional<String> e = checkElem(elem);
      if (e.isPresent()) {
        return e;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> checkElem(String elem) {
    if (elem.isEmpty()) {
      return Optional.of("empty path element");
    }
    if (elem.chars().allMatch(c -> c == '.')) {
      return Optional.of("invalid path element \"" + elem + "\"");
    }
    if (elem.endsWith(".")) {
      return Optional.of("trailing dot in path element");
    }
    for (int i = 0; i < elem.length(); ) {
      int cp = elem.codePointAt(i);
      if (!fileNameOk(cp)) {
        return Optional.of("invalid char '" + new String(Character.toChars(cp)) + "'");
      }
      i += Character.charCount(cp);
    }
    int dot = elem.indexOf('.');
    String shortName = dot >= 0 ? elem.substring(0, dot) : elem;
    for (String bad : BAD_WINDOWS_NAMES) {
      if (bad.equalsIgnoreCase(shortName)) {
        return Optional.of("\"" + shortName + "\" disallowed as path element component on Windows");
      }
    }
    return Optional.empty();
  }

  private static boolean fileNameOk(int cp) {
    if (cp < 0x80) {
      return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')
          || FILE_NAME_PUNCTUATION.indexOf(cp) >= 0;
    }
    return Character.isLetter(cp);
  }

  /**
   * A key equal for names that Go's {@code strToFold} makes equal (Unicode simple case folding).
   * Upper-then-lower per code point puts K/k/KELVIN SIGN and S/s/LONG S into one class, as Go does.
   */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
    return b.toString();
  }

  /** Go's collision checker: case-fold collisions, file-and-directory, duplicate files. */
  static final class Collisions {
    private record Seen(String path, boolean dir) {}

    private final Map<String, Seen> seen = new HashMap<>();

    Optional<String> check(String p, boolean isDir) {
      String key = fold(p);
      Seen other = seen.get(key);
      if (other != null) {
        if (!p.equals(other.path())) {
          return Optional.of("case-insensitive file name collision: \"" + other.path() + "\" and \"" + p + "\"");
        }
        if (isDir != other.dir()) {
          return Optional.of("entry \"" + p + "\" is both a file and a directory");
        }
        if (!isDir) {
          return Optional.of("multiple entries for file \"" + p + "\"");
        }
      } else {
        seen.put(key, new Seen(p, isDir));
      }
      int slash = p.lastIndexOf('/');
      return slash > 0 ? check(p.substring(0, slash), true) : Optional.empty();
    }
  }

  /** Lower-case ASCII comparison that Go's {@code strings.EqualFold} would also accept here. */
  static boolean equalFoldAscii(String a, String b) {
    return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}
