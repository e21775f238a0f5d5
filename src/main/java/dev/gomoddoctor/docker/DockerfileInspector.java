package dev.gomoddoctor.docker;

import dev.gomoddoctor.docker.image.ImageCatalog;
import dev.gomoddoctor.docker.model.AstNode;
import dev.gomoddoctor.docker.model.Directive;
import dev.gomoddoctor.docker.model.Dockerfile;
import dev.gomoddoctor.docker.model.DockerfileAst;
import dev.gomoddoctor.docker.model.Heredoc;
import dev.gomoddoctor.docker.model.Instruction;
import dev.gomoddoctor.docker.model.Stage;
import dev.gomoddoctor.docker.model.StageState;
import dev.gomoddoctor.docker.parser.DockerfileParser;
import dev.gomoddoctor.docker.parser.DockerfileSyntaxException;
import dev.gomoddoctor.docker.parser.Dockerfiles;
import dev.gomoddoctor.inspect.Inspection;
import dev.gomoddoctor.inspect.Inspector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code inspect} for Dockerfiles: {@code --format ast} prints BuildKit's own AST dump (as its
 * parser tests compare it), {@code json} the stages with base images before and after ARG
 * expansion, every instruction with its lines, flags and arguments, and each stage's effective
 * WORKDIR, USER and ENV; {@code text} a readable summary.
 */
public final class DockerfileInspector implements Inspector {

  @Override
  public List<String> typeNames() {
    return List.of("Dockerfile", "dockerfile", "Containerfile");
  }

  @Override
  public boolean recognizes(String fileName) {
    return DockerfileNames.isDockerfile(fileName);
  }

  @Override
  public List<String> formats() {
    return List.of("text", "json", "ast");
  }

  @Override
  public Inspection inspect(String displayName, String text) {
    return inspect(displayName, text, "text");
  }

  @Override
  public Inspection inspect(String displayName, String text, String format) {
    DockerfileAst ast;
    try {
      ast = DockerfileParser.parse(text);
    } catch (DockerfileSyntaxException e) {
      return rejected(displayName, e);
    }
    if (format.equals("ast")) {
      // the AST is what BuildKit's parser returns; instruction-level checks come later in a build
      return new Inspection(null, DockerfileParser.dump(ast), List.of(), "");
    }
    Dockerfile df;
    try {
      df = Dockerfiles.model(ast, Map.of(), ImageCatalog.DEFAULTS);
    } catch (DockerfileSyntaxException e) {
      return rejected(displayName, e);
    }
    return new Inspection(json(displayName, df), text(df), List.of(), "");
  }

  private static Inspection rejected(String displayName, DockerfileSyntaxException e) {
    return new Inspection(null, "", List.of(displayName + ":" + Math.max(e.startLine(), 1) + ": " + e.buildkitMessage()),
        "errors parsing " + displayName + ":");
  }

  static Map<String, Object> json(String displayName, Dockerfile df) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("file", displayName);
    doc.put("escape", String.valueOf(df.escapeToken()));
    List<Object> directives = new ArrayList<>();
    for (Directive d : df.ast().directives()) {
      directives.add(obj("name", d.name(), "value", d.value(), "line", d.line()));
    }
    doc.put("directives", directives);
    List<Object> metaArgs = new ArrayList<>();
    for (Instruction.Arg a : df.metaArgs()) {
      for (Instruction.ArgDef def : a.args()) {
        Map<String, Object> o = obj("name", def.key(), "line", a.line());
        o.put("default", def.defaultValue());
        o.put("value", df.metaArgValues().get(def.key()));
        metaArgs.add(o);
      }
    }
    doc.put("metaArgs", metaArgs);
    List<Object> stages = new ArrayList<>();
    for (Stage s : df.stages()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("index", s.index());
      o.put("name", s.name());
      o.put("line", s.from().line());
      o.put("baseImage", s.baseImage());
      o.put("baseImageExpanded", s.baseImageExpanded());
      o.put("baseResolved", s.baseResolved());
      o.put("baseStage", s.baseStage().isPresent() ? s.baseStage().getAsInt() : null);
      o.put("platform", s.platform());
      o.put("platformExpanded", s.platformExpanded());
      List<Object> instructions = new ArrayList<>();
      instructions.add(instruction(s.from().node(), null));
      for (Stage.Step step : s.steps()) {
        instructions.add(instruction(step.instruction().node(), step.before()));
      }
      o.put("instructions", instructions);
      o.put("workdir", s.end().workdir());
      o.put("user", s.end().user());
      o.put("env", new LinkedHashMap<>(s.end().env()));
      stages.add(o);
    }
    doc.put("stages", stages);
    return doc;
  }

  private static Map<String, Object> instruction(AstNode n, StageState before) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("keyword", n.keyword().toUpperCase(java.util.Locale.ROOT));
    o.put("startLine", n.startLine());
    o.put("endLine", n.endLine());
    o.put("flags", new ArrayList<>(n.flags()));
    List<Object> args = new ArrayList<>();
    if (n.subCommand() != null) {
      args.add(instruction(n.subCommand(), null));
    }
    args.addAll(n.args());
    o.put("arguments", args);
    o.put("json", n.json());
    if (!n.heredocs().isEmpty()) {
      List<Object> docs = new ArrayList<>();
      for (Heredoc h : n.heredocs()) {
        docs.add(obj("name", h.name(), "expand", h.expand(), "chomp", h.chomp(), "content", h.content()));
      }
      o.put("heredocs", docs);
    }
    if (before != null) {
      o.put("workdir", before.workdir());
    }
    return o;
  }

  private static Map<String, Object> obj(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static String text(Dockerfile df) {
    StringBuilder sb = new StringBuilder();
    if (!df.metaArgValues().isEmpty()) {
      for (Instruction.Arg a : df.metaArgs()) {
        for (Instruction.ArgDef d : a.args()) {
          sb.append("ARG ").append(d.key()).append(" = ")
              .append(df.metaArgValues().getOrDefault(d.key(), "(unset)")).append('\n');
        }
      }
    }
    for (Stage s : df.stages()) {
      sb.append("stage ").append(s.index());
      if (!s.name().isEmpty()) {
        sb.append(" \"").append(s.name()).append('"');
      }
      sb.append(" (line ").append(s.from().line()).append("): FROM ").append(s.baseImageExpanded());
      if (!s.baseImage().equals(s.baseImageExpanded())) {
        sb.append("  [").append(s.baseImage()).append(']');
      }
      if (s.baseStage().isPresent()) {
        sb.append("  (stage ").append(s.baseStage().getAsInt()).append(')');
      }
      if (!s.platform().isEmpty()) {
        sb.append("  --platform=").append(s.platformExpanded());
      }
      sb.append('\n');
      for (Stage.Step step : s.steps()) {
        Instruction i = step.instruction();
        sb.append(String.format("  %4d  %-11s %s%n", i.line(), i.keyword(), oneLine(i.node())));
      }
      sb.append("  WORKDIR ").append(s.end().workdir()).append("  USER ")
          .append(s.end().user().isEmpty() ? "(image default)" : s.end().user()).append('\n');
      s.end().env().forEach((k, v) -> sb.append("  ENV ").append(k).append('=').append(v).append('\n'));
    }
    return sb.toString();
  }

  private static String oneLine(AstNode n) {
    String s = n.original().trim();
    int sp = s.indexOf(' ');
    s = sp < 0 ? "" : s.substring(sp + 1).trim();
    return s.length() > 100 ? s.substring(0, 97) + "..." : s;
  }
}
