package dev.gomoddoctor.gomod;

import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.ModFileError;
import dev.gomoddoctor.gomod.model.ParseResult;
import dev.gomoddoctor.gomod.model.WorkFile;
import dev.gomoddoctor.gomod.parser.ModFileParser;
import dev.gomoddoctor.scan.FileIndex;
import dev.gomoddoctor.scan.ScanContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every go.mod and go.work of the scanned tree (outside vendor/ and testdata/), each parsed once
 * as the go command parses a main module's files, with the errors Go would report. Shared by all
 * checkers: get it with {@link #of(ScanContext)}.
 *
 * @param modFiles every go.mod, in path order
 * @param workFiles every go.work, in path order
 * @param unreadable module files that exist but could not be read (the gomod checker reports them)
 */
public record ModuleTree(List<GoModFile> modFiles, List<GoWorkFile> workFiles, List<UnreadableFile> unreadable) {

  public ModuleTree {
    modFiles = List.copyOf(modFiles);
    workFiles = List.copyOf(workFiles);
    unreadable = List.copyOf(unreadable);
  }

  /**
   * One go.mod of the tree.
   *
   * @param path relative to the scan root with {@code /} separators (also the name in its errors)
   * @param directory the module root, relative ({@code ""} at the scan root)
   */
  public record GoModFile(String path, String directory, ParseResult<ModFile> parsed) {
    public ModFile file() {
      return parsed.file();
    }

    public List<ModFileError> errors() {
      return parsed.errors();
    }

    /** True when the go command accepts the file. */
    public boolean ok() {
      return parsed.ok();
    }
  }

  /** One go.work of the tree; {@code path} and {@code directory} as in {@link GoModFile}. */
  public record GoWorkFile(String path, String directory, ParseResult<WorkFile> parsed) {
    public WorkFile file() {
      return parsed.file();
    }

    public List<ModFileError> errors() {
      return parsed.errors();
    }

    public boolean ok() {
      return parsed.ok();
    }
  }

  /** A module file that could not be read, with why. */
  public record UnreadableFile(String path, String why) {}

  /** The tree of this scan, parsed by the first checker that asks. */
  public static ModuleTree of(ScanContext ctx) {
    return ctx.facts().get(ModuleTree.class, () -> load(ctx.files()));
  }

  /** Reads and parses every go.mod and go.work listed in {@code files}. */
  public static ModuleTree load(FileIndex files) {
    List<GoModFile> mods = new ArrayList<>();
    List<GoWorkFile> works = new ArrayList<>();
    List<UnreadableFile> unreadable = new ArrayList<>();
    for (String path : files.named("go.mod")) {
      readText(files, path, unreadable).ifPresent(text ->
          mods.add(new GoModFile(path, FileIndex.parentOf(path), ModFileParser.parseModFile(path, text))));
    }
    for (String path : files.named("go.work")) {
      readText(files, path, unreadable).ifPresent(text ->
          works.add(new GoWorkFile(path, FileIndex.parentOf(path), ModFileParser.parseWorkFile(path, text))));
    }
    return new ModuleTree(mods, works, unreadable);
  }

  private static Optional<String> readText(FileIndex files, String path, List<UnreadableFile> unreadable) {
    try {
      // malformed UTF-8 becomes U+FFFD, as Go's decoder yields RuneError for it
      return Optional.of(new String(Files.readAllBytes(files.resolve(path)), StandardCharsets.UTF_8));
    } catch (IOException | SecurityException e) {
      unreadable.add(new UnreadableFile(path, String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  /** The go.mod at a relative path. */
  public Optional<GoModFile> modFile(String path) {
    return modFiles.stream().filter(m -> m.path().equals(path)).findFirst();
  }

  /** The go.mod whose module root is {@code directory} (relative, {@code ""} for the root). */
  public Optional<GoModFile> moduleAt(String directory) {
    return modFile(directory.isEmpty() ? "go.mod" : directory + "/go.mod");
  }

  /**
   * The go.mod of the module that contains a file or directory: the nearest go.mod at or above
   * it, as the go command finds the main module.
   */
  public Optional<GoModFile> enclosingModule(String relativePath) {
    String dir = relativePath;
    while (true) {
      Optional<GoModFile> m = moduleAt(dir);
      if (m.isPresent()) {
        return m;
      }
      if (dir.isEmpty()) {
        return Optional.empty();
      }
      dir = FileIndex.parentOf(dir);
    }
  }
}
