package org.resolint.rules.style;

import org.resolint.model.Paragraph;

/** One item of a list of sub-paragraphs, with how it ends and how most items of its list end. A fact for the rules; built once, read-only. */
public final class ListItem {
    private final Paragraph paragraph;
    private final Paragraph parent;
    private final boolean last;
    private final String mark;
    private final String usual;

    public ListItem(Paragraph paragraph, Paragraph parent, boolean last, String mark, String usual) {
        this.paragraph = paragraph;
        this.parent = parent;
        this.last = last;
        this.mark = mark;
        this.usual = usual;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    public Paragraph getParent() {
        return parent;
    }

    public boolean isLast() {
        return last;
    }

    /** End punctuation before a closing "and"/"or": "," ";" "." ":" or "". */
    public String getMark() {
        return mark;
    }

    /** The mark most items of the list end with. */
    public String getUsual() {
        return usual;
    }

    @Override
    public String toString() {
        return "ListItem " + paragraph.getLabel() + " " + parent.getLabel() + " " + last + " " + mark + " " + usual;
    }
}
