package org.resolint.rules.chapter7;

import org.resolint.model.Paragraph;

/** A mixed enforcement collocation ("take all necessary means") and the settled one to use instead. */
public final class Collocation {
    private final Paragraph paragraph;
    private final int offset;
    private final String wording;
    private final String suggestion;

    public Collocation(Paragraph paragraph, int offset, String wording, String suggestion) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.wording = wording;
        this.suggestion = suggestion;
    }

    public Paragraph getParagraph() { return paragraph; }
    public int getOffset() { return offset; }
    public String getWording() { return wording; }
    public String getSuggestion() { return suggestion; }
}
