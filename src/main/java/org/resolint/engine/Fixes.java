package org.resolint.engine;

import java.util.ArrayList;
import java.util.List;
import org.resolint.model.Fix;
import org.resolint.model.Location;
import org.resolint.model.Paragraph;
import org.resolint.model.ReferenceDrift;
import org.resolint.model.TextEdit;

/**
 * The fixes DRL rules attach to their findings ({@code findings.reportWords(…, Fixes.safe(…))}).
 * Each helper returns null when the words are not where the fact says, or run over a line break
 * (a wrapped line, a .docx paragraph): an edit never crosses a line, so such a finding carries no fix.
 */
public final class Fixes {
    private Fixes() {
    }

    /** Replace {@code words} at {@code offset} with {@code replacement}; safe to apply unread (a spelling). */
    public static Fix safe(Paragraph p, int offset, String words, String replacement) {
        return replace(Fix.Applicability.SAFE, p, offset, words, replacement);
    }

    /** The same, for a replacement a reader must confirm (a guessed acronym or name). */
    public static Fix unsafe(Paragraph p, int offset, String words, String replacement) {
        return replace(Fix.Applicability.UNSAFE, p, offset, words, replacement);
    }

    private static Fix replace(Fix.Applicability applicability, Paragraph p, int offset, String words,
                               String replacement) {
        if (words == null || replacement == null || words.equals(replacement)
                || !p.getText().regionMatches(offset, words, 0, words.length())) {
            return null;
        }
        TextEdit e = edit(p, offset, offset + words.length(), replacement);
        return e == null ? null : new Fix("Replace \"" + words + "\" with \"" + replacement + "\"", applicability, List.of(e));
    }

    /** "the the" at {@code offset}: the blank and the second "the" go (safe). */
    public static Fix repeated(Paragraph p, int offset, String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        // matched by hand at the offset: this rule can fire 100,000 times on a long draft
        String text = p.getText();
        int first = wordsEnd(text, offset, words);
        int second = first;
        while (second >= 0 && second < text.length() && isBlank(text.charAt(second))) {
            second++;
        }
        int end = second > first ? wordsEnd(text, second, words) : -1;
        if (end < 0) {
            return null;
        }
        TextEdit e = edit(p, first, end, "");
        return e == null ? null : new Fix("Write \"" + words + "\" once", Fix.Applicability.SAFE, List.of(e));
    }

    /** Where {@code words} (any case; a space standing for any run of blanks) end when they stand at {@code at}, or -1. */
    private static int wordsEnd(String text, int at, String words) {
        int i = at;
        for (int w = 0; w < words.length(); w++) {
            char c = words.charAt(w);
            if (c == ' ') {
                if (i >= text.length() || !isBlank(text.charAt(i))) {
                    return -1;
                }
                while (i < text.length() && isBlank(text.charAt(i))) {
                    i++;
                }
            } else if (i < text.length() && Character.toLowerCase(text.charAt(i)) == Character.toLowerCase(c)) {
                i++;
            } else {
                return -1;
            }
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    /** "decision- making" at {@code offset}: the blanks after the hyphen go (safe). */
    public static Fix closeHyphen(Paragraph p, int offset, String before, String after) {
        String text = p.getText();
        int gap = offset + before.length() + 1;
        if (!text.regionMatches(offset, before + "-", 0, before.length() + 1)) {
            return null;
        }
        int end = gap;
        while (end < text.length() && " \u00A0".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        TextEdit e = edit(p, gap, end, "");
        return e == null ? null
                : new Fix("Write \"" + before + "-" + after + "\"", Fix.Applicability.SAFE, List.of(e));
    }

    /**
     * Every reference the drift lists, renumbered by its shift (unsafe: the shift is inferred from the
     * words). References that run over a line break are left out; {@code fix} carries them itself.
     */
    public static Fix drift(ReferenceDrift drift) {
        List<TextEdit> edits = new ArrayList<>();
        for (ReferenceDrift.Update u : drift.updates()) {
            var ref = u.reference();
            if (!ref.raw().equals(u.replacement())
                    && ref.paragraph().getText().regionMatches(ref.start(), ref.raw(), 0, ref.raw().length())) {
                TextEdit e = edit(ref.paragraph(), ref.start(), ref.start() + ref.raw().length(), u.replacement());
                if (e != null) {
                    edits.add(e);
                }
            }
        }
        if (edits.isEmpty()) {
            return null;
        }
        String shift = drift.offset() > 0 ? "+" + drift.offset() : String.valueOf(drift.offset());
        return new Fix("Renumber the references to paragraph " + drift.from() + " and later by " + shift,
                Fix.Applicability.UNSAFE, edits);
    }

    /** Characters {@code from..to} of the paragraph's text as an edit, if they stand on one line of the file as written. */
    static TextEdit edit(Paragraph p, int from, int to, String replacement) {
        if (to <= from || to > p.getText().length()) {
            return null;
        }
        Location a = p.locate(from);
        Location b = p.locate(to - 1);
        if (a.line() != b.line() || b.column() - a.column() != to - 1 - from) {
            return null;
        }
        return new TextEdit(a, new Location(b.line(), b.column() + 1), p.getText().substring(from, to), replacement);
    }
}
