package org.resolint.rules.references;

import java.util.List;
import java.util.Map;
import org.resolint.engine.FindingSink;
import org.resolint.engine.Fixes;
import org.resolint.engine.JavaRule;
import org.resolint.model.Location;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceDrift;
import org.resolint.model.Resolution;
import org.resolint.model.Severity;

/**
 * reference.drift: the {@link ReferenceDrift} fact (at most one per text) found by weighing every
 * break point and both directions is reported once, at the first reference to update, naming the
 * others. A scoring check, not a relation between facts, hence Java; the message is built here.
 */
public final class DriftRule implements JavaRule {
    @Override
    public String id() {
        return "reference.drift";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "The references past some paragraph all fit the paragraph next to the one they name: a paragraph was inserted or deleted";
    }

    @Override
    public Map<String, Object> traits() {
        return Map.of("rationale", "After a paragraph is inserted or deleted without the references being renumbered, every reference to a later paragraph names its neighbour. One reference alone often says too little; taken together they show the shift. resolint tries every break point and both directions, sums how much better each reference fits the shifted paragraph, and reports the best when the evidence adds up and few references disagree. One finding lists every reference to update; resolint fix --unsafe-fixes --fix reference.drift applies it (read the diff), and check --previous settles it when the previous text is at hand.");
    }

    @Override
    public void check(Resolution resolution, List<?> facts, FindingSink findings) {
        for (Object fact : facts) {
            if (fact instanceof ReferenceDrift drift) {
                Reference first = drift.getUpdates().get(0).reference();
                findings.reportWordsRelated(this, first.getParagraph(), first.getStart(), first.getRaw(),
                        message(drift), suggestion(drift), related(drift), Fixes.drift(drift));
            }
        }
    }

    static String message(ReferenceDrift d) {
        List<ReferenceDrift.Update> updates = d.updates();
        String cause = d.offset() > 0
                ? "a paragraph seems to have been inserted at or before paragraph " + d.from()
                : "a paragraph seems to have been deleted before paragraph " + d.from();
        if (d.after() > 0) {
            cause += " (after paragraph " + d.after() + ", which references still name correctly)";
        }
        // Say how many references the evidence stands on: one of seven is a weaker sign than seven.
        String whose = d.support() >= updates.size() ? (updates.size() == 1 ? "its words fit" : "the words before them fit")
                : "the words before " + d.support() + " of them fit";
        return updates.size() + (updates.size() == 1 ? " reference names" : " references name") + " paragraph "
                + d.from() + " or later, but " + whose + " the paragraph " + (d.offset() > 0 ? "after" : "before")
                + " the one named: " + cause + ". Evidence: " + String.join("; ", d.evidence());
    }

    static String suggestion(ReferenceDrift d) {
        StringBuilder b = new StringBuilder("update ");
        for (int i = 0; i < d.updates().size(); i++) {
            b.append(i == 0 ? "" : "; ").append(d.updates().get(i));
        }
        return b.toString();
    }

    /** Where the other references to update stand. */
    private static List<Location> related(ReferenceDrift d) {
        return d.updates().stream().skip(1).map(u -> u.reference().getLocation()).distinct().toList();
    }
}
