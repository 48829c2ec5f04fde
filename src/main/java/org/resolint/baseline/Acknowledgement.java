package org.resolint.baseline;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import org.resolint.model.Finding;

/**
 * A finding accepted by rule and paragraph rather than by fingerprint, as a project config
 * ({@code .resolint.yaml}) can state it: "paragraph 4 keeps its wording: agreed language".
 * {@code paragraph} null accepts the rule everywhere in the matching drafts; {@code path}
 * (a glob relative to the working directory, forward slashes) null means every draft.
 */
public record Acknowledgement(String rule, String paragraph, String path, String reason) {

    public Acknowledgement {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("an acknowledgement needs the rule it accepts");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("acknowledgement of " + rule + " needs a reason");
        }
    }

    /** {@code relativePath} as {@link org.resolint.check.ReportPaths#relative} gives it. */
    public boolean accepts(String relativePath, Finding f) {
        return rule.equals(f.rule())
                && (paragraph == null || paragraph.equals(f.paragraph()))
                && (path == null || path.equals(relativePath) || glob().matches(Path.of(relativePath)));
    }

    private PathMatcher glob() {
        return FileSystems.getDefault().getPathMatcher("glob:" + path);
    }
}
