package org.resolint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A reference of the draft that still writes the labels it had in the previous text, some of
 * which now name another paragraph ({@code movedItems}) or a paragraph the draft deleted
 * ({@code deletedItems}). Built only when a check is given the previous text.
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
        String shownIntended() {
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

    /**
     * "paragraph 33 below" pointed, in the previous text, at the paragraph now numbered 34
     * ("Requests the Secretary-General …"); paragraph 33 is now "Condemns …". Deleted targets follow.
     */
    public String getMessage() {
        List<Item> moved = movedItems;
        List<Item> deleted = deletedItems;
        List<String> parts = new ArrayList<>();
        if (moved.size() == 1) {
            Item m = moved.get(0);
            parts.add("pointed, in the previous text, at the paragraph now numbered " + m.shownIntended()
                    + " (\"" + opening(m.intended()) + "\"); " + nowSays(m));
        } else if (!moved.isEmpty()) {
            StringBuilder b = new StringBuilder("pointed, in the previous text, at paragraphs now numbered otherwise: ");
            int shown = Math.min(moved.size(), 6);
            for (int i = 0; i < shown; i++) {
                Item m = moved.get(i);
                b.append(i == 0 ? "" : ", ").append(m.written()).append(" → ").append(m.shownIntended());
            }
            if (moved.size() > shown) {
                b.append(" and ").append(moved.size() - shown).append(" more");
            }
            Item first = moved.get(0);
            b.append(" (").append(first.shownIntended()).append(": \"").append(opening(first.intended()))
                    .append("\"); ").append(nowSays(first));
            parts.add(b.toString());
        }
        for (Item d : deleted) {
            parts.add((moved.isEmpty() && parts.isEmpty() ? "pointed, in the previous text, at " : "its ")
                    + "paragraph " + d.before().getLabel() + " (\"" + opening(d.before())
                    + "\"), which this draft deletes; " + nowSays(d));
        }
        return "\"" + reference.raw() + "\" " + String.join("; ", parts);
    }

    private static String nowSays(Item m) {
        if (m.now() != null && m.now() == m.intended()) {
            // named as before, but the renumbering numbering.duplicate asks for moves it (issue #17 item 6)
            return "renumbering the duplicate number makes it " + m.intendedLabel();
        }
        return m.now() == null ? "there is no paragraph " + m.written() + " now"
                : "paragraph " + m.now().getLabel() + " is now \"" + opening(m.now()) + "\"";
    }

    private static String opening(Paragraph p) {
        String[] w = p.getText().trim().split("\\s+");
        int n = Math.min(8, w.length);
        String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, n));
        return w.length > n ? head + " …" : head;
    }
}
