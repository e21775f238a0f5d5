package dev.gomoddoctor.gomod.parser;

/**
 * How strictly a go.mod is read. The go command reads the main module's go.mod strictly and
 * dependencies' go.mod files laxly, so that old toolchains can use modules written for newer ones.
 */
public enum Strictness {
  /** x/mod {@code modfile.Parse}: every directive is checked, unknown ones are errors. */
  STRICT,
  /**
   * x/mod {@code modfile.ParseLax}: only {@code module}, {@code go}, {@code require},
   * {@code retract} and {@code ignore} are read; other directives and blocks are skipped, retract
   * interval errors are dropped and {@code go} lines like {@code 1.22rc} are truncated.
   */
  LAX
}
