package org.resolint.rules.style;

import org.resolint.model.Paragraph;

/** A trace of negotiation in a paragraph: square brackets, a placeholder, a bis/ter label. A fact for the rules; built once, read-only. */
public final class Leftover {
    private final Paragraph paragraph;
    private final int offset;
    private final String kind;
    private final String text;

    public Leftover(Paragraph paragraph, int offset, String kind, String text) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.kind = kind;
        this.text = text;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    public int getOffset() {
        return offset;
    }

    /** "bracket", "placeholder" or "label". */
    public String getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    @Override
    public String toString() {
        return "Leftover " + paragraph.getLabel() + " " + offset + " " + kind + " " + text;
    }
}
