package dev.gomoddoctor.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Parses the YAML of a configuration file. Streams the tokens (rather than mapping to objects)
 * so every unknown key and bad value is reported with its line.
 */
final class ConfigYamlParser {
  private ConfigYamlParser() {}

  static Config parse(Path file, Reader reader, Predicate<String> isKnownRule) throws ConfigException, IOException {
    Config d = Config.defaults();
    Map<String, Config.RuleLevel> rules = new LinkedHashMap<>();
    List<String> exclude = new ArrayList<>();
    List<String> privatePatterns = new ArrayList<>();
    Optional<Config.FailOn> failOn = Optional.empty();
    List<Config.DockerTarget> docker = new ArrayList<>();
    long minFree = d.minFreeMiB();
    long timeout = d.onlineTimeoutMillis();

    try (JsonParser p = new YAMLFactory().createParser(reader)) {
      Cursor c = new Cursor(file, p);
      JsonToken first = p.nextToken();
      if (first == null) {
        return withSource(d, file);
      }
      c.expect(first, JsonToken.START_OBJECT, "the top level must be a mapping of keys");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyLine = c.line();
        JsonToken value = p.nextToken();
        switch (key) {
          case "rules" -> {
            c.expect(value, JsonToken.START_OBJECT, "'rules' must map rule codes or names to off|error|warning|note");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String rule = p.currentName();
              int line = c.line();
              if (!isKnownRule.test(rule)) {
                throw new ConfigException(file, line, "rules: unknown rule '" + rule + "' (see `gomod-doctor rules`)");
              }
              JsonToken v = p.nextToken();
              String level = c.scalar(v, "rules." + rule);
              Config.RuleLevel parsed = parseEnum(Config.RuleLevel.class, level)
                  .orElseThrow(() -> new ConfigException(file, line,
                      "rules." + rule + ": '" + level + "' is not one of off, error, warning, note"));
              rules.put(rule, parsed);
            }
          }
          case "exclude" -> exclude.addAll(c.stringList(value, "exclude"));
          case "private" -> privatePatterns.addAll(c.stringList(value, "private"));
          case "failOn" -> {
            String s = c.scalar(value, "failOn");
            failOn = Optional.of(parseEnum(Config.FailOn.class, s).orElseThrow(() ->
                new ConfigException(file, keyLine, "failOn: '" + s + "' is not one of error, warning, note, never")));
          }
          case "docker" -> {
            c.expect(value, JsonToken.START_ARRAY, "'docker' must be a list of {dockerfile, context}");
            while (p.nextToken() == JsonToken.START_OBJECT) {
              int entryLine = c.line();
              String dockerfile = null;
              String context = ".";
              Map<String, String> args = new LinkedHashMap<>();
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                JsonToken v = p.nextToken();
                switch (k) {
                  case "dockerfile" -> dockerfile = c.scalar(v, "docker[].dockerfile");
                  case "context" -> context = c.scalar(v, "docker[].context");
                  case "args" -> {
                    c.expect(v, JsonToken.START_OBJECT, "docker[].args must be a mapping of build-arg names to values");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                      String name = p.currentName();
                      args.put(name, c.scalar(p.nextToken(), "docker[].args." + name));
                    }
                  }
                  default -> throw c.unknownKey("docker[]." + k, "dockerfile, context, args");
                }
              }
              if (dockerfile == null) {
                throw new ConfigException(file, entryLine, "docker[]: 'dockerfile' is required");
              }
              docker.add(new Config.DockerTarget(dockerfile, context, args));
            }
            c.expect(p.currentToken(), JsonToken.END_ARRAY, "'docker' entries must be mappings");
          }
          case "cache" -> {
            c.expect(value, JsonToken.START_OBJECT, "'cache' must be a mapping");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String k = p.currentName();
              JsonToken v = p.nextToken();
              if (!k.equals("minFreeMiB")) {
                throw c.unknownKey("cache." + k, "minFreeMiB");
              }
              minFree = c.nonNegativeLong(v, "cache.minFreeMiB");
            }
          }
          case "online" -> {
            c.expect(value, JsonToken.START_OBJECT, "'online' must be a mapping");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String k = p.currentName();
              JsonToken v = p.nextToken();
              if (!k.equals("timeoutMillis")) {
                throw c.unknownKey("online." + k, "timeoutMillis");
              }
              timeout = c.nonNegativeLong(v, "online.timeoutMillis");
            }
          }
          default -> throw new ConfigException(file, keyLine, "unknown key '" + key
              + "' (known: rules, exclude, private, failOn, docker, cache, online)");
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new ConfigException(file, loc == null ? 0 : loc.getLineNr(), "not valid YAML: " + e.getOriginalMessage());
    }
    return new Config(rules, exclude, privatePatterns, failOn, docker, minFree, timeout, Optional.of(file));
  }

  private static Config withSource(Config c, Path file) {
    return new Config(c.rules(), c.exclude(), c.privatePatterns(), c.failOn(), c.docker(), c.minFreeMiB(),
        c.onlineTimeoutMillis(), Optional.of(file));
  }

  private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String word) {
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(word)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Reads values from the token stream, turning every surprise into a ConfigException with a line. */
  private record Cursor(Path file, JsonParser p) {
    int line() {
      return p.currentTokenLocation().getLineNr();
    }

    void expect(JsonToken actual, JsonToken wanted, String message) throws ConfigException {
      if (actual != wanted) {
        throw new ConfigException(file, line(), message);
      }
    }

    ConfigException unknownKey(String key, String known) {
      return new ConfigException(file, line(), "unknown key '" + key + "' (known: " + known + ")");
    }

    String scalar(JsonToken t, String what) throws ConfigException, IOException {
      if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
        throw new ConfigException(file, line(), what + ": expected a single value");
      }
      return p.getText();
    }

    long nonNegativeLong(JsonToken t, String what) throws ConfigException, IOException {
      if (t != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 0) {
        throw new ConfigException(file, line(), what + ": expected a whole number >= 0, got '" + p.getText() + "'");
      }
      return p.getLongValue();
    }

    List<String> stringList(JsonToken t, String what) throws ConfigException, IOException {
      expect(t, JsonToken.START_ARRAY, "'" + what + "' must be a list of strings");
      List<String> out = new ArrayList<>();
      JsonToken item;
      while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
        if (item != JsonToken.VALUE_STRING) {
          throw new ConfigException(file, line(), what + ": every entry must be a string");
        }
        out.add(p.getText());
      }
      return out;
    }
  }
}
