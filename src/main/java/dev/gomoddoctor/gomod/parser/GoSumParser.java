package dev.gomoddoctor.gomod.parser;

import dev.gomoddoctor.gomod.model.GoSum;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads go.sum and go.work.sum as the go command does (cmd/go modfetch readGoSum): lines split on
 * {@code \n}, fields on any white space (so CRLF is fine), blank lines skipped, exactly three
 * fields. Beyond Go's own check it flags {@code h1:} hashes that are not 44 base64 characters and
 * unknown hash algorithms. Version syntax is left to the rules (it needs semver).
 */
public final class GoSumParser {
  private static final String H1 = "h1:";
  private static final int H1_BASE64_LENGTH = 44;

  private GoSumParser() {}

  public static GoSum parse(String path, String text) {
    List<GoSum.Line> lines = new ArrayList<>();
    List<GoSum.Problem> problems = new ArrayList<>();
    List<Integer> duplicates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int lineNo = 0;
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      lineNo++;
      List<String> f = GoText.fields(text, start, end);
      if (!f.isEmpty()) {
        handle(path, lineNo, f, lines, problems, duplicates, seen);
      }
      if (end == n) {
        break;
      }
      start = end + 1;
    }
    return GoSum.of(path, lines, problems, duplicates);
  }

  private static void handle(String path, int lineNo, List<String> f, List<GoSum.Line> lines,
      List<GoSum.Problem> problems, List<Integer> duplicates, Set<String> seen) {
    if (f.size() != 3) {
      problems.add(new GoSum.Problem(lineNo, GoSum.Kind.WRONG_FIELD_COUNT,
          path + ":" + lineNo + ": wrong number of fields " + f.size()));
      return;
    }
    String hash = f.get(2);
    if (hash.equals(GoSum.EMPTY_GO_MOD_HASH)) {
      return; // written by an old Go bug; Go drops it when reading
    }
    if (hash.startsWith(H1)) {
      if (!isBase64Sha256(hash.substring(H1.length()))) {
        problems.add(new GoSum.Problem(lineNo, GoSum.Kind.BAD_HASH,
            path + ":" + lineNo + ": h1: hash is not 44 base64 characters: " + hash));
      }
    } else {
      int colon = hash.indexOf(':');
      String alg = colon < 0 ? hash : hash.substring(0, colon + 1);
      problems.add(new GoSum.Problem(lineNo, GoSum.Kind.UNKNOWN_HASH_ALGORITHM,
          path + ":" + lineNo + ": unknown hash algorithm " + alg));
    }
    String version = f.get(1);
    boolean goMod = version.endsWith("/go.mod");
    if (goMod) {
      version = version.substring(0, version.length() - "/go.mod".length());
    }
    if (!seen.add(f.get(0) + ' ' + f.get(1) + ' ' + hash)) {
      duplicates.add(lineNo);
    }
    lines.add(new GoSum.Line(lineNo, f.get(0), version, goMod, hash));
  }

  /** 44 characters of standard base64 with padding: the encoding of a 32-byte SHA-256. */
  static boolean isBase64Sha256(String s) {
    if (s.length() != H1_BASE64_LENGTH || s.charAt(43) != '=') {
      return false;
    }
    for (int i = 0; i < 43; i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
      if (!ok) {
        return false;
      }
    }
    // 32 bytes leave 2 spare bits in the last symbol: it must be one of the 16 with those bits 0
    return "AEIMQUYcgkosw048".indexOf(s.charAt(42)) >= 0;
  }
}
