package org.resolint.rules.citations;

import org.resolint.model.Paragraph;

/**
 * A date written in the text ({@code 30 June 2018}): its day and how many days its month has, for
 * {@code citation.date} to compare.
 */
public final class DateMention {
    private final Paragraph paragraph;
    private final int offset;
    private final String text;
    private final int day;
    private final int daysInMonth;

    public DateMention(Paragraph paragraph, int offset, String text, int day, int daysInMonth) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.text = text;
        this.day = day;
        this.daysInMonth = daysInMonth;
    }

    public Paragraph getParagraph() { return paragraph; }
    public int getOffset() { return offset; }
    public String getText() { return text; }
    /** The day as written: 30 in {@code 30 February 2018}. */
    public int getDay() { return day; }
    /** The days of the month in that year: 28 for February 2018. */
    public int getDaysInMonth() { return daysInMonth; }
}
