package org.resolint.rules.style;

import org.resolint.model.Paragraph;

/** A paragraph's opening word judged against the opener lists. A fact for the rules; built once, read-only. */
public final class OpenerCheck {
    private final Paragraph paragraph;
    private final boolean known;
    private final String presentTense;
    private final boolean modified;
    private final boolean charterFormula;

    public OpenerCheck(Paragraph paragraph, boolean known, String presentTense, boolean modified, boolean charterFormula) {
        this.paragraph = paragraph;
        this.known = known;
        this.presentTense = presentTense;
        this.modified = modified;
        this.charterFormula = charterFormula;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    /** Listed in lexicon/openers.yaml or rules/style/words.yaml. */
    public boolean isKnown() {
        return known;
    }

    /** For a bare verb ("Request"), the operative form ("Requests"); else null. */
    public String getPresentTense() {
        return presentTense;
    }

    /** A modifier such as "also", "further", "again" goes with the verb. */
    public boolean isModified() {
        return modified;
    }

    /** "Acting under Chapter ..." or "Acting under Article ...". */
    public boolean isCharterFormula() {
        return charterFormula;
    }

    @Override
    public String toString() {
        return "OpenerCheck " + paragraph.getLabel() + " " + known + " " + presentTense + " " + modified + " " + charterFormula;
    }
}
