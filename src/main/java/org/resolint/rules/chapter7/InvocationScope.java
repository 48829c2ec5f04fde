package org.resolint.rules.chapter7;

import org.resolint.model.Paragraph;

/**
 * The operative paragraphs a scoped invocation names inside this text ("Acting under Chapter VII
 * ..., with respect to paragraphs 5 to 9"): one fact per range, {@code from} to {@code to}.
 */
public final class InvocationScope {
    private final Paragraph paragraph;
    private final int offset;
    private final String wording;
    private final int from;
    private final int to;

    public InvocationScope(Paragraph paragraph, int offset, String wording, int from, int to) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.wording = wording;
        this.from = from;
        this.to = to;
    }

    public Paragraph getParagraph() { return paragraph; }
    public int getOffset() { return offset; }
    /** The scope as written: {@code paragraphs 5 to 9}. */
    public String getWording() { return wording; }
    public int getFrom() { return from; }
    public int getTo() { return to; }
}
