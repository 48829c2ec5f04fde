package org.resolint.parse;

import java.util.regex.Pattern;
import org.resolint.model.FootnoteMarker;
import org.resolint.model.OpenerForm;

/**
 * The Council's grammar of where a paragraph starts, for texts without blank lines: a preambular
 * or operative opener from the lexicon, an operative number, a sub-paragraph marker in any form,
 * a dash or bullet, "Annex", a voting note, a footnote, or a heading (a short line without end
 * punctuation followed by one of those).
 */
final class ParagraphStarts {
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[;:.][’'”\"]?\\)?$");
    private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[;:.,][’'”\"]?\\)?$");
    private static final Pattern FOOTNOTE = Pattern.compile("^(\\d{1,3}|\\*{1,3})[\\s\\u00A0]+\\p{Lu}.*");
    private static final Pattern SECTION_NUMERAL = Pattern.compile("^(?:[IVXL]+|[A-Z])\\.?$");

    private final OpenerAnalyzer openers;
    private final OpenerLexicon lexicon;

    ParagraphStarts(OpenerAnalyzer openers, OpenerLexicon lexicon) {
        this.openers = openers;
        this.lexicon = lexicon;
    }

    /** Whether {@code next} (the line after {@code previous}, {@code after} the one after it) opens a new paragraph. */
    boolean startsParagraph(String previous, String next, String after) {
        if (SECTION_NUMERAL.matcher(previous).matches()) {
            return true;
        }
        boolean clauseEnd = endsClause(previous);
        boolean previousIsHeading = !clauseEnd && looksLikeHeading(previous);
        if (!clauseEnd && !previousIsHeading) {
            return false;
        }
        if (opens(next)) {
            return true;
        }
        if (FOOTNOTE.matcher(next).matches() || ResolutionParser.NOTE.matcher(next).matches()) {
            return endsSentence(previous);
        }
        // A heading: a short line without end punctuation, followed by a paragraph opener.
        return after != null && looksLikeHeading(next) && (opens(after) || ResolutionParser.ANNEX.matcher(after).matches());
    }

    /** An opener, a number, a marker or an annex title at the start of a line. */
    boolean opens(String line) {
        Marker m = Marker.parse(line);
        if (m != null) {
            return m.type() != Marker.Type.PAREN_NUMBER;
        }
        if (ResolutionParser.ANNEX.matcher(line).matches() && Text.wordCount(line) <= 8) {
            return true;
        }
        Opener o = openers.analyze(line);
        return (o.form() == OpenerForm.PREAMBULAR || o.form() == OpenerForm.OPERATIVE)
                && (lexicon.preambular().contains(o.verb()) || lexicon.operative().contains(o.verb()))
                && !o.phrase().isEmpty();
    }

    /** Whether the line could be a paragraph's end: it closes a clause. */
    static boolean endsClause(String line) {
        return ENDS_CLAUSE.matcher(FootnoteMarker.strip(line)).matches();
    }

    /** A footnote call after the mark ("(2015),1") does not hide the end of a clause or sentence. */
    static boolean endsSentence(String line) {
        return ENDS_SENTENCE.matcher(FootnoteMarker.strip(line)).matches();
    }

    /** Short, capitalised, no end punctuation: a heading, or the title of a part. */
    static boolean looksLikeHeading(String line) {
        if (line.isEmpty() || line.length() > 60 || Text.wordCount(line) > 10) {
            return false;
        }
        return !endsClause(line) && !Character.isLowerCase(line.codePointAt(0));
    }
}
