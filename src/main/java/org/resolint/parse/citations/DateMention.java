package org.resolint.parse.citations;

import org.resolint.model.Paragraph;

/** A calendar date written in the text ({@code 30 June 2018}), and whether the calendar has it. */
public final class DateMention {
    private final Paragraph paragraph;
    private final int offset;
    private final String text;
    private final boolean valid;

    public DateMention(Paragraph paragraph, int offset, String text, boolean valid) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.text = text;
        this.valid = valid;
    }

    public Paragraph getParagraph() { return paragraph; }
    public int getOffset() { return offset; }
    public String getText() { return text; }
    /** False for {@code 30 February 2018} or {@code 31 April 2019}. */
    public boolean isValid() { return valid; }
}
