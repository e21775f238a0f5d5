package dev.gomoddoctor.cache.verify;

/** A line of the scanned project (relative path, 1-based line) that brings a module in. */
public record SourceLine(String file, int line) {}
