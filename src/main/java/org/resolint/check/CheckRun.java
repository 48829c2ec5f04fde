package org.resolint.check;

import java.util.List;
import java.util.Map;
import org.resolint.compare.ChangeSummary;
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
