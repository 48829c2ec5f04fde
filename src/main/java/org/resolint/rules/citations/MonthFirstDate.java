package org.resolint.rules.citations;

import org.resolint.model.Paragraph;

/**
 * A date written month first, the US way ({@code May 3, 2025}, {@code June 30th 2024}), with the
 * same date as UN texts write it ({@code 3 May 2025}), for {@code citation.date-format}.
 */
public final class MonthFirstDate {
    private final Paragraph paragraph;
    private final int offset;
    private final String text;
    private final String dayFirst;

    public MonthFirstDate(Paragraph paragraph, int offset, String text, String dayFirst) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.text = text;
        this.dayFirst = dayFirst;
    }

    public Paragraph getParagraph() { return paragraph; }
    public int getOffset() { return offset; }
    /** As written: {@code May 3, 2025}. */
    public String getText() { return text; }
    /** Day, month, year: {@code 3 May 2025}. */
    public String getDayFirst() { return dayFirst; }
}
