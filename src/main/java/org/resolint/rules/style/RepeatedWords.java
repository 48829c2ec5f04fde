package org.resolint.rules.style;

import org.resolint.model.Paragraph;

/** The same word, or the same two words, written twice in a row ("the the"). A fact for the rules; built once, read-only. */
public final class RepeatedWords {
    private final Paragraph paragraph;
    private final int offset;
    private final String words;
    private final boolean allowed;
    private final boolean properName;

    public RepeatedWords(Paragraph paragraph, int offset, String words, boolean allowed, boolean properName) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.words = words;
        this.allowed = allowed;
        this.properName = properName;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    public int getOffset() {
        return offset;
    }

    public String getWords() {
        return words;
    }

    /** A doubling that can be grammatical ("that that"). */
    /** The words and their repeat as written ("of the of the"), what a finding spans; the words alone if not found so. */
    public String getWritten() {
        String one = java.util.regex.Pattern.quote(words).replace(" ", "\\E[\\s\u00A0]+\\Q");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(one + "[\\s\u00A0]+" + one,
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(paragraph.getText());
        return m.find(offset) && m.start() == offset ? m.group() : words;
    }

    public boolean isAllowed() {
        return allowed;
    }

    /** Capitalized and repeated as written: a name such as "Mai Mai" or "Abdullah Abdullah". */
    public boolean isProperName() {
        return properName;
    }

    @Override
    public String toString() {
        return "RepeatedWords " + paragraph.getLabel() + " " + offset + " " + words + " " + allowed;
    }
}
