package org.resolint.report.docx;

import org.resolint.reader.SourceLine;
import org.resolint.reader.SourceText;

/**
 * The offending words with a few words of context either side, as the report quotes them:
 * {@code … the mandate in |defense| of civilians …}. Context comes from the same line of the
 * draft; an ellipsis marks words left out.
 */
public record Quote(String before, String words, String after) {
    private static final int CONTEXT_WORDS = 6;

    /** The quote of {@code span}, or null when it covers no words (a finding on an empty line). */
    public static Quote of(FindingSpan span, SourceText source) {
        if (span == null) {
            return null;
        }
        String words = span.words(source);
        if (words.isEmpty()) {
            return null;
        }
        SourceLine first = FindingSpan.line(source, span.startLine());
        SourceLine last = FindingSpan.line(source, span.endLine());
        String head = first.text().substring(0, Math.min(span.startIndex(), first.text().length()));
        String tail = last.text().substring(Math.min(span.endIndex(), last.text().length()));
        return new Quote(lastWords(head), words, firstWords(tail));
    }

    static String lastWords(String s) {
        String[] w = s.stripTrailing().split("\\s+");
        if (s.isBlank()) {
            return "";
        }
        int from = Math.max(0, w.length - CONTEXT_WORDS);
        String kept = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length)).strip();
        String space = Character.isWhitespace(s.charAt(s.length() - 1)) ? " " : "";
        return (from > 0 ? "… " : "") + kept + space;
    }

    static String firstWords(String s) {
        if (s.isBlank()) {
            return "";
        }
        String[] w = s.stripLeading().split("\\s+");
        int to = Math.min(w.length, CONTEXT_WORDS);
        String kept = String.join(" ", java.util.Arrays.copyOfRange(w, 0, to)).strip();
        String space = Character.isWhitespace(s.charAt(0)) ? " " : "";
        return space + kept + (to < w.length ? " …" : "");
    }

    /** The quote as one line of plain text, the words between vertical bars. */
    @Override
    public String toString() {
        return before + "|" + words + "|" + after;
    }
}
