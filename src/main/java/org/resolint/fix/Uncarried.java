package org.resolint.fix;

import org.resolint.model.Location;

/**
 * A reference {@code fix} could not carry through the renumbering, left as written: an error the
 * drafter must settle, since the fixed text may no longer show it ({@code paragraph 5} now exists).
 *
 * @param label     the label of the paragraph the reference stands in
 * @param reference the reference as written
 * @param why       why it could not be carried
 */
public record Uncarried(Location at, String label, String reference, String why) {

    /** {@code error: FILE:LINE:COL: LABEL: "reference": why}. */
    public String line(String file) {
        return "error: " + file + ":" + at.line() + ":" + at.column() + ": " + (label == null || label.isEmpty() ? "-" : label)
                + ": \"" + reference + "\": " + why;
    }
}
