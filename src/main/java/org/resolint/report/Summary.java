package org.resolint.report;

import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
import org.resolint.model.Severity;

/** The one-line summary of a run that the text and GitHub formats end with. */
public final class Summary {
    private Summary() {
    }

    public static String line(CheckRun run) {
        int files = run.files().size();
        long failed = run.files().stream().filter(FileResult::failed).count();
        long clean = run.files().stream().filter(f -> !f.failed() && f.findings().isEmpty()).count();
        StringBuilder b = new StringBuilder();
        b.append(files).append(files == 1 ? " file" : " files").append(" checked: ")
                .append(count(run.count(Severity.ERROR), "error")).append(", ")
                .append(count(run.count(Severity.WARNING), "warning")).append(", ")
                .append(count(run.count(Severity.INFO), "info")).append("; ")
                .append(clean).append(" clean");
        if (failed > 0) {
            b.append("; ").append(failed).append(" could not be read");
        }
        if (run.baselined() != null) {
            b.append("; ").append(run.baselined()).append(run.baselined() == 1 ? " finding" : " findings")
                    .append(" matched the baseline");
        }
        return b.toString();
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 || "info".equals(word) ? "" : "s");
    }
}
