package org.resolint.rules.terms;

import org.resolint.model.Paragraph;

/** A long name written elsewhere in the text with a different last word ("Independent National Electoral Commission" / "... Council"). A fact for the rules; built once, read-only. */
public final class NameVariant {
    private final Paragraph paragraph;
    private final int offset;
    private final String name;
    private final String other;
    private final Paragraph otherParagraph;

    public NameVariant(Paragraph paragraph, int offset, String name, String other, Paragraph otherParagraph) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.name = name;
        this.other = other;
        this.otherParagraph = otherParagraph;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    public int getOffset() {
        return offset;
    }

    public String getName() {
        return name;
    }

    /** The form used first. */
    public String getOther() {
        return other;
    }

    public Paragraph getOtherParagraph() {
        return otherParagraph;
    }

    @Override
    public String toString() {
        return "NameVariant " + paragraph.getLabel() + " " + offset + " " + name + " " + other + " " + otherParagraph.getLabel();
    }
}
