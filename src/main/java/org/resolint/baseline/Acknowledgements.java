package org.resolint.baseline;

import java.util.ArrayList;
import java.util.List;
import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
import org.resolint.model.Finding;
import org.resolint.report.ReportPaths;

/** Leaves out the findings that {@link Acknowledgement}s accept; they count as baselined. */
public final class Acknowledgements {
    private final List<Acknowledgement> list;

    public Acknowledgements(List<Acknowledgement> list) {
        this.list = List.copyOf(list);
    }

    public CheckRun apply(CheckRun run) {
        if (list.isEmpty()) {
            return run;
        }
        int matched = 0;
        List<FileResult> files = new ArrayList<>(run.files().size());
        for (FileResult file : run.files()) {
            if (file.failed()) {
                files.add(file);
                continue;
            }
            String path = ReportPaths.relative(file.path());
            List<Finding> kept = new ArrayList<>();
            for (Finding f : file.findings()) {
                if (list.stream().anyMatch(a -> a.accepts(path, f))) {
                    matched++;
                } else {
                    kept.add(f);
                }
            }
            files.add(FileResult.checked(file.path(), file.model(), kept));
        }
        int before = run.baselined() == null ? 0 : run.baselined();
        return new CheckRun(files, before + matched);
    }
}
