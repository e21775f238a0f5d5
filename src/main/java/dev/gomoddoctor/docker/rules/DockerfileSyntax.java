package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.DockerProject;
import dev.gomoddoctor.docker.parser.DockerfileSyntaxException;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;

/** GMD400: the Dockerfile does not parse as BuildKit parses it. */
@RuleInfo(
    code = "GMD400",
    name = "dockerfile-syntax",
    severity = Severity.ERROR,
    summary = "the Dockerfile does not parse as BuildKit parses it",
    tags = {"docker"},
    help = """
        The Dockerfile is rejected by BuildKit's parser before anything is built, so `docker build`
        stops at once. gomod-doctor parses Dockerfiles exactly as BuildKit does (parser directives
        `# syntax=`/`# escape=`/`# check=`, the escape character, line continuations with comment
        and blank lines inside, heredocs, JSON and shell forms, instruction flags, ARG/ENV
        expansion) and reports BuildKit's own message with its line.

        **Docker says:** `dockerfile parse error on line N: …`, for example
        `unknown instruction: RUNN (did you mean run?)`, `Unknown flag: form`,
        `COPY requires at least two arguments, but only one was provided. Destination could not be determined`,
        `ENV must have two arguments`, `unterminated heredoc`, `file with no instructions`,
        `no build stage in current context`, `unsupported mount type "cash"`.

        **Fix:** correct the instruction on the reported line; `gomod-doctor inspect Dockerfile`
        shows how each instruction was read (`--format ast` prints BuildKit's own parse tree).

        **Quiet:** every construct BuildKit accepts, including unknown variables (`FROM $BASE`
        without a default needs a `--build-arg` but is not a syntax error) and old `ENV key value` forms.
        """)
public final class DockerfileSyntax implements DockerProjectRule {

  @Override
  public void check(DockerProject project, FindingSink sink) {
    for (DockerProject.Entry e : project.dockerfiles()) {
      if (e.unreadable().isPresent()) {
        sink.unreadable(e.path(), 0, e.unreadable().get());
        continue;
      }
      if (e.syntaxError().isEmpty()) {
        continue;
      }
      DockerfileSyntaxException x = e.syntaxError().get();
      int line = Math.max(x.startLine(), 1);
      Location loc = x.endLine() > x.startLine()
          ? Location.span(e.path(), line, 1, x.endLine(), 1) : Location.line(e.path(), line);
      sink.report(this, loc, e.path() + " does not parse: " + x.buildkitMessage(),
          "fix line " + line + "; `gomod-doctor inspect " + e.path() + " --format ast` shows how BuildKit reads the file");
    }
  }
}
