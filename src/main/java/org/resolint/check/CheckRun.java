package org.resolint.check;

import java.util.List;
import java.util.Map;
import org.resolint.compare.ChangeSummary;
import org.resolint.model.Finding;
import org.resolint.model.Severity;

/**
 * Everything one {@code resolint check} produced, in input order. {@code changes}: with
 * {@code --previous}, each draft's change summary against its previous text (keyed by path).
 * {@code baselined}: how many findings a baseline accepted and removed, or null without one.
 */
public record CheckRun(List<FileResult> files, Map<String, ChangeSummary> changes, Integer baselined) {
    public CheckRun(List<FileResult> files) {
        this(files, Map.of(), null);
    }

    public CheckRun(List<FileResult> files, Integer baselined) {
        this(files, Map.of(), baselined);
    }

    /** Decides whether a finding of a file (path relative to the working directory) is accepted. */
    public interface Acceptance {
        boolean accepts(String relativePath, FileResult file, Finding finding);
    }

    /**
     * The run without the findings {@code acceptance} accepts, each file otherwise as it was, and
     * the number accepted added to {@code baselined}. Files are visited in order, findings too.
     */
    public CheckRun without(Acceptance acceptance) {
        int matched = 0;
        List<FileResult> kept = new java.util.ArrayList<>(files.size());
        for (FileResult file : files) {
            if (file.failed()) {
                kept.add(file);
                continue;
            }
            String path = ReportPaths.relative(file.path());
            List<Finding> left = new java.util.ArrayList<>();
            for (Finding f : file.findings()) {
                if (acceptance.accepts(path, file, f)) {
                    matched++;
                } else {
                    left.add(f);
                }
            }
            kept.add(file.withFindings(left));
        }
        return new CheckRun(kept, changes, (baselined == null ? 0 : baselined) + matched);
    }

    /** The run with only the findings at or above {@code level}, for what is printed (--min-severity). */
    public CheckRun atOrAbove(Severity level) {
        if (level == null || level == Severity.INFO) {
            return this;
        }
        List<FileResult> kept = new java.util.ArrayList<>(files.size());
        for (FileResult file : files) {
            kept.add(file.failed() ? file : file.withFindings(file.findings().stream()
                    .filter(f -> f.severity().compareTo(level) >= 0).toList()));
        }
        return new CheckRun(kept, changes, baselined);
    }

    public CheckRun withChanges(Map<String, ChangeSummary> changes) {
        return new CheckRun(files, changes, baselined);
    }

    public long count(Severity s) {
        return files.stream().mapToLong(f -> f.count(s)).sum();
    }

    public boolean anyFailed() {
        return files.stream().anyMatch(FileResult::failed);
    }

    /** True when some finding is at or above {@code level}; {@code null} level means never. */
    public boolean hasFindingsAtOrAbove(Severity level) {
        return level != null && files.stream().flatMap(f -> f.findings().stream())
                .anyMatch(f -> f.severity().compareTo(level) >= 0);
    }
}
