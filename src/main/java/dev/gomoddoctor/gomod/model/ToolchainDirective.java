package dev.gomoddoctor.gomod.model;

/** The {@code toolchain} line, e.g. {@code go1.21.0} or {@code default}. */
public record ToolchainDirective(String name, Position position) {}
