package dev.gomoddoctor.scan;

import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.rules.RuleInfo;

@RuleInfo(
    code = "GMD901",
    name = "internal-error",
    severity = Severity.ERROR,
    summary = "a checker failed unexpectedly",
    tags = {"doctor"},
    help = """
        A checker threw an unexpected exception. The other checkers still ran and their findings
        are reported, but this part of the scan is missing, so the exit code is 3 (scan
        incomplete). The message names the checker and the exception.

        **Fix:** this is a bug in gomod-doctor. Run again with `--verbose` to get the stack trace
        and report it together with the file that triggered it. Meanwhile `--disable <checker>`
        skips the failing checker.
        """)
public final class InternalError implements Rule {}
