package org.resolint.model;

/** How a text's lines make paragraphs; decided per document (check --debug and resolint model say which). */
public enum TextLayout {
    /** Blank lines between paragraphs; a paragraph may be hard-wrapped over several lines. */
    BLANK_LINES("paragraphs separated by blank lines"),
    /** No blank lines, each line one paragraph (text copied from a web page or an e-mail). */
    ONE_PER_LINE("one paragraph per line, no blank lines"),
    /** No blank lines and lines wrapped inside paragraphs: the Council's grammar says where each starts. */
    HARD_WRAPPED("hard-wrapped lines without blank lines; paragraphs found by their openers");

    private final String description;

    TextLayout(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
