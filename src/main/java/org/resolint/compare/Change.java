package org.resolint.compare;

import org.resolint.model.Paragraph;

/**
 * One difference between the previous text and the draft, for a reviewer. {@code before} is
 * null for an added paragraph, {@code after} null for a deleted one; {@code diff} marks changed
 * words as {@code [-old-]{+new+}} (empty when the words are the same).
 */
public record Change(Type type, Paragraph before, Paragraph after, String diff) {

    public enum Type {
        ADDED, DELETED, CHANGED, MOVED, RENUMBERED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public String describe() {
        return switch (type) {
            case ADDED -> "added " + after.getLabel();
            case DELETED -> "deleted " + before.getLabel() + " (was at line " + before.getLine() + ")";
            case CHANGED -> "changed " + label() + ": " + diff;
            case MOVED -> "moved " + before.getLabel() + " → " + after.getLabel() + (diff.isEmpty() ? "" : ", and changed: " + diff);
            case RENUMBERED -> "renumbered " + before.getLabel() + " → " + after.getLabel();
        };
    }

    private String label() {
        return before.getLabel().equals(after.getLabel()) ? after.getLabel() : before.getLabel() + " → " + after.getLabel();
    }
}
