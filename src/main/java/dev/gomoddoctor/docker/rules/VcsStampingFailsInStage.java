package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.GoCommandDir;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.image.Presence;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.goenv.GoEnv;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    code = "GMD419",
    name = "vcs-stamping-fails-in-stage",
    severity = Severity.ERROR,
    summary = "VCS stamping will fail inside the stage",
    tags = {"docker"},
    help = """
        `go build` and `go install` of a main package stamp the binary with VCS information
        (`-buildvcs=auto`) when they run inside a git checkout and git is installed. `COPY . .`
        brings `.git` into the image owned by root; a stage that then runs as another USER makes
        git refuse the repository ("dubious ownership"), and the build fails. With
        `-buildvcs=true` and no git in the image it fails too.

        **Go/Docker says:** `error obtaining VCS status: exit status 128` +
        `Use -buildvcs=false to disable VCS stamping.`

        **Fires:** a `go build`/`go install` of the module (not `pkg@version`) without
        `-buildvcs=false` (flag or GOFLAGS) runs in a directory under a `.git` that the stage
        received, and either git is in the image and the stage runs as a non-root USER with no
        `safe.directory` configured and no `--chown` to that user, or `-buildvcs=true` is asked and
        the image has no git.

        **Fix:** `RUN go build -buildvcs=false …` (or `ENV GOFLAGS=-buildvcs=false`), or keep `.git`
        out of the context (`.git` in .dockerignore), or
        `RUN git config --global --add safe.directory /src`.

        **Quiet:** `-buildvcs=false`; `.git` excluded or never copied; the build runs as root or
        as the user the files were `--chown`ed to; `safe.directory` configured in the stage; no git
        in the image with the default `-buildvcs=auto`. Which `.git` the stage has is decided by the
        build-context model; where it cannot tell, the rule stays quiet.
        """)
public final class VcsStampingFailsInStage implements DockerfileRule {

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    for (StageFacts s : facts.stages()) {
      for (Step st : s.steps()) {
        for (GoInvocation g : st.run().map(r -> r.goCommands()).orElse(List.of())) {
          if (!g.buildsBinary()) {
            continue;
          }
          GoEnv env = facts.goEnv(s, st, g);
          String buildvcs = g.flag("buildvcs").orElse(goflag(env.get("GOFLAGS")).orElse("auto"));
          if (buildvcs.equals("false")) {
            continue;
          }
          Optional<String> dir = GoCommandDir.of(st, g);
          if (dir.isEmpty() || gitDirAbove(facts, s, st, dir.get()).isEmpty()) {
            continue;
          }
          boolean git = s.image().git() == Presence.YES || st.before().gitInstalled()
              || st.run().map(r -> r.installsGit()).orElse(false);
          boolean noGit = s.image().git() == Presence.NO && !st.before().gitInstalled()
              && !st.run().map(r -> r.installsGit()).orElse(false);
          String user = st.before().userName();
          boolean root = st.before().isRoot();
          String gitDir = gitDirAbove(facts, s, st, dir.get()).get();
          boolean chowned = user.equals(st.before().ownedDirs().get(gitDir))
              || "*".equals(st.before().ownedDirs().get(gitDir));
          if (git && !root && !st.before().safeDirectory() && !chowned) {
            sink.report(this, facts.at(st, g),
                "`" + g.text() + "` in " + s.label() + " runs as USER " + user + " inside the git checkout "
                    + gitDir + ", which COPY brought in owned by root: git refuses it (dubious ownership) and Go"
                    + " fails with \"error obtaining VCS status: exit status 128\"",
                "add -buildvcs=false to the go command (or ENV GOFLAGS=-buildvcs=false), put .git in"
                    + " .dockerignore, or RUN git config --global --add safe.directory " + gitDir);
          } else if (noGit && buildvcs.equals("true")) {
            sink.report(this, facts.at(st, g),
                "`" + g.text() + "` in " + s.label() + " asks for -buildvcs=true inside the git checkout " + gitDir
                    + ", but the image has no git: Go fails with \"error obtaining VCS status\"",
                "install git in the stage, or use -buildvcs=auto/false");
          }
        }
      }
    }
  }

  /** The directory holding a {@code .git} the stage received, from {@code dir} upwards. */
  private static Optional<String> gitDirAbove(DockerfileFacts facts, StageFacts s, Step st, String dir) {
    return GoCommandDir.selfAndAncestors(dir).stream()
        .filter(d -> {
          String prefix = d.equals("/") ? "" : d;
          return facts.files().at(s.index(), st.index(), prefix + "/.git/HEAD") == Presence.YES
              || facts.files().at(s.index(), st.index(), prefix + "/.git") == Presence.YES;
        })
        .findFirst();
  }


  private static Optional<String> goflag(String goflags) {
    for (String w : goflags.split("\\s+")) {
      if (w.startsWith("-buildvcs=")) {
        return Optional.of(w.substring("-buildvcs=".length()));
      }
    }
    return Optional.empty();
  }
}
