package dev.gomoddoctor.docker;

import dev.gomoddoctor.docker.ignore.DockerIgnore;
import dev.gomoddoctor.docker.ignore.IgnorePattern;
import dev.gomoddoctor.inspect.Inspection;
import dev.gomoddoctor.inspect.Inspector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code inspect} for .dockerignore files: every pattern as Docker normalises and matches it. */
public final class DockerignoreInspector implements Inspector {

  @Override
  public List<String> typeNames() {
    return List.of(".dockerignore", "dockerignore");
  }

  @Override
  public boolean recognizes(String fileName) {
    return DockerfileNames.isDockerignore(fileName);
  }

  @Override
  public Inspection inspect(String displayName, String text) {
    DockerIgnore di;
    try {
      di = DockerIgnore.parse(displayName, text);
    } catch (DockerIgnore.SyntaxError e) {
      return new Inspection(null, "", List.of(displayName + ":" + e.line() + ": " + e.getMessage()),
          "errors parsing " + displayName + ":");
    }
    List<Object> patterns = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (IgnorePattern p : di.patterns()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("line", p.line());
      o.put("pattern", p.pattern());
      o.put("exception", p.exclusion());
      o.put("match", p.kind().name().toLowerCase(java.util.Locale.ROOT));
      patterns.add(o);
      sb.append(String.format("%4d  %s%s%n", p.line(), p.exclusion() ? "include " : "exclude ", p.pattern()));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("file", displayName);
    doc.put("patterns", patterns);
    return new Inspection(doc, sb.toString(), List.of(), "");
  }
}
