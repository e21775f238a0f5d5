package dev.gomoddoctor.gomod.model;

/**
 * One go.work {@code use} line.
 *
 * @param diskPath the directory, relative to go.work unless absolute
 * @param modulePath the module path Go records for it; the parser never fills it (as in Go)
 */
public record UseDirective(String diskPath, String modulePath, Position position) {}
