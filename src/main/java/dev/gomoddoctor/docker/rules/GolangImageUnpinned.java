package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.image.GolangTag;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;

@RuleInfo(
    code = "GMD406",
    name = "golang-image-unpinned",
    severity = Severity.WARNING,
    summary = "FROM golang with no Go minor version in the tag: the toolchain changes under the build",
    tags = {"docker", "reproducibility"},
    help = """
        `FROM golang`, `golang:latest`, `golang:alpine`, `golang:bookworm`, `golang:1` or
        `golang:tip-…` name no Go minor version. Each new Go release silently changes the
        compiler, the standard library and the defaults the build gets, and a `go` line newer than
        the image suddenly works or stops working depending on when the image was pulled.

        **Go/Docker says:** nothing; the toolchain changes under the build.

        **Fires:** `FROM golang`, `golang:latest`, tags without a Go minor version (`alpine`,
        `alpine3.20`, `bookworm`, `1`, `1-alpine`, `tip-*`, `rc`), also when an ARG default
        resolves to one of them.

        **Fix:** pin at least the minor version, matching the `go` line of go.mod:

        ```dockerfile
        FROM golang:1.22-alpine3.20
        ```

        or pin a digest (`golang:1.22@sha256:…`) and let a bot update it.

        **Quiet:** `golang:1.22`, `golang:1.22-alpine3.20`, `golang:1.22.5`, any `@sha256:`
        digest; an ARG without a default (the version is chosen by the build command).
        """)
public final class GolangImageUnpinned implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    for (StageFacts s : facts.stages()) {
      if (s.parent().isPresent() || !s.fromResolved() || !s.image().isGolang()) {
        continue;
      }
      if (s.image().ref().map(r -> r.hasDigest()).orElse(true)) {
        continue;
      }
      GolangTag tag = s.image().golang().orElse(null);
      if (tag == null || !tag.isUnpinned()) {
        continue;
      }
      String via = s.fromRaw().equals(s.fromText()) ? "" : " (from " + s.fromRaw() + ")";
      String variant = tag.isAlpine() ? "-alpine" : tag.variantVersion().map(v -> "-" + v).orElse("");
      sink.report(this, facts.at(s.line(), s.column()),
          "FROM " + s.fromText() + via + " names no Go minor version: " + s.label()
              + " gets whatever Go release the tag points to when it is pulled",
          "pin the Go version of go.mod's go line, e.g. FROM golang:1.<minor>" + variant
              + (s.name().map(n -> " AS " + n).orElse("")));
    }
  }
}
