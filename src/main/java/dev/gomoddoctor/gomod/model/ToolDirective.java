package dev.gomoddoctor.gomod.model;

/** One {@code tool} line (Go 1.24): a package path. */
public record ToolDirective(String path, Position position) {}
