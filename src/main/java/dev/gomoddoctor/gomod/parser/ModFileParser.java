package dev.gomoddoctor.gomod.parser;

import dev.gomoddoctor.gomod.model.Exclusion;
import dev.gomoddoctor.gomod.model.GoDirective;
import dev.gomoddoctor.gomod.model.GodebugDirective;
import dev.gomoddoctor.gomod.model.IgnoreDirective;
import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.ModFileError;
import dev.gomoddoctor.gomod.model.ModuleDirective;
import dev.gomoddoctor.gomod.model.ModuleVersion;
import dev.gomoddoctor.gomod.model.ParseResult;
import dev.gomoddoctor.gomod.model.Replacement;
import dev.gomoddoctor.gomod.model.Requirement;
import dev.gomoddoctor.gomod.model.Retraction;
import dev.gomoddoctor.gomod.model.ToolDirective;
import dev.gomoddoctor.gomod.model.ToolchainDirective;
import dev.gomoddoctor.gomod.model.UseDirective;
import dev.gomoddoctor.gomod.model.WorkFile;
import dev.gomoddoctor.gomod.version.GoQuoting;
import dev.gomoddoctor.gomod.version.GoVersion;
import dev.gomoddoctor.gomod.version.ModulePaths;
import dev.gomoddoctor.gomod.version.ToolchainName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses go.mod and go.work files exactly as x/mod's {@code modfile.Parse}, {@code ParseLax} and
 * {@code ParseWork} do with no version fixer (what {@code go mod edit} and {@code go work edit}
 * use): a syntax tree first ({@link #parseSyntax}), then each directive is checked and turned
 * into a model record. Directive errors are collected, one per bad line; a lexer or block error
 * stops the read. Versions are canonicalised silently ({@code v1.2} becomes {@code v1.2.0}) as Go
 * does. Pure: text in, model out; knows nothing of rules or files on disk.
 */
public final class ModFileParser {
  private static final Set<String> MOD_BLOCKS =
      Set.of("module", "godebug", "require", "exclude", "replace", "retract", "tool", "ignore");
  private static final Set<String> LAX_VERBS = Set.of("go", "module", "retract", "require", "ignore");
  private static final Set<String> WORK_BLOCKS = Set.of("godebug", "use", "replace");
  private static final Pattern DEPRECATED =
      Pattern.compile("(?s)(?:^|\\n\\n)Deprecated: *(.*?)(?:\\z|\\n\\n)");

  private ModFileParser() {}

  /** The syntax tree of a go.mod or go.work, or the first syntax error. */
  public static ParseResult<SyntaxTree> parseSyntax(String fileName, String text) {
    SyntaxReader.Result r = SyntaxReader.read(fileName, text);
    if (r.error() != null) {
      return new ParseResult<>(null, List.of(r.error()), false);
    }
    return new ParseResult<>(r.tree(), List.of(), true);
  }

  /** Parses a go.mod strictly (as the main module's). */
  public static ParseResult<ModFile> parseModFile(String fileName, String text) {
    return parseModFile(fileName, text, Strictness.STRICT);
  }

  /** Parses a go.mod; on a syntax error the model is empty and the error is the only one. */
  public static ParseResult<ModFile> parseModFile(String fileName, String text, Strictness strictness) {
    SyntaxReader.Result r = SyntaxReader.read(fileName, text);
    ModFileBuilder b = new ModFileBuilder(fileName, strictness == Strictness.STRICT);
    if (r.error() != null) {
      return new ParseResult<>(b.build(), List.of(r.error()), false);
    }
    for (SyntaxStatement s : r.tree().statements()) {
      if (s instanceof SyntaxLine line) {
        b.add(null, line, line.tokens().get(0), line.tokens().subList(1, line.tokens().size()));
      } else if (s instanceof SyntaxBlock block) {
        if (block.keywords().size() > 1 || !MOD_BLOCKS.contains(block.keywords().get(0))) {
          if (b.strict) {
            b.errors.add(new ModFileError(fileName, block.start().toPosition(), "", "",
                "unknown block type: " + String.join(" ", block.keywords()), ModFileError.Kind.SYNTAX));
          }
          continue;
        }
        for (SyntaxLine line : block.lines()) {
          b.add(block, line, block.keywords().get(0), line.tokens());
        }
      }
    }
    return new ParseResult<>(b.build(), b.errors, true);
  }

  /** Parses a go.work (go.work files are always read strictly). */
  public static ParseResult<WorkFile> parseWorkFile(String fileName, String text) {
    SyntaxReader.Result r = SyntaxReader.read(fileName, text);
    WorkFileBuilder b = new WorkFileBuilder(fileName);
    if (r.error() != null) {
      return new ParseResult<>(b.build(), List.of(r.error()), false);
    }
    for (SyntaxStatement s : r.tree().statements()) {
      if (s instanceof SyntaxLine line) {
        b.add(line, line.tokens().get(0), line.tokens().subList(1, line.tokens().size()));
      } else if (s instanceof SyntaxBlock block) {
        if (block.keywords().size() > 1 || !WORK_BLOCKS.contains(block.keywords().get(0))) {
          b.errors.add(new ModFileError(fileName, block.start().toPosition(), "", "",
              "unknown block type: " + String.join(" ", block.keywords()), ModFileError.Kind.SYNTAX));
          continue;
        }
        for (SyntaxLine line : block.lines()) {
          b.add(line, block.keywords().get(0), line.tokens());
        }
      }
    }
    return new ParseResult<>(b.build(), b.errors, true);
  }

  /** An error raised while reading one directive; becomes a {@link ModFileError} at the line's start. */
  private static final class DirectiveFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final String verb;
    final String modulePath;
    final ModFileError.Kind kind;

    DirectiveFailure(String verb, String modulePath, String message) {
      this(verb, modulePath, message, ModFileError.Kind.DIRECTIVE);
    }

    DirectiveFailure(String verb, String modulePath, String message, ModFileError.Kind kind) {
      super(message, null, false, false);
      this.verb = verb;
      this.modulePath = modulePath;
      this.kind = kind;
    }

    static DirectiveFailure plain(String message) {
      return new DirectiveFailure("", "", message);
    }
  }

  /** What both file kinds share: errors, strings, versions and replace lines. */
  private abstract static class Builder {
    final String fileName;
    final List<ModFileError> errors = new ArrayList<>();

    Builder(String fileName) {
      this.fileName = fileName;
    }

    void report(SyntaxLine line, DirectiveFailure f) {
      errors.add(new ModFileError(fileName, line.start().toPosition(), f.verb, f.modulePath, f.getMessage(), f.kind));
    }

    void report(SyntaxLine line, String message, ModFileError.Kind kind) {
      errors.add(new ModFileError(fileName, line.start().toPosition(), "", "", message, kind));
    }

    Optional<GoDirective> go = Optional.empty();
    Optional<ToolchainDirective> toolchain = Optional.empty();
    final List<GodebugDirective> godebugs = new ArrayList<>();
    final List<Replacement> replaces = new ArrayList<>();

    /** The go line; {@code lax} allows the truncating fix of dependencies' go.mod files. */
    void addGo(SyntaxLine line, List<String> args, boolean lax) {
      if (go.isPresent()) {
        report(line, "repeated go statement", ModFileError.Kind.DIRECTIVE);
        return;
      }
      if (args.size() != 1) {
        report(line, "go directive expects exactly one argument", ModFileError.Kind.DIRECTIVE);
        return;
      }
      String v = args.get(0);
      Optional<String> accepted = lax ? GoVersion.laxGoLine(v)
          : GoVersion.isValidGoLine(v) ? Optional.of(v) : Optional.empty();
      if (accepted.isEmpty()) {
        report(line, "invalid go version '" + v + "': must match format 1.23.0", ModFileError.Kind.GO_VERSION);
        return;
      }
      go = Optional.of(new GoDirective(accepted.get(), line.start().toPosition()));
    }

    void addToolchain(SyntaxLine line, List<String> args) {
      if (toolchain.isPresent()) {
        report(line, "repeated toolchain statement", ModFileError.Kind.DIRECTIVE);
        return;
      }
      if (args.size() != 1) {
        report(line, "toolchain directive expects exactly one argument", ModFileError.Kind.DIRECTIVE);
        return;
      }
      if (!ToolchainName.isValidToolchainLine(args.get(0))) {
        report(line, "invalid toolchain version '" + args.get(0) + "': must match format go1.23.0 or default",
            ModFileError.Kind.TOOLCHAIN);
        return;
      }
      toolchain = Optional.of(new ToolchainDirective(args.get(0), line.start().toPosition()));
    }

    void addGodebug(SyntaxLine line, List<String> args) {
      if (args.size() != 1 || containsAny(args.get(0), "\"`',")) {
        report(line, "usage: godebug key=value", ModFileError.Kind.DIRECTIVE);
        return;
      }
      String arg = args.get(0);
      int eq = arg.indexOf('=');
      if (eq < 0) {
        report(line, "usage: godebug key=value", ModFileError.Kind.DIRECTIVE);
        return;
      }
      godebugs.add(new GodebugDirective(arg.substring(0, eq), arg.substring(eq + 1), line.start().toPosition()));
    }

    void addReplace(SyntaxLine line, String verb, List<String> args) throws DirectiveFailure {
      int arrow = args.size() >= 2 && args.get(1).equals("=>") ? 1 : 2;
      if (args.size() < arrow + 2 || args.size() > arrow + 3 || !args.get(arrow).equals("=>")) {
        throw DirectiveFailure.plain("usage: " + verb + " module/path [v1.2.3] => other/module v1.4\n\t or "
            + verb + " module/path [v1.2.3] => ../local/directory");
      }
      String oldPath = parseString(args.get(0));
      Optional<ModulePaths.PathMajor> major = ModulePaths.splitPathVersion(oldPath);
      if (major.isEmpty()) {
        throw new DirectiveFailure(verb, oldPath, "invalid module path");
      }
      String oldVersion = "";
      if (arrow == 2) {
        oldVersion = parseVersion(verb, oldPath, args.get(1));
        Optional<String> mismatch = ModulePaths.checkPathMajor(oldVersion, major.get().pathMajor());
        if (mismatch.isPresent()) {
          throw new DirectiveFailure(verb, oldPath, mismatch.get());
        }
      }
      String newPath = parseString(args.get(arrow + 1));
      String newVersion = "";
      if (args.size() == arrow + 2) {
        if (!ModulePaths.isDirectoryPath(newPath)) {
          if (newPath.contains("@")) {
            throw DirectiveFailure.plain("replacement module must match format 'path version', not 'path@version'");
          }
          throw DirectiveFailure.plain(
              "replacement module without version must be directory path (rooted or starting with . or ..)");
        }
        if (newPath.indexOf('\\') >= 0) {
          // x/mod checks this only where '/' is the separator; the doctor runs on Unix-like systems
          throw DirectiveFailure.plain("replacement directory appears to be Windows path (on a non-windows system)");
        }
      }
      if (args.size() == arrow + 3) {
        newVersion = parseVersion(verb, newPath, args.get(arrow + 2));
        if (ModulePaths.isDirectoryPath(newPath)) {
          throw DirectiveFailure.plain("replacement module directory path " + GoQuoting.quote(newPath)
              + " cannot have version");
        }
      }
      replaces.add(new Replacement(new ModuleVersion(oldPath, oldVersion), new ModuleVersion(newPath, newVersion),
          line.start().toPosition()));
    }
  }

  private static final class ModFileBuilder extends Builder {
    final boolean strict;
    Optional<ModuleDirective> module = Optional.empty();
    boolean sawModule;
    final List<Requirement> requires = new ArrayList<>();
    final List<Exclusion> excludes = new ArrayList<>();
    final List<Retraction> retracts = new ArrayList<>();
    final List<ToolDirective> tools = new ArrayList<>();
    final List<IgnoreDirective> ignores = new ArrayList<>();

    ModFileBuilder(String fileName, boolean strict) {
      super(fileName);
      this.strict = strict;
    }

    ModFile build() {
      return new ModFile(fileName, module, go, toolchain, godebugs, requires, excludes, replaces, retracts, tools,
          ignores);
    }

    void add(SyntaxBlock block, SyntaxLine line, String verb, List<String> args) {
      if (!strict && !LAX_VERBS.contains(verb)) {
        // dependencies may use directives this toolchain does not know; only the main module's matter
        return;
      }
      try {
        switch (verb) {
          case "go" -> addGo(line, args, !strict);
          case "toolchain" -> addToolchain(line, args);
          case "module" -> addModule(block, line, args);
          case "godebug" -> addGodebug(line, args);
          case "require", "exclude" -> addRequireOrExclude(line, verb, args);
          case "replace" -> addReplace(line, verb, args);
          case "retract" -> addRetract(block, line, args);
          case "tool" -> tools.add(new ToolDirective(singlePath(line, "tool", args), line.start().toPosition()));
          case "ignore" -> ignores.add(new IgnoreDirective(singlePath(line, "ignore", args),
              line.start().toPosition()));
          default -> throw DirectiveFailure.plain("unknown directive: " + verb);
        }
      } catch (DirectiveFailure f) {
        report(line, f);
      }
    }

    private String singlePath(SyntaxLine line, String verb, List<String> args) throws DirectiveFailure {
      if (args.size() != 1) {
        throw DirectiveFailure.plain(verb + " directive expects exactly one argument");
      }
      return parseString(args.get(0));
    }

    private void addModule(SyntaxBlock block, SyntaxLine line, List<String> args) throws DirectiveFailure {
      if (sawModule) {
        throw DirectiveFailure.plain("repeated module statement");
      }
      sawModule = true;
      String deprecated = deprecation(block, line);
      module = Optional.of(new ModuleDirective("", deprecated, line.start().toPosition()));
      if (args.size() != 1) {
        throw DirectiveFailure.plain("usage: module module/path");
      }
      module = Optional.of(new ModuleDirective(parseString(args.get(0)), deprecated, line.start().toPosition()));
    }

    private void addRequireOrExclude(SyntaxLine line, String verb, List<String> args) throws DirectiveFailure {
      if (args.size() != 2) {
        throw DirectiveFailure.plain("usage: " + verb + " module/path v1.2.3");
      }
      String path = parseString(args.get(0));
      String version = parseVersion(verb, path, args.get(1));
      Optional<ModulePaths.PathMajor> major = ModulePaths.splitPathVersion(path);
      if (major.isEmpty()) {
        throw DirectiveFailure.plain("invalid module path");
      }
      Optional<String> mismatch = ModulePaths.checkPathMajor(version, major.get().pathMajor());
      if (mismatch.isPresent()) {
        throw new DirectiveFailure(verb, path, mismatch.get());
      }
      if (verb.equals("require")) {
        requires.add(new Requirement(path, version, isIndirect(line), line.start().toPosition()));
      } else {
        excludes.add(new Exclusion(path, version, line.start().toPosition()));
      }
    }

    private void addRetract(SyntaxBlock block, SyntaxLine line, List<String> args) throws DirectiveFailure {
      String rationale = directiveComment(block, line);
      List<String> rest = new ArrayList<>(args);
      String[] interval;
      try {
        interval = parseVersionInterval(rest);
      } catch (DirectiveFailure f) {
        if (strict) {
          throw f;
        }
        // lax: only the main module's retract syntax matters; future interval forms must not break dependencies
        return;
      }
      if (!rest.isEmpty() && strict) {
        throw DirectiveFailure.plain("unexpected token after version: " + GoQuoting.quote(rest.get(0)));
      }
      retracts.add(new Retraction(interval[0], interval[1], rationale, line.start().toPosition()));
    }

    /** {@code v1.2.3} or {@code [v1.0.0, v1.9.9]}; consumes the tokens it reads from {@code toks}. */
    private static String[] parseVersionInterval(List<String> toks) throws DirectiveFailure {
      if (toks.isEmpty() || toks.get(0).equals("(")) {
        throw DirectiveFailure.plain("expected '[' or version");
      }
      if (!toks.get(0).equals("[")) {
        String v = retractVersion(toks.remove(0));
        return new String[] {v, v};
      }
      toks.remove(0);
      if (toks.isEmpty()) {
        throw DirectiveFailure.plain("expected version after '['");
      }
      String low = retractVersion(toks.remove(0));
      if (toks.isEmpty() || !toks.get(0).equals(",")) {
        throw DirectiveFailure.plain("expected ',' after version");
      }
      toks.remove(0);
      if (toks.isEmpty()) {
        throw DirectiveFailure.plain("expected version after ','");
      }
      String high = retractVersion(toks.remove(0));
      if (toks.isEmpty() || !toks.get(0).equals("]")) {
        throw DirectiveFailure.plain("expected ']' after version");
      }
      toks.remove(0);
      return new String[] {low, high};
    }

    /**
     * Retract versions are only unquoted on the first pass (x/mod uses a no-op fixer there and
     * checks them later only when the caller passes a real one, which go mod edit does not).
     */
    private static String retractVersion(String token) throws DirectiveFailure {
      try {
        return parseString(token);
      } catch (DirectiveFailure f) {
        throw new DirectiveFailure("retract", "", ModulePaths.invalidVersion(token, f.getMessage()
            .substring("invalid quoted string: ".length())));
      }
    }
  }

  private static final class WorkFileBuilder extends Builder {
    final List<UseDirective> uses = new ArrayList<>();

    WorkFileBuilder(String fileName) {
      super(fileName);
    }

    WorkFile build() {
      return new WorkFile(fileName, go, toolchain, godebugs, uses, replaces);
    }

    void add(SyntaxLine line, String verb, List<String> args) {
      try {
        switch (verb) {
          case "go" -> addGo(line, args, false);
          case "toolchain" -> addToolchain(line, args);
          case "godebug" -> addGodebug(line, args);
          case "use" -> {
            if (args.size() != 1) {
              throw DirectiveFailure.plain("usage: use local/dir");
            }
            uses.add(new UseDirective(parseString(args.get(0)), "", line.start().toPosition()));
          }
          case "replace" -> addReplace(line, verb, args);
          default -> throw DirectiveFailure.plain("unknown directive: " + verb);
        }
      } catch (DirectiveFailure f) {
        report(line, f);
      }
    }
  }

  /**
   * x/mod {@code parseString}: a double-quoted token is unquoted with Go's rules; any other token
   * must not contain a quote character (so backquoted strings, though lexed, are rejected).
   */
  private static String parseString(String token) throws DirectiveFailure {
    if (token.startsWith("\"")) {
      return GoQuoting.unquoteDoubleQuoted(token)
          .orElseThrow(() -> DirectiveFailure.plain("invalid quoted string: invalid syntax"));
    }
    if (containsAny(token, "\"'`")) {
      throw DirectiveFailure.plain("invalid quoted string: unquoted string cannot contain quote");
    }
    return token;
  }

  /**
   * x/mod {@code parseVersion} without a fixer: the canonical form of the version, or Go's
   * {@code VERB PATH: version "x" invalid: ...} error.
   */
  private static String parseVersion(String verb, String path, String token) throws DirectiveFailure {
    String t;
    try {
      t = parseString(token);
    } catch (DirectiveFailure f) {
      String why = f.getMessage().substring("invalid quoted string: ".length());
      throw new DirectiveFailure(verb, path, ModulePaths.invalidVersion(token, why));
    }
    String cv = ModulePaths.canonicalVersion(t);
    if (cv.isEmpty()) {
      throw new DirectiveFailure(verb, path, ModulePaths.invalidVersion(t, "must be of the form v1.2.3"));
    }
    return cv;
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** x/mod {@code isIndirect}: the first end-of-line comment is {@code // indirect} or starts {@code // indirect;}. */
  static boolean isIndirect(SyntaxLine line) {
    if (line.suffix().isEmpty()) {
      return false;
    }
    String text = line.suffix().get(0).text();
    if (text.startsWith("//")) {
      text = text.substring(2);
    }
    List<String> fields = fields(text);
    return fields.size() == 1 && fields.get(0).equals("indirect")
        || fields.size() > 1 && fields.get(0).equals("indirect;");
  }

  /** x/mod {@code parseDirectiveComment}: the line's comments, or its block's when it has none. */
  static String directiveComment(SyntaxBlock block, SyntaxLine line) {
    List<SyntaxComment> before = line.before();
    List<SyntaxComment> suffix = line.suffix();
    if (block != null && before.isEmpty() && suffix.isEmpty()) {
      before = block.before();
      suffix = block.suffix();
    }
    List<String> lines = new ArrayList<>();
    for (List<SyntaxComment> group : List.of(before, suffix)) {
      for (SyntaxComment c : group) {
        if (!c.text().startsWith("//")) {
          continue; // a blank-line marker
        }
        lines.add(trimSpace(c.text().substring(2)));
      }
    }
    return String.join("\n", lines);
  }

  /** The {@code Deprecated:} paragraph of the module line's comments (x/mod {@code parseDeprecation}). */
  static String deprecation(SyntaxBlock block, SyntaxLine line) {
    Matcher m = DEPRECATED.matcher(directiveComment(block, line));
    return m.find() ? m.group(1) : "";
  }

  /** Go's {@code strings.TrimSpace} (Unicode white space). */
  static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && GoQuoting.isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && GoQuoting.isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** Go's {@code strings.Fields}. */
  static List<String> fields(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && GoQuoting.isSpace(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      int start = i;
      while (i < s.length() && !GoQuoting.isSpace(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      if (i > start) {
        out.add(s.substring(start, i));
      }
    }
    return out;
  }
}
