package org.resolint.rules.terms;

import org.resolint.model.Paragraph;

/** An abbreviation of the Council's own vocabulary in the text (UN, SC, SG, UNSC). A fact for the rules; built once, read-only. */
public final class Abbreviation {
    private final Paragraph paragraph;
    private final int offset;
    private final String word;
    private final String meaning;
    private final boolean quoted;

    public Abbreviation(Paragraph paragraph, int offset, String word, String meaning, boolean quoted) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.word = word;
        this.meaning = meaning;
        this.quoted = quoted;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    public int getOffset() {
        return offset;
    }

    public String getWord() {
        return word;
    }

    /** What to write instead. */
    public String getMeaning() {
        return meaning;
    }

    /** Inside quotation marks. */
    public boolean isQuoted() {
        return quoted;
    }

    @Override
    public String toString() {
        return "Abbreviation " + paragraph.getLabel() + " " + offset + " " + word + " " + meaning + " " + quoted;
    }
}
