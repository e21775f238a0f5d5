package dev.gomoddoctor.cache;

import dev.gomoddoctor.scan.ScanContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the scanned tree has a {@code package main} (only main packages are VCS-stamped).
 * Interim: reads the package clause of non-test {@code .go} files until the shared Go-source
 * fact of the gomod checker is on main.
 */
final class MainPackages {
  private static final Pattern CLAUSE = Pattern.compile("(?m)^\\s*package\\s+(\\w+)");
  private static final int HEAD_BYTES = 16 * 1024;

  private MainPackages() {}

  static boolean anyIn(ScanContext ctx) {
    for (String f : ctx.files().matching(p -> p.endsWith(".go") && !p.endsWith("_test.go"))) {
      try (InputStream in = Files.newInputStream(ctx.resolve(f))) {
        String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        Matcher m = CLAUSE.matcher(stripComments(head));
        if (m.find() && m.group(1).equals("main")) {
          return true;
        }
      } catch (IOException e) {
        // unreadable files are the gomod checker's to report
      }
    }
    return false;
  }

  private static String stripComments(String s) {
    return s.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", "");
  }
}
