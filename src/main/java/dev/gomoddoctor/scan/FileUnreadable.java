package dev.gomoddoctor.scan;

import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.rules.RuleInfo;

@RuleInfo(
    code = "GMD900",
    name = "file-unreadable",
    severity = Severity.ERROR,
    summary = "a file the scan needed could not be read",
    tags = {"doctor"},
    help = """
        The doctor needed this file (a go.mod, go.sum, Dockerfile, a directory of the tree, ...)
        but could not read it: permission denied, an I/O error, or bytes that are not text where
        text is required. Nothing is silently skipped: the scan reports the file and ends with
        exit code 3 (scan incomplete), after writing every finding it could make.

        **Fix:** make the file readable by the user running `gomod-doctor` (`ls -l <file>`), or
        exclude it with `exclude:` in `.gomod-doctor.yaml` if it is not part of the build.
        """)
public final class FileUnreadable implements Rule {}
