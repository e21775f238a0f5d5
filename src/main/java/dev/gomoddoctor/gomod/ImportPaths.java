package dev.gomoddoctor.gomod;

/** How the go command relates import paths to module paths. */
public final class ImportPaths {
  private ImportPaths() {}

  /** Standard library: the first path element has no dot (cmd/go search.IsStandardImportPath). */
  public static boolean isStandard(String importPath) {
    int slash = importPath.indexOf('/');
    String first = slash < 0 ? importPath : importPath.substring(0, slash);
    return !first.contains(".");
  }

  /** {@code import "C"}: cgo, not a package. */
  public static boolean isCgo(String importPath) {
    return importPath.equals("C");
  }

  /** True when {@code modulePath} is {@code importPath} or one of its leading path elements. */
  public static boolean within(String importPath, String modulePath) {
    return !modulePath.isEmpty() && (importPath.equals(modulePath)
        || (importPath.startsWith(modulePath) && importPath.charAt(modulePath.length()) == '/'));
  }
}
