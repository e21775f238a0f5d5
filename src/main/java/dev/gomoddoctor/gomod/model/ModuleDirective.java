package dev.gomoddoctor.gomod.model;

/**
 * The {@code module} line.
 *
 * @param deprecated the {@code // Deprecated:} paragraph of its comments, or {@code ""}
 */
public record ModuleDirective(String path, String deprecated, Position position) {}
