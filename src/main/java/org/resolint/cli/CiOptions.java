package org.resolint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.resolint.baseline.Baseline;
import org.resolint.baseline.BaselineException;
import org.resolint.check.ChangedFiles;
import org.resolint.check.GitException;

/** The CI options of {@code check}, turned into one-line user errors when they cannot hold. */
final class CiOptions {
    private CiOptions() {
    }

    static List<Path> changedOnly(List<Path> files, String revision, PrintWriter err) {
        try {
            List<Path> changed = new ChangedFiles(Path.of("")).filter(files, revision);
            if (changed.isEmpty()) {
                err.println("resolint: no drafts changed since " + revision);
            }
            return changed;
        } catch (GitException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    static Baseline loadBaseline(Path file) {
        try {
            return Baseline.load(file);
        } catch (BaselineException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
