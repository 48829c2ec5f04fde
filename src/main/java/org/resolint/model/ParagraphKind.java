package org.resolint.model;

/** What part of a resolution a paragraph belongs to. */
public enum ParagraphKind {
    PREAMBULAR,
    OPERATIVE,
    SUBPARAGRAPH,
    HEADING,
    ANNEX,
    FOOTNOTE,
    /** Voting or adoption note printed after the text ("Adopted at the 2933rd meeting by 13 votes ..."). */
    NOTE
}
