package dev.gomoddoctor.gomod.parser;

/**
 * TEMPORARY stand-in until gomod-parse's version/path API lands: the few syntax checks the
 * go.sum and modules.txt readers need. Replaced by delegation on merge.
 */
final class ModuleSyntax {
  private ModuleSyntax() {}

  static boolean isValidSemver(String v) {
    return v.matches("v(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?)?)?");
  }

  static int compareSemver(String a, String b) {
    return a.compareTo(b);
  }

  static boolean isValidImportPath(String p) {
    return !p.isEmpty() && p.matches("[A-Za-z0-9._~+/-]+") && !p.startsWith("/") && !p.endsWith("/");
  }
}
