package org.resolint.rules.style;

import org.resolint.model.Paragraph;

/** Quotation marks or parentheses of a paragraph that do not pair up. A fact for the rules; built once, read-only. */
public final class Imbalance {
    private final Paragraph paragraph;
    private final int offset;
    private final String mark;
    private final int opened;
    private final int closed;
    private final boolean quotationContinues;

    public Imbalance(Paragraph paragraph, int offset, String mark, int opened, int closed, boolean quotationContinues) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.mark = mark;
        this.opened = opened;
        this.closed = closed;
        this.quotationContinues = quotationContinues;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    /** Where the first unpaired mark stands. */
    public int getOffset() {
        return offset;
    }

    /** "quotation marks" or "parentheses". */
    public String getMark() {
        return mark;
    }

    public int getOpened() {
        return opened;
    }

    public int getClosed() {
        return closed;
    }

    /** An opened quotation that a following paragraph closes (quoted text over several paragraphs). */
    public boolean isQuotationContinues() {
        return quotationContinues;
    }

    @Override
    public String toString() {
        return "Imbalance " + paragraph.getLabel() + " " + offset + " " + mark + " " + opened + " " + closed + " " + quotationContinues;
    }
}
