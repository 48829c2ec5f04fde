package org.resolint.rules.style;

import org.resolint.model.Paragraph;

/** How a preambular or operative paragraph ends, with what the punctuation depends on. A fact for the rules; built once, read-only. */
public final class ParagraphEnd {
    private final Paragraph paragraph;
    private final String terminal;
    private final boolean hasSubparagraphs;
    private final boolean last;

    public ParagraphEnd(Paragraph paragraph, String terminal, boolean hasSubparagraphs, boolean last) {
        this.paragraph = paragraph;
        this.terminal = terminal;
        this.hasSubparagraphs = hasSubparagraphs;
        this.last = last;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    /** Last punctuation mark, or "" when the text ends in a letter or digit. */
    public String getTerminal() {
        return terminal;
    }

    public boolean isHasSubparagraphs() {
        return hasSubparagraphs;
    }

    /** The last paragraph of the operative part (its last sub-paragraph if it has some). */
    public boolean isLast() {
        return last;
    }

    @Override
    public String toString() {
        return "ParagraphEnd " + paragraph.getLabel() + " " + terminal + " " + hasSubparagraphs + " " + last;
    }
}
