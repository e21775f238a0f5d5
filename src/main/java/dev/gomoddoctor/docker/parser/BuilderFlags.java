package dev.gomoddoctor.docker.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** BuildKit's instruction flags (BFlags): declared per instruction, parsed with its error messages. */
final class BuilderFlags {
  enum Type { BOOL, STRING, STRINGS }

  private final List<String> args;
  private final Map<String, Type> declared = new LinkedHashMap<>();
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, List<String>> multi = new HashMap<>();

  BuilderFlags(List<String> args) {
    this.args = args;
  }

  BuilderFlags bool(String name) {
    declared.put(name, Type.BOOL);
    values.put(name, "false");
    return this;
  }

  BuilderFlags string(String name) {
    declared.put(name, Type.STRING);
    values.put(name, "");
    return this;
  }

  BuilderFlags strings(String name) {
    declared.put(name, Type.STRINGS);
    multi.put(name, new ArrayList<>());
    return this;
  }

  String value(String name) {
    return values.getOrDefault(name, "");
  }

  boolean isTrue(String name) {
    return "true".equals(values.get(name));
  }

  List<String> all(String name) {
    return List.copyOf(multi.getOrDefault(name, List.of()));
  }

  void parse() throws DockerfileSyntaxException {
    java.util.Set<String> used = new java.util.HashSet<>();
    for (String raw : args) {
      if (!raw.startsWith("--")) {
        throw error("Arg should start with -- : " + raw);
      }
      if (raw.equals("--")) {
        return;
      }
      String arg = raw.substring(2);
      String value = "";
      int index = arg.indexOf('=');
      if (index >= 0) {
        value = arg.substring(index + 1);
        arg = arg.substring(0, index);
      }
      Type type = declared.get(arg);
      if (type == null) {
        throw error("Unknown flag: " + arg);
      }
      if (!used.add(arg) && type != Type.STRINGS) {
        throw error("Duplicate flag specified: " + arg);
      }
      switch (type) {
        case BOOL -> {
          if (index >= 0 && value.isEmpty()) {
            throw error("Missing a value on flag: " + arg);
          }
          String lower = value.toLowerCase(Locale.ROOT);
          if (lower.isEmpty()) {
            values.put(arg, "true");
          } else if (lower.equals("true") || lower.equals("false")) {
            values.put(arg, lower);
          } else {
            throw error("Expecting boolean value for flag " + arg + ", not: " + value);
          }
        }
        case STRING -> {
          if (index < 0) {
            throw error("Missing a value on flag: " + arg);
          }
          values.put(arg, value);
        }
        case STRINGS -> {
          if (index < 0) {
            throw error("Missing a value on flag: " + arg);
          }
          multi.get(arg).add(value);
        }
      }
    }
  }

  private static DockerfileSyntaxException error(String message) {
    return new DockerfileSyntaxException(message, 0, 0);
  }
}
