package org.resolint.fix;

import java.util.List;
import org.resolint.model.Paragraph;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceTarget;

/**
 * The paragraphs a reference means, one per label it names: by default those the checker
 * resolves it to; with a previous text, those it pointed at there.
 */
interface Intent {

    /** {@code resolved}: the checker's targets of {@code ref}, in the order of its labels. */
    List<Meant> meant(Reference ref, List<ReferenceTarget> resolved);

    /** The paragraph meant for one label (null: none), and why, when the checker would say otherwise. */
    record Meant(Paragraph paragraph, String why) {
    }

    /** What the checker resolves: the draft as it stands. */
    Intent AS_RESOLVED = (ref, resolved) -> resolved.stream().map(t -> new Meant(t.getTarget(), null)).toList();
}
