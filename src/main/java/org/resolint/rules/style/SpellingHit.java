package org.resolint.rules.style;

import org.resolint.model.Paragraph;

/** A word form that UN (Oxford) spelling writes otherwise, where it stands and what surrounds it. A fact for the rules; built once, read-only. */
public final class SpellingHit {
    private final Paragraph paragraph;
    private final int offset;
    private final String word;
    private final String suggestion;
    private final boolean properName;
    private final boolean unitedNationsName;
    private final boolean quoted;

    public SpellingHit(Paragraph paragraph, int offset, String word, String suggestion, boolean properName, boolean unitedNationsName, boolean quoted) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.word = word;
        this.suggestion = suggestion;
        this.properName = properName;
        this.unitedNationsName = unitedNationsName;
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

    public String getSuggestion() {
        return suggestion;
    }

    /** Capitalized inside a sentence: part of a name such as "Department of Defense". */
    public boolean isProperName() {
        return properName;
    }

    /** Inside a name that starts "United Nations", which follows UN spelling. */
    public boolean isUnitedNationsName() {
        return unitedNationsName;
    }

    /** Inside quotation marks (a title or quoted text). */
    public boolean isQuoted() {
        return quoted;
    }

    @Override
    public String toString() {
        return "SpellingHit " + paragraph.getLabel() + " " + offset + " " + word + " " + suggestion + " " + properName + " " + unitedNationsName + " " + quoted;
    }
}
