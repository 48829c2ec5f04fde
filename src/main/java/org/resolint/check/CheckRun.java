package org.resolint.check;

import java.util.List;
import java.util.Map;
import org.resolint.compare.ChangeSummary;
import org.resolint.model.Severity;

/**
 * Everything one {@code resolint check} produced, in input order; with {@code --previous}, the
 * change summary of each draft against its previous text (keyed by the draft's path).
 */
public record CheckRun(List<FileResult> files, Map<String, ChangeSummary> changes) {
    public CheckRun(List<FileResult> files) {
        this(files, Map.of());
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
