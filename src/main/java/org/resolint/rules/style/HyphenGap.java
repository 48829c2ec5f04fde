package org.resolint.rules.style;

import org.resolint.model.Paragraph;

/** A hyphen followed by a space inside a paragraph ("decision- making"). A fact for the rules; built once, read-only. */
public final class HyphenGap {
    private final Paragraph paragraph;
    private final int offset;
    private final String before;
    private final String after;
    private final boolean suspended;

    public HyphenGap(Paragraph paragraph, int offset, String before, String after, boolean suspended) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.before = before;
        this.after = after;
        this.suspended = suspended;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    public int getOffset() {
        return offset;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    /** A suspended compound: "troop- and police-contributing". */
    public boolean isSuspended() {
        return suspended;
    }

    @Override
    public String toString() {
        return "HyphenGap " + paragraph.getLabel() + " " + offset + " " + before + " " + after + " " + suspended;
    }
}
