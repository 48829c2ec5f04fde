package org.resolint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
import org.resolint.compare.ChangeSummary;
import org.resolint.model.Resolution;
import org.resolint.parse.ResolutionParser;
import org.resolint.reader.InputException;
import org.resolint.reader.Readers;

/** {@code --previous OLD}: reads the previous text and compares the one draft with it. */
final class PreviousText {
    private PreviousText() {
    }

    /** The previous text, read before the draft is checked: {@code reference.stale} needs it. */
    static Resolution read(Path previous, List<Path> drafts) {
        if (drafts.size() != 1) {
            throw new UserError("--previous compares one draft with its previous text; " + drafts.size()
                    + " drafts were given");
        }
        try {
            return new ResolutionParser().parse(Readers.read(previous));
        } catch (InputException e) {
            throw new UserError(e.getMessage() + " (the --previous text)", e);
        }
    }

    /** The run with the draft's change summary against the previous text. */
    static CheckRun compare(CheckRun run, Resolution before) {
        FileResult draft = run.files().get(0);
        if (draft.failed()) {
            return run;
        }
        return run.withChanges(Map.of(draft.path(), ChangeSummary.compare(before, draft.model())));
    }
}
