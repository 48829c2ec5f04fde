package org.resolint.baseline;

import java.util.List;
import org.resolint.check.CheckRun;

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
        return run.without((path, file, f) -> list.stream().anyMatch(a -> a.accepts(path, f)));
    }
}
