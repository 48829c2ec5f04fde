package org.resolint.model;

import java.util.List;

/**
 * A reference of the draft that still writes the labels it had in the previous text, some of
 * which now name another paragraph ({@code movedItems}) or a paragraph the draft deleted
 * ({@code deletedItems}). Built only when a check is given the previous text; rules.references.StaleReferenceRule
 * reports it.
 *
 * @param suggestion the reference rewritten to point where it pointed before, or null
 */
public record StaleReference(Reference reference, List<Item> movedItems, List<Item> deletedItems, String suggestion) {

    /**
     * One label: {@code written} as in the draft, {@code before} the paragraph it named in the
     * previous text, {@code intended} that paragraph's place in the draft (null when deleted),
     * {@code now} the paragraph the label names in the draft (null when none).
     */
    public record Item(String written, Paragraph before, Paragraph intended, Paragraph now, String intendedLabel) {
        /** Without renumbering: the intended paragraph's label as it stands. */
        public Item(String written, Paragraph before, Paragraph intended, Paragraph now) {
            this(written, before, intended, now, intended == null ? null : intended.getLabel());
        }

        /**
         * "5" or, when a duplicate number is to be renumbered (issue #17 item 6), "4 (5 once
         * renumbered)": the numbers numbering.duplicate's suggestion gives.
         */
        public String shownIntended() {
            return intendedLabel == null || intendedLabel.equals(intended.getLabel()) ? intended.getLabel()
                    : intended.getLabel() + " (" + intendedLabel + " once renumbered)";
        }
    }

    public StaleReference {
        movedItems = List.copyOf(movedItems);
        deletedItems = List.copyOf(deletedItems);
    }

    public Reference getReference() { return reference; }
    public Paragraph getParagraph() { return reference.paragraph(); }
    public int getStart() { return reference.start(); }
    public String getRaw() { return reference.raw(); }
    public String getSuggestion() { return suggestion; }
    /** Some label now names another paragraph than the one it named before. */
    public boolean isMoved() { return !movedItems.isEmpty(); }
    /** Some label named a paragraph this draft deleted. */
    public boolean isDeleted() { return !deletedItems.isEmpty(); }
}
