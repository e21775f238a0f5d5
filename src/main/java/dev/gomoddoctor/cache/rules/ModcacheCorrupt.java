package dev.gomoddoctor.cache.rules;

import dev.gomoddoctor.cache.verify.CacheVerifier;
import dev.gomoddoctor.cache.verify.Mismatch;
import dev.gomoddoctor.cache.verify.ModuleResult;
import dev.gomoddoctor.cache.verify.VerifyPlan;
import dev.gomoddoctor.cache.verify.SourceLine;
import dev.gomoddoctor.cache.verify.Unreadable;
import dev.gomoddoctor.cache.verify.VerifyResult;
import dev.gomoddoctor.report.Location;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import dev.gomoddoctor.scan.ScanContext;
import java.io.IOException;
import java.util.Optional;

@RuleInfo(
    code = "GMD307",
    name = "modcache-corrupt",
    severity = Severity.ERROR,
    summary = "cached module content that does not match its hash or go.sum",
    tags = {"cache", "security"},
    securitySeverity = "7.0",
    help = """
        A module in the module cache (GOMODCACHE) no longer has the content Go downloaded and
        checked: its zip or its extracted tree does not hash (`h1:`) to the `.ziphash` Go wrote
        next to it, the zip is damaged or breaks Go's module zip rules, or the module's hash (or
        its cached `.mod` file) differs from the scanned project's go.sum. Builds then use files
        nobody verified, or fail with a checksum error. Only runs with `scan --verify-cache`
        (hashing a cache takes time); `gomod-doctor verify` runs the same check on its own.

        `go mod verify` reports the first two cases:

            example.com/a v1.0.0: dir has been modified (/root/go/pkg/mod/example.com/a@v1.0.0)
            example.com/a v1.0.0: zip has been modified (/root/go/pkg/mod/cache/download/example.com/a/@v/v1.0.0.zip)

        It does not compare with go.sum; a build does, and fails with

            verifying example.com/a@v1.0.0: checksum mismatch
            	downloaded: h1:…
            	go.sum:     h1:…

            SECURITY ERROR
            This download does NOT match an earlier download recorded in go.sum.

        The finding names the module, the version and, when the zip and the extracted tree can be
        compared entry by entry, the files that differ. A mismatch with go.sum points at the go.sum
        line; the others at the line of go.sum (or go.mod) that brings the module in.

        **Fix:** remove the damaged copy and download it again:
        `go clean -modcache && go mod download` (or, for one module, `chmod -R u+w` and remove its
        extracted directory and its `.zip`/`.ziphash`, then `go mod download <module>@<version>`).
        If the fresh download still differs from go.sum, do not overwrite go.sum: the origin's
        content changed since go.sum was written, which is what the checksum protects against.

        **Quiet:** an unmodified cache; modules not downloaded; an extracted directory whose zip was
        deleted (image-slimming scripts do that; the tree is still checked against `.ziphash`); Go's
        read-only (0444/0555) modes. A missing or malformed `.ziphash` is GMD306's.
        """)
public final class ModcacheCorrupt implements Rule {

  /** Hashes the build list's modules when {@code scan --verify-cache} asked for it. */
  public void check(ScanContext ctx, FindingSink sink) throws IOException, InterruptedException {
    if (!ctx.options().verifyCache() || !sink.isEnabled(this)) {
      return;
    }
    VerifyPlan plan = VerifyPlan.of(ctx, false, Optional.empty());
    if (plan.modcache().isEmpty() || plan.modules().isEmpty()) {
      return; // no cache is the path rules' finding; unreadable project files are the module checker's
    }
    VerifyResult result = new CacheVerifier(plan.modcache().get(), CacheVerifier.defaultThreads())
        .verify(plan.modules(), plan.sums(), CacheVerifier.Progress.NONE);
    for (ModuleResult m : result.modules()) {
      for (Mismatch mm : m.mismatches()) {
        if (mm.kind() == Mismatch.Kind.ZIPHASH_MISSING || mm.kind() == Mismatch.Kind.ZIPHASH_INVALID) {
          continue; // GMD306 modcache-incomplete
        }
        sink.report(this, location(plan, mm), mm.message(), hint(mm));
      }
      for (Unreadable u : m.unreadable()) {
        sink.unreadable(u.path(), 0, u.why());
      }
    }
  }

  private static Location location(VerifyPlan plan, Mismatch mm) {
    Optional<SourceLine> at = mm.sum().map(s -> new SourceLine(s.file(), s.line())).or(() -> plan.anchor(mm.module()));
    return at.map(s -> Location.line(s.file(), s.line())).orElse(Location.line("go.mod", 1));
  }

  private static String hint(Mismatch mm) {
    String mv = mm.module().path() + "@" + mm.module().version();
    return switch (mm.kind()) {
      case GO_SUM_MISMATCH, GO_MOD_SUM_MISMATCH ->
          "run `gomod-doctor verify` to see whether the cache itself is intact; then `go clean -modcache && "
              + "go mod download " + mv + "`; if the fresh download still differs from go.sum, the origin changed: "
              + "find out why before you touch go.sum";
      default -> "download it again: `go clean -modcache && go mod download` (or remove just " + mv
          + ": `chmod -R u+w` its directory, delete it and its .zip/.ziphash, then `go mod download " + mv + "`)";
    };
  }
}
