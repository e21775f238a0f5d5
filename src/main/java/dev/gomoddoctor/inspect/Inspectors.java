package dev.gomoddoctor.inspect;

import dev.gomoddoctor.docker.DockerfileInspector;
import dev.gomoddoctor.docker.DockerignoreInspector;
import dev.gomoddoctor.gomod.ModFileInspector;
import dev.gomoddoctor.gomod.WorkFileInspector;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every inspector, in the order they are tried when no {@code --type} is given. Add a file kind
 * by adding one entry here.
 */
public final class Inspectors {
  private final List<Inspector> all;

  public Inspectors(List<Inspector> all) {
    this.all = List.copyOf(all);
  }

  public static Inspectors standard() {
    return new Inspectors(List.of(new ModFileInspector(), new WorkFileInspector(), new DockerfileInspector(),
        new DockerignoreInspector()));
  }

  public List<Inspector> all() {
    return all;
  }

  /** The inspector for {@code --type TYPE} (case-insensitive). */
  public Optional<Inspector> byType(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return all.stream().filter(i -> i.typeNames().stream().anyMatch(n -> n.equalsIgnoreCase(t))).findFirst();
  }

  /** The inspector that recognizes a file by its name (the last path element). */
  public Optional<Inspector> byFileName(String fileName) {
    return all.stream().filter(i -> i.recognizes(fileName)).findFirst();
  }

  /** Every accepted {@code --type} value, for help and error messages. */
  public List<String> typeNames() {
    return all.stream().flatMap(i -> i.typeNames().stream()).toList();
  }
}
