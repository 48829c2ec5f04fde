package org.resolint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
import org.resolint.check.GitException;
import org.resolint.check.PreviousRevision;
import org.resolint.compare.ChangeSummary;
import org.resolint.model.Resolution;
import org.resolint.parse.ResolutionParser;
import org.resolint.reader.InputException;
import org.resolint.reader.Readers;

/**
 * {@code --previous OLD}: reads the previous text and compares the one draft with it.
 * {@code --previous-rev REV}: the same for every draft, each against its own text at REV.
 */
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

    /**
     * Each draft's text at {@code revision}, by draft. A draft new since then is left out and
     * noted on {@code err}: a pull request that adds a draft is still checked, alone.
     */
    static Map<Path, Resolution> atRevision(String revision, List<Path> drafts, PrintWriter err) {
        PreviousRevision git = new PreviousRevision(revision);
        Map<Path, Resolution> out = new LinkedHashMap<>();
        try {
            for (PreviousRevision.Located found : git.locate(drafts)) {
                if (found.isNew()) {
                    if (Files.isRegularFile(found.draft())) {
                        err.println("resolint: note: " + found.draft() + " is new since " + revision
                                + "; checked without a previous text");
                    }
                    continue;
                }
                out.put(found.draft(), git.read(found));
            }
        } catch (GitException e) {
            throw new UserError(e.getMessage(), e);
        } catch (InputException e) {
            throw new UserError(e.getMessage() + " (the --previous-rev text)", e);
        }
        return out;
    }

    /**
     * {@code fix --previous-rev}: the draft's text at {@code revision}. Unlike check, a draft new
     * since then stops the run: the user asked for references to follow a text that is not there.
     */
    static Resolution ofFix(String revision, Path draft) {
        if (!Files.isRegularFile(draft)) {
            return null; // the fixer reports the missing draft itself
        }
        PreviousRevision git = new PreviousRevision(revision);
        try {
            PreviousRevision.Located found = git.locate(List.of(draft)).get(0);
            if (found.isNew()) {
                throw new UserError(draft + ": not in " + revision + " (new since then), so there is no previous text"
                        + " to follow; fix it without --previous-rev");
            }
            return git.read(found);
        } catch (GitException e) {
            throw new UserError(e.getMessage(), e);
        } catch (InputException e) {
            throw new UserError(e.getMessage() + " (the --previous-rev text)", e);
        }
    }

    /** The run with the draft's change summary against the previous text. */
    static CheckRun compare(CheckRun run, Resolution before) {
        return compare(run, Map.of(run.files().get(0).path(), before));
    }

    /** The run with each draft's change summary against its previous text ({@code before} by shown path). */
    static CheckRun compare(CheckRun run, Map<String, Resolution> before) {
        Map<String, ChangeSummary> changes = new HashMap<>();
        for (FileResult draft : run.files()) {
            Resolution old = before.get(draft.path());
            if (old != null && !draft.failed()) {
                changes.put(draft.path(), ChangeSummary.compare(old, draft.model()));
            }
        }
        return run.withChanges(Map.copyOf(changes));
    }
}
