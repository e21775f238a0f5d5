package dev.gomoddoctor.gomod.model;

/**
 * The {@code go} line.
 *
 * @param version as Go keeps it (lax parsing truncates forms like {@code 1.22rc} to {@code 1.22})
 */
public record GoDirective(String version, Position position) {}
