package dev.gomoddoctor.gomod.model;

/** One {@code godebug key=value} line. */
public record GodebugDirective(String key, String value, Position position) {}
