package dev.gomoddoctor.docker.parser;

import dev.gomoddoctor.docker.model.AstNode;
import dev.gomoddoctor.docker.model.Heredoc;
import dev.gomoddoctor.docker.model.Instruction;
import dev.gomoddoctor.docker.model.Mount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an {@link AstNode} into a typed {@link Instruction} with BuildKit's checks and messages
 * (frontend/dockerfile/instructions/parse.go): argument counts, known flags, stage names, mounts.
 */
public final class InstructionParser {
  private static final Pattern VALID_STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");
  private static final List<String> ALL_INSTRUCTIONS = List.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV",
      "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER",
      "VOLUME", "WORKDIR");
  private static final Set<String> MOUNT_TYPES = Set.of("bind", "cache", "tmpfs", "secret", "ssh");

  private InstructionParser() {}

  /** Parses one node; the exception carries the node's lines. */
  public static Instruction parse(AstNode node) throws DockerfileSyntaxException {
    try {
      return parseUnlocated(node);
    } catch (DockerfileSyntaxException e) {
      throw new DockerfileSyntaxException(e.getMessage(), node.startLine(), node.endLine());
    }
  }

  /** The argument list BuildKit's instructions see (an ONBUILD's trigger keyword, then its args). */
  static List<String> nodeArgs(AstNode node) {
    if (node.subCommand() != null) {
      List<String> out = new ArrayList<>();
      out.add(node.subCommand().keyword());
      out.addAll(nodeArgs(node.subCommand()));
      return out;
    }
    return node.args();
  }

  private static Instruction parseUnlocated(AstNode node) throws DockerfileSyntaxException {
    List<String> args = nodeArgs(node);
    BuilderFlags flags = new BuilderFlags(node.flags());
    switch (node.command()) {
      case "env": {
        flags.parse();
        return new Instruction.Env(node, kvps(args, "ENV"));
      }
      case "maintainer": {
        if (args.size() != 1) {
          throw err("MAINTAINER requires exactly one argument");
        }
        flags.parse();
        return new Instruction.Maintainer(node, args.get(0));
      }
      case "label": {
        flags.parse();
        return new Instruction.Label(node, kvps(args, "LABEL"));
      }
      case "add": {
        if (args.size() < 2) {
          throw noDestination("ADD");
        }
        flags.string("chown").string("chmod").bool("link").bool("keep-git-dir").string("checksum")
            .strings("exclude").string("unpack");
        flags.parse();
        SourcesAndDest sd = sourcesAndDest(node, args, "ADD");
        return new Instruction.Add(node, sd.paths, sd.dest, sd.contents, flags.value("chown"), flags.value("chmod"),
            flags.isTrue("link"), flags.isTrue("keep-git-dir"), flags.value("checksum"), flags.all("exclude"),
            flags.value("unpack"));
      }
      case "copy": {
        if (args.size() < 2) {
          throw noDestination("COPY");
        }
        flags.string("chown").string("from").string("chmod").bool("link").bool("parents").strings("exclude");
        flags.parse();
        SourcesAndDest sd = sourcesAndDest(node, args, "COPY");
        return new Instruction.Copy(node, sd.paths, sd.dest, sd.contents, flags.value("from"), flags.value("chown"),
            flags.value("chmod"), flags.isTrue("link"), flags.isTrue("parents"), flags.all("exclude"));
      }
      case "from": {
        String stageName = "";
        if (args.size() == 3 && args.get(1).equalsIgnoreCase("as")) {
          stageName = args.get(2).toLowerCase(Locale.ROOT);
          if (!VALID_STAGE_NAME.matcher(stageName).matches()) {
            throw err("invalid name for build stage: " + GoText.quote(args.get(2))
                + ", name can't start with a number or contain symbols");
          }
        } else if (args.size() != 1) {
          throw err("FROM requires either one or three arguments");
        }
        flags.string("platform");
        flags.parse();
        return new Instruction.From(node, args.get(0), stageName, flags.value("platform"));
      }
      case "onbuild": {
        if (args.isEmpty()) {
          throw err("ONBUILD requires at least one argument");
        }
        flags.parse();
        String trigger = args.get(0).trim().toUpperCase(Locale.ROOT);
        if (trigger.equals("ONBUILD")) {
          throw err("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
        }
        if (trigger.equals("MAINTAINER") || trigger.equals("FROM")) {
          throw err(trigger + " isn't allowed as an ONBUILD trigger");
        }
        String expression = node.original().replaceFirst("(?i)^\\s*ONBUILD\\s*", "");
        Instruction parsedTrigger = null;
        if (node.subCommand() != null) {
          try {
            parsedTrigger = parseUnlocated(node.subCommand().withLines(node.startLine(), node.endLine(),
                node.heredocs()));
          } catch (DockerfileSyntaxException e) {
            // BuildKit checks a trigger only when an image built FROM this one runs it
            parsedTrigger = null;
          }
        }
        return new Instruction.Onbuild(node, expression, parsedTrigger);
      }
      case "workdir": {
        if (args.size() != 1) {
          throw err("WORKDIR requires exactly one argument");
        }
        flags.parse();
        return new Instruction.Workdir(node, args.get(0));
      }
      case "run": {
        flags.strings("mount").string("network").string("security").strings("device");
        flags.parse();
        List<Mount> mounts = new ArrayList<>();
        for (String m : flags.all("mount")) {
          mounts.add(parseMount(m));
        }
        return new Instruction.Run(node, args, !node.json(), node.heredocs(), mounts, flags.value("network"),
            flags.value("security"), flags.all("device"));
      }
      case "cmd": {
        flags.parse();
        return new Instruction.Cmd(node, args, !node.json());
      }
      case "entrypoint": {
        flags.parse();
        return new Instruction.Entrypoint(node, args, !node.json());
      }
      case "healthcheck":
        return healthcheck(node, args, flags);
      case "expose": {
        if (args.isEmpty()) {
          throw err("EXPOSE requires at least one argument");
        }
        flags.parse();
        return new Instruction.Expose(node, args);
      }
      case "user": {
        if (args.size() != 1) {
          throw err("USER requires exactly one argument");
        }
        flags.parse();
        return new Instruction.User(node, args.get(0));
      }
      case "volume": {
        if (args.isEmpty()) {
          throw err("VOLUME requires at least one argument");
        }
        flags.parse();
        List<String> vols = new ArrayList<>();
        for (String v : args) {
          String t = GoText.trimSpace(v);
          if (t.isEmpty()) {
            throw err("VOLUME specified can not be an empty string");
          }
          vols.add(t);
        }
        return new Instruction.Volume(node, vols);
      }
      case "stopsignal": {
        if (args.size() != 1) {
          throw err("STOPSIGNAL requires exactly one argument");
        }
        return new Instruction.StopSignal(node, args.get(0));
      }
      case "arg": {
        if (args.isEmpty()) {
          throw err("ARG requires at least one argument");
        }
        List<Instruction.ArgDef> defs = new ArrayList<>();
        for (String a : args) {
          int eq = a.indexOf('=');
          if (eq >= 0) {
            if (eq == 0) {
              throw err("ARG names can not be blank");
            }
            defs.add(new Instruction.ArgDef(a.substring(0, eq), a.substring(eq + 1)));
          } else {
            defs.add(new Instruction.ArgDef(a, null));
          }
        }
        return new Instruction.Arg(node, defs);
      }
      case "shell": {
        flags.parse();
        if (args.isEmpty()) {
          throw err("SHELL requires at least one argument");
        }
        if (!node.json()) {
          throw err("SHELL requires the arguments to be in JSON form");
        }
        return new Instruction.Shell(node, args);
      }
      default:
        throw err(unknownInstruction(node.keyword()));
    }
  }

  /** BuildKit's message, with its "did you mean" suggestion (edit distance below 3). */
  static String unknownInstruction(String keyword) {
    String msg = "unknown instruction: " + keyword;
    String val = keyword.toLowerCase(Locale.ROOT);
    String match = null;
    int min = 3;
    for (String opt : ALL_INSTRUCTIONS) {
      String o = opt.toLowerCase(Locale.ROOT);
      int d = EditDistance.of(val, o);
      if (d < min) {
        min = d;
        match = o;
      }
    }
    return match == null ? msg : msg + " (did you mean " + match + "?)";
  }

  private static Instruction healthcheck(AstNode node, List<String> args, BuilderFlags flags)
      throws DockerfileSyntaxException {
    if (args.isEmpty()) {
      throw err("HEALTHCHECK requires at least one argument");
    }
    String typ = args.get(0).toUpperCase(Locale.ROOT);
    List<String> rest = args.subList(1, args.size());
    if (typ.equals("NONE")) {
      if (!rest.isEmpty()) {
        throw err("HEALTHCHECK NONE takes no arguments");
      }
      return new Instruction.Healthcheck(node, List.of("NONE"));
    }
    flags.string("interval").string("timeout").string("start-period").string("start-interval").string("retries");
    flags.parse();
    if (!typ.equals("CMD")) {
      throw err("Unknown type " + GoText.quote(typ) + " in HEALTHCHECK (try CMD)");
    }
    if (rest.isEmpty()) {
      throw err("Missing command after HEALTHCHECK CMD");
    }
    List<String> test = new ArrayList<>();
    test.add(node.json() ? "CMD" : "CMD-SHELL");
    test.addAll(rest);
    String retries = flags.value("retries");
    if (!retries.isEmpty()) {
      try {
        if (Long.parseLong(retries) < 0) {
          throw err("--retries cannot be negative (" + retries + ")");
        }
      } catch (NumberFormatException e) {
        throw err("strconv.ParseInt: parsing " + GoText.quote(retries) + ": invalid syntax");
      }
    }
    return new Instruction.Healthcheck(node, test);
  }

  private record SourcesAndDest(List<String> paths, String dest, List<Heredoc> contents) {}

  private static SourcesAndDest sourcesAndDest(AstNode node, List<String> args, String command)
      throws DockerfileSyntaxException {
    String dest = args.get(args.size() - 1);
    if (DockerfileParser.heredocOrNull(dest) != null) {
      throw err(command + " cannot accept a heredoc as a destination");
    }
    Map<String, Heredoc> byName = new HashMap<>();
    for (Heredoc h : node.heredocs()) {
      byName.put(h.name(), h);
    }
    List<String> paths = new ArrayList<>();
    List<Heredoc> contents = new ArrayList<>();
    for (String src : args.subList(0, args.size() - 1)) {
      Heredoc h = DockerfileParser.heredocOrNull(src);
      if (h != null) {
        Heredoc body = byName.get(h.name());
        contents.add(body != null ? body : h);
      } else {
        paths.add(src);
      }
    }
    return new SourcesAndDest(paths, dest, contents);
  }

  private static List<Instruction.KeyValue> kvps(List<String> args, String cmd) throws DockerfileSyntaxException {
    if (args.isEmpty()) {
      throw err(cmd + " requires at least one argument");
    }
    if (args.size() % 3 != 0) {
      throw err("Bad input to " + cmd + ", too many arguments");
    }
    List<Instruction.KeyValue> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i += 3) {
      if (args.get(i).isEmpty()) {
        throw err(cmd + " names can not be blank");
      }
      out.add(new Instruction.KeyValue(args.get(i), args.get(i + 1)));
    }
    return out;
  }

  /** One {@code --mount} value: comma-separated {@code key=value} fields, CSV-quoted. */
  static Mount parseMount(String value) throws DockerfileSyntaxException {
    String type = "bind";
    String target = "";
    String source = "";
    String from = "";
    Boolean readOnly = null;
    Map<String, String> options = new LinkedHashMap<>();
    for (String field : csvFields(value)) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
      String v = eq < 0 ? "" : field.substring(eq + 1);
      if (eq < 0) {
        switch (key) {
          case "readonly", "ro" -> readOnly = true;
          case "readwrite", "rw" -> readOnly = false;
          case "required" -> options.put("required", "true");
          default -> throw err("unexpected key '" + key + "' in '" + field + "'");
        }
        continue;
      }
      switch (key) {
        case "type" -> {
          if (!MOUNT_TYPES.contains(v.toLowerCase(Locale.ROOT))) {
            throw err("unsupported mount type " + GoText.quote(v));
          }
          type = v.toLowerCase(Locale.ROOT);
        }
        case "from" -> from = v;
        case "source", "src" -> source = v;
        case "target", "dst", "destination" -> target = v;
        case "readonly", "ro" -> readOnly = parseBool(v, key);
        case "readwrite", "rw" -> readOnly = !parseBool(v, key);
        case "id", "sharing", "mode", "uid", "gid", "env", "size", "required" -> options.put(key, v);
        default -> throw err("unexpected key '" + key + "' in '" + field + "'");
      }
    }
    boolean ro = readOnly != null ? readOnly : !(type.equals("cache") || type.equals("tmpfs"));
    return new Mount(type, target, source, from, ro, options);
  }

  private static boolean parseBool(String v, String key) throws DockerfileSyntaxException {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "1", "t", "true" -> {
        return true;
      }
      case "0", "f", "false" -> {
        return false;
      }
      default -> throw err("invalid value for " + key + ": " + v);
    }
  }

  /** Go's encoding/csv reading of one record (fields may be double-quoted). */
  private static List<String> csvFields(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            f.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          f.append(c);
        }
      } else if (c == '"' && f.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out;
  }

  private static DockerfileSyntaxException err(String message) {
    return new DockerfileSyntaxException(message, 0, 0);
  }

  private static DockerfileSyntaxException noDestination(String command) {
    return err(command + " requires at least two arguments, but only one was provided. Destination could not be determined");
  }
}
