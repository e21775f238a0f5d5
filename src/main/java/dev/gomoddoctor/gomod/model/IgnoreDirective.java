package dev.gomoddoctor.gomod.model;

/** One {@code ignore} line (Go 1.25): a directory the go command skips. */
public record IgnoreDirective(String path, Position position) {}
