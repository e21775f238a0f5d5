package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.MainModules;
import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.gomod.model.GoSum;
import dev.gomoddoctor.gomod.version.Semver;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
    code = "GMD104",
    name = "go-sum-malformed",
    severity = Severity.ERROR,
    summary = "a go.sum line Go cannot parse",
    tags = {"gomod", "checksums"},
    help = """
        Each go.sum (and go.work.sum) line is `<module path> <version>[/go.mod] <hash>`: exactly
        three fields separated by white space. A line with another number of fields makes every
        command that reads go.sum fail:

            go: malformed go.sum:
            /src/go.sum:12: wrong number of fields 2

        (`go mod tidy` silently drops such lines instead). Also reported: an `h1:` hash that is not
        44 base64 characters (a truncated or hand-edited line; it can never match), and a version
        that is not a valid semantic version. A hash with an unknown algorithm prefix is a
        warning: Go ignores it with a "SECURITY WARNING … unknown hash algorithm".

        Usually the result of a bad merge-conflict resolution or of concatenating go.sum files.

        **Fix:** delete the broken lines and run `go mod tidy` (or `go mod download`) to write
        correct ones.

        **Stays quiet:** blank lines; CRLF line endings (Go splits on any white space); the
        empty-go.mod hash `h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=` that old Go releases
        wrote and Go itself drops.
        """)
public final class GoSumMalformed implements ModuleRule {

  @Override
  public void check(ModuleFacts facts, FindingSink sink) {
    MainModules mm = MainModules.of(facts.scan());
    Map<String, GoSum> sums = new LinkedHashMap<>();
    mm.modules().forEach(m -> m.goSum().ifPresent(s -> sums.putIfAbsent(s.path(), s)));
    mm.workspaces().forEach(w -> w.workSum().ifPresent(s -> sums.putIfAbsent(s.path(), s)));
    for (GoSum sum : sums.values()) {
      List<GoSum.Problem> problems = new ArrayList<>(sum.problems());
      for (GoSum.Problem p : problems) {
        switch (p.kind()) {
          case WRONG_FIELD_COUNT -> sink.report(this, Location.line(sum.path(), p.line()),
              "malformed go.sum: " + p.message(),
              "delete or fix line " + p.line() + ", then run `go mod tidy` to rewrite go.sum");
          case BAD_HASH -> sink.report(this, Location.line(sum.path(), p.line()), p.message(),
              "delete line " + p.line() + " and run `go mod download` (or `go mod tidy`) to write the real hash");
          case UNKNOWN_HASH_ALGORITHM -> sink.report(this, Severity.WARNING, Location.line(sum.path(), p.line()),
              p.message() + ": Go ignores it with a SECURITY WARNING and only compares h1: hashes",
              "delete line " + p.line() + "; `go mod tidy` writes the h1: hash");
          default -> { }
        }
      }
      for (GoSum.Line l : sum.lines()) {
        if (!Semver.isValid(l.version())) {
          sink.report(this, Location.line(sum.path(), l.line()),
              sum.path() + ":" + l.line() + ": version \"" + l.version() + "\" of " + l.module()
                  + " is not a valid semantic version",
              "delete line " + l.line() + " and run `go mod tidy`");
        }
      }
    }
  }
}
