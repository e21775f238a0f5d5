package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.Mount;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.image.OfficialImages;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.List;
import java.util.Locale;
import dev.gomoddoctor.docker.parser.EditDistance;
import java.util.Optional;

@RuleInfo(
    code = "GMD413",
    name = "copy-from-unknown-stage",
    severity = Severity.ERROR,
    summary = "COPY --from, a mount's from= or FROM names a stage that does not exist (likely a typo)",
    tags = {"docker"},
    help = """
        `COPY --from=biuld /out/app /app` names no stage, so BuildKit treats `biuld` as an image
        on Docker Hub and tries to pull it; a numeric `--from` can only name an earlier stage.

        **Go/Docker says:** `pull access denied, repository does not exist or may require
        authorization`.

        **Fires:** `COPY --from=X`, `RUN --mount=…,from=X` or `FROM X` where X is a stage index
        ≥ the current stage's, or a bare word (no `/`, `:`, `@`, `.`) that is not a stage, not a
        declared named context, not a Docker Official Image, and within edit distance 2 of a
        stage name.

        **Fix:** use the stage's name as declared with `AS` (`COPY --from=build …`).

        **Quiet:** references with a registry, namespace, tag or digest; official image names
        (`alpine`, `busybox`, …); declared named contexts; earlier stage names and indexes.
        """)
public final class CopyFromUnknownStage implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    for (StageFacts s : facts.stages()) {
      if (s.parent().isEmpty() && s.fromResolved()) {
        check(facts, s, s.fromText(), s.line(), "FROM", sink);
      }
      for (Step st : s.steps()) {
        st.copy().flatMap(c -> c.from()).ifPresent(f -> {
          if (st.copy().get().fromStage().isEmpty()) {
            check(facts, s, f, st.line(), "COPY --from", sink);
          }
        });
        for (Mount m : st.mounts()) {
          m.get("from").ifPresent(f -> {
            if (!isStage(facts, s, f)) {
              check(facts, s, f, st.line(), "RUN --mount from", sink);
            }
          });
        }
      }
    }
  }

  private static boolean isStage(DockerfileFacts facts, StageFacts current, String ref) {
    String r = ref.toLowerCase(Locale.ROOT);
    for (StageFacts s : facts.stages()) {
      if (s.index() < current.index() && s.name().map(n -> n.equals(r)).orElse(false)) {
        return true;
      }
    }
    return r.matches("\\d+") && r.length() < 6 && Integer.parseInt(r) < current.index();
  }

  private void check(DockerfileFacts facts, StageFacts current, String ref, int line, String what, FindingSink sink) {
    if (ref.isEmpty()) {
      return;
    }
    if (ref.matches("\\d+")) {
      if (ref.length() < 6 && Integer.parseInt(ref) >= current.index() && !what.equals("FROM")) {
        sink.report(this, facts.at(line), what + "=" + ref + " in " + current.label() + " names stage " + ref
            + ", which is not an earlier stage (stages are numbered from 0; this is stage " + current.index() + ")",
            "refer to an earlier stage by its AS name, e.g. " + what + "=" + nearest(facts, current, ref).orElse("build"));
      }
      return;
    }
    if (ref.contains("/") || ref.contains(":") || ref.contains("@") || ref.contains(".") || ref.contains("$")
        || !ref.equals(ref.toLowerCase(Locale.ROOT))) {
      return;
    }
    if (OfficialImages.contains(ref) || facts.namedContexts().contains(ref)) {
      return;
    }
    Optional<String> near = nearest(facts, current, ref);
    if (near.isPresent()) {
      String later = facts.stages().stream().filter(s -> s.name().map(n -> n.equals(ref)).orElse(false))
          .findFirst().map(s -> " (a stage of that name comes later, and only earlier stages can be used)").orElse("");
      sink.report(this, facts.at(line), what + " " + ref + " in " + current.label() + " is not a stage name"
          + later + ": BuildKit will try to pull the image docker.io/library/" + ref,
          "did you mean '" + near.get() + "'? use " + (what.equals("FROM") ? "FROM " : what + "=") + near.get());
    }
  }

  /** An earlier stage name within edit distance 2 (or the stage itself when declared later). */
  private static Optional<String> nearest(DockerfileFacts facts, StageFacts current, String ref) {
    String best = null;
    int bestD = 3;
    List<StageFacts> stages = facts.stages();
    for (StageFacts s : stages) {
      if (s.name().isEmpty() || s.index() == current.index()) {
        continue;
      }
      int d = EditDistance.of(ref, s.name().get());
      if (d < bestD && (s.index() < current.index() || d == 0)) {
        best = s.name().get();
        bestD = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
