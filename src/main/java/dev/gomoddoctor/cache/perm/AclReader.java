package dev.gomoddoctor.cache.perm;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Reads access ACLs on Linux. Java's UserDefinedFileAttributeView only sees the {@code user.*}
 * xattr namespace, and /proc does not expose ACLs, so: with {@code getfacl} (package acl) on
 * PATH, the entries are read and evaluated; without it, {@code ls -ld}'s {@code +} marker
 * (coreutils) tells whether an ACL exists, which then makes the verdict "undetermined" rather
 * than a denial from mode bits; with neither, nothing is known and the mode bits decide. Paths
 * are asked in batches, one process per batch.
 */
public final class AclReader {
  private static final int BATCH = 400;
  private static final long TIMEOUT_SECONDS = 10;

  private final Optional<Path> getfacl;
  private final Optional<Path> ls;

  public AclReader(Optional<Path> getfacl, Optional<Path> ls) {
    this.getfacl = getfacl;
    this.ls = ls;
  }

  /** Finds the tools on the doctor's own PATH (they read the filesystem, not Go's view of it). */
  public static AclReader fromPath() {
    return new AclReader(onPath("getfacl"), onPath("ls"));
  }

  /** Which tool answers, for messages and docs. */
  public String source() {
    return getfacl.isPresent() ? "getfacl" : ls.isPresent() ? "ls -ld (presence only)" : "none";
  }

  public Map<Path, AclState> read(Collection<Path> paths) {
    Map<Path, AclState> out = new HashMap<>();
    List<Path> list = new ArrayList<>(paths);
    for (int i = 0; i < list.size(); i += BATCH) {
      List<Path> batch = list.subList(i, Math.min(list.size(), i + BATCH));
      out.putAll(readBatch(batch));
    }
    return out;
  }

  private Map<Path, AclState> readBatch(List<Path> batch) {
    Map<Path, AclState> out = new HashMap<>();
    if (getfacl.isPresent()) {
      List<String> cmd = new ArrayList<>(List.of(getfacl.get().toString(), "-n", "-p", "-s", "--"));
      batch.forEach(p -> cmd.add(p.toString()));
      Optional<String> text = run(cmd);
      if (text.isPresent()) {
        Map<String, Acl> parsed = parseGetfacl(text.get());
        for (Path p : batch) {
          Acl acl = parsed.get(p.toString());
          out.put(p, acl == null ? AclState.none() : new AclState.Present(acl));
        }
        return out;
      }
    }
    if (ls.isPresent()) {
      List<String> cmd = new ArrayList<>(List.of(ls.get().toString(), "-ldnUb", "--"));
      batch.forEach(p -> cmd.add(p.toString()));
      Optional<String> text = run(cmd);
      if (text.isPresent()) {
        List<Boolean> marks = parseLsMarkers(text.get());
        if (marks.size() == batch.size()) {
          for (int i = 0; i < batch.size(); i++) {
            out.put(batch.get(i), marks.get(i)
                ? new AclState.Unreadable("ls shows an ACL; install getfacl (package acl) to evaluate it")
                : AclState.none());
          }
          return out;
        }
      }
    }
    for (Path p : batch) {
      out.put(p, new AclState.Unknown("no getfacl or ls to read ACLs"));
    }
    return out;
  }

  /**
   * Parses {@code getfacl -n -p -s} output: blocks starting with {@code # file: <path>} (octal
   * escapes as in {@code \040}), then {@code tag:qualifier:perms} lines; default entries and
   * {@code #effective:} comments are ignored.
   */
  public static Map<String, Acl> parseGetfacl(String text) {
    Map<String, Acl> out = new HashMap<>();
    String file = null;
    List<Acl.Entry> entries = new ArrayList<>();
    for (String raw : (text + "\n\n").split("\n", -1)) {
      String line = raw.strip();
      if (line.startsWith("# file: ")) {
        file = MountTable.unescape(line.substring("# file: ".length()));
        entries = new ArrayList<>();
        continue;
      }
      if (line.isEmpty()) {
        if (file != null) {
          out.put(file, new Acl(entries));
        }
        file = null;
        continue;
      }
      if (line.startsWith("#") || line.startsWith("default:") || file == null) {
        continue;
      }
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash).strip();
      }
      String[] f = line.split(":", -1);
      if (f.length != 3) {
        continue;
      }
      OptionalInt id = OptionalInt.empty();
      if (!f[1].isEmpty()) {
        try {
          id = OptionalInt.of(Integer.parseInt(f[1]));
        } catch (NumberFormatException e) {
          continue;
        }
      }
      Acl.Tag tag = switch (f[0]) {
        case "user" -> id.isPresent() ? Acl.Tag.USER : Acl.Tag.USER_OBJ;
        case "group" -> id.isPresent() ? Acl.Tag.GROUP : Acl.Tag.GROUP_OBJ;
        case "mask" -> Acl.Tag.MASK;
        case "other" -> Acl.Tag.OTHER;
        default -> null;
      };
      if (tag != null) {
        entries.add(new Acl.Entry(tag, id, Modes.parseRwx(f[2])));
      }
    }
    return out;
  }

  /** One flag per {@code ls -ld} line: whether the mode column ends with {@code +}. */
  public static List<Boolean> parseLsMarkers(String text) {
    List<Boolean> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.length() < 10 || line.startsWith("total")) {
        continue;
      }
      out.add(line.length() > 10 && line.charAt(10) == '+');
    }
    return out;
  }

  private static Optional<String> run(List<String> cmd) {
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("LC_ALL", "C");
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out;
      try (InputStream in = p.getInputStream()) {
        out = in.readAllBytes();
      }
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      return Optional.of(new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  static Optional<Path> onPath(String tool) {
    String path = System.getenv("PATH");
    List<String> dirs = new ArrayList<>(path == null ? List.of() : List.of(path.split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/bin", "/bin"));
    for (String d : dirs) {
      if (d.isEmpty()) {
        continue;
      }
      Path c = Path.of(d, tool);
      if (Files.isExecutable(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
