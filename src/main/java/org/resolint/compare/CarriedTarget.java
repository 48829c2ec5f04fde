package org.resolint.compare;

import org.resolint.model.Paragraph;
import org.resolint.model.ReferenceTarget;

/**
 * One label an internal reference of the draft names, followed back into the previous text.
 *
 * @param now      the label as the draft resolves it (its paragraph, or none)
 * @param written  the label as written in the draft ("35", "(b)", "20 (a) (ii)"; a range's
 *                 interior labels are listed too, as the parser expands them)
 * @param before   the same reference's label in the previous text, or null when there is none
 * @param intended the draft paragraph that stands where the old target stood: where the reference
 *                 should point; null when the old target was deleted or nothing is known
 */
public record CarriedTarget(ReferenceTarget now, String written, ReferenceTarget before, Paragraph intended,
                            Status status) {

    public enum Status {
        /** The reference names the paragraph it named before. */
        UNCHANGED,
        /** The label is written as before, but the paragraph it named now carries another label: stale. */
        MOVED,
        /** The label is written as before, and the paragraph it named is gone from the draft. */
        TARGET_DELETED,
        /** The drafter rewrote the label; {@code intended} still says where the old one pointed. */
        REWRITTEN,
        /** Nothing to follow: a new reference, a new or rewritten paragraph, or an old label that named nothing. */
        UNKNOWN
    }

    /** A reference left as written whose target moved or went away since the previous text. */
    public boolean stale() {
        return status == Status.MOVED || status == Status.TARGET_DELETED;
    }
}
