package dev.gomoddoctor.docker.model;

/** A parser directive at the top of a Dockerfile: {@code # syntax=}, {@code # escape=}, {@code # check=}. */
public record Directive(String name, String value, int line) {}
