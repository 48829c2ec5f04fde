package org.resolint.rules.chapter7;

import org.resolint.model.Paragraph;

/**
 * The Council invoking Chapter VII (or one of its articles): {@code Acting under Chapter VII of the
 * Charter of the United Nations,} as a preambular paragraph, or embedded in an operative one.
 */
public final class Invocation {
    private final Paragraph paragraph;
    private final int offset;
    private final String wording;
    private final boolean standard;

    public Invocation(Paragraph paragraph, int offset, String wording, boolean standard) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.wording = wording;
        this.standard = standard;
    }

    public Paragraph getParagraph() { return paragraph; }
    public int getOffset() { return offset; }
    /** The words from "Acting under" to the next comma, semicolon or colon. */
    public String getWording() { return wording; }
    /** One of the accepted formulas (see docs/chapter7-citations.md). */
    public boolean isStandard() { return standard; }
    /** Position in the text, to compare with a determination: paragraph ordinal, then offset. */
    public long getPosition() { return Positions.of(paragraph, offset); }
}
