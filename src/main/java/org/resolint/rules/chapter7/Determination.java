package org.resolint.rules.chapter7;

import org.resolint.model.Paragraph;

/** Words of an Article 39 determination: a threat to the peace, a breach of the peace, an act of aggression. */
public final class Determination {
    private final Paragraph paragraph;
    private final int offset;
    private final String wording;

    public Determination(Paragraph paragraph, int offset, String wording) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.wording = wording;
    }

    public Paragraph getParagraph() { return paragraph; }
    public int getOffset() { return offset; }
    public String getWording() { return wording; }
    public long getPosition() { return Positions.of(paragraph, offset); }
}
