package org.resolint.model;

import java.util.List;

/**
 * The references from paragraph {@code from} on fit, as a whole, the paragraph {@code offset}
 * after the one they name (+1: the next one) better than the one named, while those before it
 * fit what they name: the sign of a paragraph inserted (+1) or deleted (-1) without the
 * references being renumbered. One fact per text at most; rules.references.DriftRule reports it.
 *
 * @param from     the lowest paragraph number whose references shift
 * @param after    the highest number below {@code from} that references still name correctly, or 0
 * @param evidence one line per reference whose words favour the shift, strongest first
 * @param updates  every internal reference naming {@code from} or later, with the numbers shifted
 * @param score    the summed weight of the evidence, for ordering and tests
 * @param support  how many of the references' cues favour the shift (the evidence shows the strongest three)
 */
public record ReferenceDrift(int offset, int from, int after, List<String> evidence, List<Update> updates,
                             double score, int support) {

    /** One reference to renumber: "paragraph 10 above" in 18 → "paragraph 11 above". */
    public record Update(Reference reference, String replacement) {
        @Override
        public String toString() {
            return "\"" + reference.raw() + "\" in " + reference.paragraph().getLabel() + " → \"" + replacement + "\"";
        }
    }

    public ReferenceDrift {
        evidence = List.copyOf(evidence);
        updates = List.copyOf(updates);
    }

    public int getOffset() { return offset; }
    public List<Update> getUpdates() { return updates; }

    /** Whether this drift already lists {@code reference} (so it needs no finding of its own). */
    public boolean covers(Reference reference) {
        return updates.stream().anyMatch(u -> u.reference() == reference);
    }
}
