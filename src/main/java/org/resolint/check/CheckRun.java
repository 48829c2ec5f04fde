package org.resolint.check;

import java.util.List;
import org.resolint.model.Severity;

/**
 * Everything one {@code resolint check} produced, in input order. {@code baselined} is how many
 * findings a baseline accepted and removed, or null when the run used no baseline.
 */
public record CheckRun(List<FileResult> files, Integer baselined) {
    public CheckRun(List<FileResult> files) {
        this(files, null);
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
