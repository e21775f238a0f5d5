package dev.gomoddoctor.gomod.model;

/**
 * One {@code retract} line: a single version has {@code low == high}.
 *
 * @param rationale the line's comments (or its block's), as Go reads them
 */
public record Retraction(String low, String high, String rationale, Position position) {}
